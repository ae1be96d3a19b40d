package org.sven4j.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Chooses the dense back-end once per JVM. The system property {@code sven4j.linalg} overrides the automatic
 * choice:
 * <ul>
 *   <li>{@code auto} (default): the OpenBLAS bundled in the {@code org.bytedeco:openblas} platform jar; if it is
 *       missing or fails to load, the system BLAS/LAPACK unless that is the unoptimised reference BLAS (then pure
 *       Java, which is faster); else pure Java. A library chosen through {@code dev.ludovic.netlib}'s own properties
 *       ({@code dev.ludovic.netlib.blas.nativeLib[Path]}) is used as given;</li>
 *   <li>{@code bundled}, {@code system}: that library, or an error saying why it does not load;</li>
 *   <li>{@code native}: bundled, else system (even reference BLAS, with a warning);</li>
 *   <li>{@code java}: {@link JavaLinearAlgebra} (netlib's Java BLAS/LAPACK or EJML, whichever is faster per kernel).</li>
 * </ul>
 * The choice, the library actually loaded ({@link NativeLibrary}) and the thread count are logged once at INFO; a
 * WARNING follows when the native kernels' results depend on memory alignment ({@link AlignmentProbe}).
 */
final class Backends {
    static final String PROPERTY = "sven4j.linalg";
    private static final Logger LOG = Logger.getLogger(Backends.class.getName());
    private static final String WANTED = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);

    /** The native library bound for this JVM (netlib binds once), or null when none loads. */
    private static final NativeLibrary LIBRARY;
    /** Why no native library loaded, or the notes of the choice. */
    private static final String NOTE;

    static {
        String[] why = new String[1];
        NativeLibrary lib = null;
        StringBuilder note = new StringBuilder();
        boolean systemOnly = WANTED.equals("system") || NativeLibrary.userChosen();
        if (!systemOnly && !WANTED.equals("java")) {
            lib = NativeLibrary.bundled(Threads.count(), why).orElse(null);
            if (lib == null) {
                note.append("bundled OpenBLAS did not load (").append(why[0]).append(")");
            }
        }
        if (lib == null && !WANTED.equals("bundled") && !WANTED.equals("java")) {
            try {
                NativeBLAS.getInstance();
                NativeLAPACK.getInstance();
                lib = NativeLibrary.system();
            } catch (Throwable t) {
                note.append(note.length() == 0 ? "" : "; ").append("no system BLAS/LAPACK (").append(t).append(")");
            }
        }
        LIBRARY = lib;
        NOTE = note.toString();
    }

    static final LinearAlgebra DEFAULT = choose();

    private Backends() {
    }

    private static LinearAlgebra choose() {
        LinearAlgebra la;
        switch (WANTED) {
            case "native":
            case "bundled":
            case "system":
                la = of(Backend.NATIVE);
                if (LIBRARY.isReference()) {
                    LOG.warning(() -> "the native back-end runs the unoptimised reference BLAS (" + LIBRARY.path()
                            + "); the pure-Java back-end is faster");
                }
                break;
            case "java":
                la = of(Backend.JAVA);
                break;
            case "auto":
            case "":
                if (LIBRARY != null && LIBRARY.isReference()) {
                    LOG.info(() -> "not using the system's reference BLAS (" + LIBRARY.path()
                            + "): the pure-Java back-end is faster");
                    la = of(Backend.JAVA);
                } else {
                    la = LIBRARY != null ? of(Backend.NATIVE) : of(Backend.JAVA);
                }
                break;
            default:
                throw new IllegalArgumentException("system property " + PROPERTY + "=" + WANTED
                        + " is not one of auto, bundled, system, native, java");
        }
        LOG.info(() -> "Sven4j dense back-end: " + la.description() + "; " + Threads.PROPERTY + " = "
                + Threads.count() + (NOTE.isEmpty() ? "" : "; " + NOTE));
        if (!la.isReproducible()) {
            LOG.warning(() -> "the native BLAS/LAPACK gives results that depend on the memory alignment of its"
                    + " operands, so solves do not repeat bit for bit from run to run (OpenBLAS does this with its"
                    + " generic Prescott kernels on a CPU it does not recognise); export OPENBLAS_CORETYPE=Haswell"
                    + " (any x86-64 CPU with AVX2) or SkylakeX (AVX-512) before starting the JVM, or use -D"
                    + PROPERTY + "=java");
        }
        return la;
    }

    /** @return how the default back-end was chosen: the setting, and why a faster library was not used */
    static String choice() {
        StringBuilder b = new StringBuilder(PROPERTY + "=" + (WANTED.isEmpty() ? "auto" : WANTED));
        if (DEFAULT.backend() == Backend.JAVA && LIBRARY != null && LIBRARY.isReference()) {
            b.append("; the system BLAS is the reference BLAS (").append(LIBRARY.path())
                    .append("), slower than pure Java, so it is not used");
        }
        if (!NOTE.isEmpty()) {
            b.append("; ").append(NOTE);
        }
        return b.toString();
    }

    /** @return whether a native BLAS/LAPACK is bound in this JVM (reference BLAS included) */
    static boolean nativeAvailable() {
        return LIBRARY != null;
    }

    /** @return the native library bound in this JVM, or null */
    static NativeLibrary library() {
        return LIBRARY;
    }

    static LinearAlgebra of(Backend backend) {
        if (backend == Backend.NATIVE) {
            if (LIBRARY == null) {
                throw new UnsupportedOperationException("no native BLAS/LAPACK loads"
                        + (WANTED.equals("java") ? " (" + PROPERTY + "=java)" : "") + ": " + NOTE);
            }
            BLAS blas = NativeBLAS.getInstance();
            LAPACK lapack = NativeLAPACK.getInstance();
            return new NetlibLinearAlgebra(Backend.NATIVE, blas, lapack, 1,
                    AlignmentProbe.alignmentIndependent(blas, lapack), LIBRARY);
        }
        return new JavaLinearAlgebra(netlibJava(Threads.count()));
    }

    /**
     * @param slabs how many threads the BLAS-3 kernels split into
     * @return netlib's pure-Java BLAS/LAPACK for every kernel (the pure-Java back-end uses EJML for some; tests
     *         check this one too)
     */
    static NetlibLinearAlgebra netlibJava(int slabs) {
        return new NetlibLinearAlgebra(Backend.JAVA, JavaBLAS.getInstance(), JavaLAPACK.getInstance(), slabs);
    }
}
