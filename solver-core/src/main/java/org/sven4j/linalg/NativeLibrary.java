package org.sven4j.linalg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The native BLAS/LAPACK library that {@code dev.ludovic.netlib}'s JNI calls go to: either the OpenBLAS bundled in
 * the {@code org.bytedeco:openblas} platform jar ({@link Origin#BUNDLED}), or whatever {@code libblas.so.3} /
 * {@code liblapack.so.3} the system resolves ({@link Origin#SYSTEM}), identified from the files the process maps.
 *
 * <p><b>Threads.</b> The bundled library's thread count is set from Java ({@code openblas_set_num_threads}), so
 * the one knob {@link Threads#count()} governs it; {@link #threadsFor(double)} then runs each LAPACK factorisation on
 * one thread unless it has at least {@value #PARALLEL_FACTORISATION_WORK} multiply-adds (m·n·min(m, n)): below that,
 * OpenBLAS's threaded factorisations are slower than its serial ones on two cores (1020×257 DGESDD: 14 ms on one
 * thread, 21 ms on two; 2000×500: 80 ms against 87 ms; 4000×1000: 607 ms against 456 ms), and idle OpenBLAS workers
 * spin on the cores the Java workers need. A system library keeps the thread count it read from
 * {@code OPENBLAS_NUM_THREADS} when it loaded.
 */
final class NativeLibrary {
    /** Where the library comes from. */
    enum Origin { BUNDLED, SYSTEM }

    /** What {@link #classify} calls a library without the symbols of an optimised one. */
    static final String REFERENCE = "reference BLAS";

    /** m·n·min(m, n) from which a factorisation runs on all BLAS threads. */
    static final double PARALLEL_FACTORISATION_WORK = 2e9;

    private final Origin origin;
    private final String name;
    private final String path;
    private final String kernel;
    private final boolean reference;
    private final Bundled.ThreadControl control;
    private final int maxThreads;
    private volatile int current;

    private NativeLibrary(Origin origin, String name, String path, String kernel, boolean reference,
            Bundled.ThreadControl control, int maxThreads) {
        this.origin = origin;
        this.name = name;
        this.path = path;
        this.kernel = kernel;
        this.reference = reference;
        this.control = control;
        this.maxThreads = maxThreads;
        this.current = maxThreads;
    }

    Origin origin() {
        return origin;
    }

    /** @return true for the unoptimised reference BLAS (Netlib's Fortran), which the automatic choice never uses */
    boolean isReference() {
        return reference;
    }

    /** @return the file the BLAS symbols come from, or null when it could not be identified */
    String path() {
        return path;
    }

    /**
     * Sets the library's thread count for a factorisation of the given size (bundled library only; a no-op
     * otherwise). Deterministic: the count depends on the size alone.
     *
     * @param work m·n·min(m, n) of the factorisation, or {@link Double#POSITIVE_INFINITY} for a BLAS-3 call
     */
    void threadsFor(double work) {
        if (control == null) {
            return;
        }
        int want = work >= PARALLEL_FACTORISATION_WORK ? maxThreads : 1;
        if (want != current) {
            synchronized (this) {
                if (want != current) {
                    control.set(want);
                    current = want;
                }
            }
        }
    }

    /** @return e.g. "OpenBLAS 0.3.31, bundled (org.bytedeco:openblas 0.3.31-1.5.13), kernel Haswell, 2 threads" */
    String describe() {
        StringBuilder b = new StringBuilder(name);
        if (origin == Origin.BUNDLED) {
            b.append(", bundled");
        } else {
            b.append(", system").append(path == null ? "" : " (" + path + ")");
        }
        if (kernel != null) {
            b.append(", kernel ").append(kernel);
        }
        if (control != null) {
            b.append(", ").append(maxThreads).append(maxThreads == 1 ? " thread" : " threads");
        } else if (!reference) {
            int env = Threads.nativeThreads();
            b.append(", threads ").append(env == 0 ? "all cores" : env + " (" + Threads.OPENBLAS_ENV + ")");
        }
        return b.toString();
    }

    /**
     * Loads the bundled OpenBLAS through JavaCPP and points {@code dev.ludovic.netlib} at that same file. Must run
     * before the first use of netlib's native classes.
     *
     * @param threads the thread count to set
     * @return the library, or empty (with the reason in {@code why[0]}) when the platform jar is missing or fails to load
     */
    static Optional<NativeLibrary> bundled(int threads, String[] why) {
        try {
            Bundled.Loaded l = Bundled.load(threads);
            for (String lib : new String[] {"blas", "lapack"}) {
                System.setProperty("dev.ludovic.netlib." + lib + ".nativeLibPath", l.path());
            }
            return Optional.of(new NativeLibrary(Origin.BUNDLED, "OpenBLAS " + l.version(), l.path(), l.kernel(), false,
                    l.control(), threads));
        } catch (Throwable t) {
            why[0] = t.getClass().getSimpleName() + ": " + t.getMessage();
            return Optional.empty();
        }
    }

    /** @return the system library netlib has loaded, identified from /proc/self/maps where the OS has one */
    static NativeLibrary system() {
        String file = mappedBlas(readMaps());
        String label = classify(file);
        String forced = System.getenv("OPENBLAS_CORETYPE");
        return new NativeLibrary(Origin.SYSTEM, label, file, forced == null ? null : forced + " (OPENBLAS_CORETYPE)",
                REFERENCE.equals(label), null, 0);
    }

    /** @return whether the user chose a library for netlib by its own system properties */
    static boolean userChosen() {
        for (String lib : new String[] {"blas", "lapack"}) {
            for (String key : new String[] {"nativeLib", "nativeLibPath"}) {
                if (System.getProperty("dev.ludovic.netlib." + lib + "." + key) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> readMaps() {
        try {
            return Files.readAllLines(Path.of("/proc/self/maps"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * @param maps lines of /proc/self/maps
     * @return the first mapped file that provides BLAS (not netlib's JNI shim), or null
     */
    static String mappedBlas(List<String> maps) {
        for (String line : maps) {
            int slash = line.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String file = line.substring(slash).trim();
            String base = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (base.contains("netlib") || base.contains("jni")) {
                continue;
            }
            if (base.startsWith("libblas") || base.startsWith("libopenblas") || base.startsWith("libmkl_rt")
                    || base.startsWith("libblis") || base.startsWith("libatlas") || base.startsWith("libtatlas")
                    || base.startsWith("libsatlas")) {
                return file;
            }
        }
        return null;
    }

    /** Strings (exported symbol names) that only a given optimised BLAS carries in its dynamic symbol table. */
    private static final String[][] MARKERS = {
        {"openblas_get_config", "OpenBLAS"}, {"mkl_serv_", "Intel MKL"}, {"bli_info_get_version_str", "BLIS"},
        {"ATL_", "ATLAS"}, {"armpl_", "Arm Performance Libraries"}};

    /**
     * Identifies a BLAS by its content, not its name (Debian's alternatives may put any BLAS behind any path): the
     * exported symbol names of the optimised libraries in {@link #MARKERS}; a file with none of them is the
     * reference BLAS.
     *
     * @param file the BLAS file, or null
     * @return e.g. "OpenBLAS 0.3.21", "Intel MKL", "reference BLAS", or "unidentified BLAS" when it cannot be read
     */
    static String classify(String file) {
        if (file == null) {
            return "unidentified BLAS";
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return "unidentified BLAS";
        }
        for (String[] m : MARKERS) {
            if (contains(bytes, m[0].getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                java.util.regex.Matcher v = java.util.regex.Pattern.compile("-r?(\\d+\\.\\d+\\.\\d+)")
                        .matcher(file.substring(file.lastIndexOf('/') + 1));
                return m[1] + (v.find() ? " " + v.group(1) : "");
            }
        }
        return REFERENCE;
    }

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0, last = hay.length - needle.length; i <= last; i++) {
            if (hay[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Everything that touches JavaCPP, so that this class loads without it. */
    private static final class Bundled {
        /** Sets OpenBLAS's thread count. */
        interface ThreadControl {
            void set(int threads);
        }

        record Loaded(String path, String version, String kernel, ThreadControl control) { }

        /** OpenBLAS's DYNAMIC_ARCH kernel tables, one per core type; {@code gotoblas} points at the one in use. */
        private static final String[] CORES = {"SAPPHIRERAPIDS", "COOPERLAKE", "SKYLAKEX", "HASWELL", "ZEN",
            "SANDYBRIDGE", "EXCAVATOR", "STEAMROLLER", "PILEDRIVER", "BULLDOZER", "BARCELONA", "NEHALEM", "CORE2",
            "PRESCOTT", "NEOVERSEN2", "NEOVERSEV1", "NEOVERSEN1", "ARMV8SVE", "CORTEXA57", "ARMV8", "VORTEX"};

        static Loaded load(int threads) throws IOException {
            org.bytedeco.javacpp.Loader.load(org.bytedeco.openblas.global.openblas_nolapack.class);
            String path = null;
            for (String file : org.bytedeco.javacpp.Loader.getLoadedLibraries().values()) {
                String base = file.substring(file.lastIndexOf(java.io.File.separatorChar) + 1);
                if (base.startsWith("libopenblas") || base.startsWith("openblas")) {
                    path = file;
                }
            }
            if (path == null) {
                throw new IllegalStateException("JavaCPP loaded no OpenBLAS library");
            }
            ThreadControl control = org.bytedeco.openblas.global.openblas_nolapack::blas_set_num_threads;
            control.set(threads);
            String version = org.bytedeco.javacpp.Loader.getVersion("org.bytedeco", "openblas",
                    org.bytedeco.openblas.global.openblas_nolapack.class);
            String openblas = version == null ? "(version unknown)" : version.substring(0, version.indexOf('-') < 0
                    ? version.length() : version.indexOf('-'));
            return new Loaded(path, openblas + " (org.bytedeco:openblas " + version + ")", kernel(), control);
        }

        /** @return OpenBLAS's own spelling of a core name (as OPENBLAS_CORETYPE takes it), e.g. SkylakeX */
        private static String spelling(String core) {
            switch (core) {
                case "SKYLAKEX": return "SkylakeX";
                case "SAPPHIRERAPIDS": return "SapphireRapids";
                case "NEOVERSEN1": return "NeoverseN1";
                case "NEOVERSEN2": return "NeoverseN2";
                case "NEOVERSEV1": return "NeoverseV1";
                case "CORTEXA57": return "CortexA57";
                case "ARMV8SVE": return "ARMV8SVE";
                case "ARMV8": return "ARMV8";
                default: return core.charAt(0) + core.substring(1).toLowerCase(Locale.ROOT);
            }
        }

        /** @return the core type whose kernel table {@code gotoblas} points at, or null */
        private static String kernel() {
            org.bytedeco.javacpp.Pointer current = org.bytedeco.javacpp.Loader.addressof("gotoblas");
            if (current == null) {
                return null;
            }
            long table = new org.bytedeco.javacpp.LongPointer(current).get();
            for (String core : CORES) {
                org.bytedeco.javacpp.Pointer p = org.bytedeco.javacpp.Loader.addressof("gotoblas_" + core);
                if (p != null && p.address() == table) {
                    String forced = System.getenv("OPENBLAS_CORETYPE");
                    return spelling(core) + (forced == null ? "" : " (OPENBLAS_CORETYPE=" + forced + ")");
                }
            }
            return null;
        }
    }
}
