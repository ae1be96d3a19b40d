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
 * Chooses the dense back-end once per JVM. The system property {@code sven4j.linalg}
 * ({@code auto} (default), {@code native} or {@code java}) overrides the automatic choice, which
 * takes native OpenBLAS when it loads and pure Java otherwise ({@link JavaLinearAlgebra}: netlib's Java
 * BLAS/LAPACK or EJML, whichever is faster per kernel). The choice and the thread count ({@link Threads}) are
 * logged once, at INFO; a WARNING follows when the native kernels' results depend on memory alignment
 * ({@link AlignmentProbe}), and when OpenBLAS's thread count (fixed by {@code OPENBLAS_NUM_THREADS}
 * when the library loads) differs from {@code sven4j.threads}.
 */
final class Backends {
    static final String PROPERTY = "sven4j.linalg";
    private static final Logger LOG = Logger.getLogger(Backends.class.getName());

    static final LinearAlgebra DEFAULT = choose();

    private Backends() {
    }

    private static LinearAlgebra choose() {
        String wanted = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        LinearAlgebra la;
        switch (wanted) {
            case "native":
                la = of(Backend.NATIVE);
                break;
            case "java":
                la = of(Backend.JAVA);
                break;
            case "auto":
            case "":
                la = nativeAvailable() ? of(Backend.NATIVE) : of(Backend.JAVA);
                break;
            default:
                throw new IllegalArgumentException("system property " + PROPERTY + "=" + wanted
                        + " is not one of auto, native, java");
        }
        LOG.info(() -> "Sven4j dense back-end: " + la.description() + "; " + Threads.PROPERTY + " = "
                + Threads.count());
        if (!la.isReproducible()) {
            LOG.warning(() -> "the native BLAS/LAPACK gives results that depend on the memory alignment of its"
                    + " operands, so solves do not repeat bit for bit from run to run (OpenBLAS does this with its"
                    + " generic Prescott kernels on a CPU it does not recognise); export OPENBLAS_CORETYPE=Haswell"
                    + " (any x86-64 CPU with AVX2) or SkylakeX (AVX-512) before starting the JVM, or use -D"
                    + PROPERTY + "=java");
        }
        int nativeThreads = Threads.nativeThreads();
        if (la.backend() == Backend.NATIVE && nativeThreads != Threads.count()
                && !(nativeThreads == 0 && Threads.count() == Runtime.getRuntime().availableProcessors())) {
            LOG.warning(() -> "OpenBLAS runs " + (nativeThreads == 0 ? "all cores" : nativeThreads + " threads")
                    + " but " + Threads.PROPERTY + " = " + Threads.count() + "; export " + Threads.OPENBLAS_ENV
                    + "=" + Threads.count() + " before starting the JVM to avoid oversubscription");
        }
        return la;
    }

    static boolean nativeAvailable() {
        try {
            NativeBLAS.getInstance();
            NativeLAPACK.getInstance();
            return true;
        } catch (Throwable t) {
            return false;
        }
    }

    static LinearAlgebra of(Backend backend) {
        if (backend == Backend.NATIVE) {
            BLAS blas;
            LAPACK lapack;
            try {
                blas = NativeBLAS.getInstance();
                lapack = NativeLAPACK.getInstance();
            } catch (Throwable t) {
                throw new UnsupportedOperationException("native BLAS/LAPACK is not available (install libopenblas0): " + t, t);
            }
            return new NetlibLinearAlgebra(Backend.NATIVE, blas, lapack, 1,
                    AlignmentProbe.alignmentIndependent(blas, lapack));
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
