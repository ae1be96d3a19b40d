package org.sven4j.validation.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One numerical environment of the robustness protocol: a dense back-end with a forced OpenBLAS kernel
 * ({@code OPENBLAS_CORETYPE}) or the pure-Java back-end, and a thread count. Each variant runs in a JVM of its own,
 * because OpenBLAS reads its kernel and thread count once, when the library loads.
 *
 * @param kernel an OpenBLAS core type ("Sandybridge", "Haswell", "Zen", "SkylakeX"), "default" (what OpenBLAS picks
 *        for this CPU) or "java" (the pure-Java back-end)
 * @param threads OpenBLAS and Java worker threads (≥ 1)
 */
public record Variant(String kernel, int threads) {
    /** The OpenBLAS kernels of the protocol; SkylakeX only runs where the CPU has AVX-512. */
    public static final List<String> KERNELS = List.of("Sandybridge", "Haswell", "Zen", "SkylakeX");

    public Variant {
        if (kernel == null || kernel.isBlank()) {
            throw new IllegalArgumentException("kernel must not be blank");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** @return whether this variant uses the pure-Java back-end */
    public boolean isJava() {
        return kernel.equalsIgnoreCase("java");
    }

    /** @return e.g. "Haswell/1t" or "java/2t" */
    public String label() {
        return kernel + "/" + threads + "t";
    }

    /** @return the environment variables the variant's JVM needs, beyond the parent's */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OPENBLAS_NUM_THREADS", Integer.toString(threads));
        if (!isJava() && !kernel.equalsIgnoreCase("default")) {
            env.put("OPENBLAS_CORETYPE", kernel);
        }
        return env;
    }

    /** @return the JVM system properties of the variant */
    public List<String> jvmOptions() {
        List<String> o = new ArrayList<>();
        o.add("-Dsven4j.threads=" + threads);
        o.add("-Dsven4j.linalg=" + (isJava() ? "java" : "native"));
        return o;
    }

    /**
     * The protocol's variants on this machine: every kernel of {@link #KERNELS} the CPU can run (SkylakeX needs
     * AVX-512) × each thread count, then the pure-Java back-end with the largest thread count (its results do not
     * depend on the thread count).
     *
     * @param avx512 whether the CPU has AVX-512
     * @param threadCounts thread counts for the native kernels
     */
    public static List<Variant> protocol(boolean avx512, List<Integer> threadCounts) {
        List<Variant> out = new ArrayList<>();
        for (String k : KERNELS) {
            if (k.equals("SkylakeX") && !avx512) {
                continue;
            }
            for (int t : threadCounts) {
                out.add(new Variant(k, t));
            }
        }
        out.add(new Variant("java", threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1)));
        return out;
    }

    /**
     * @param spec "KERNEL/THREADS", e.g. "Haswell/2" or "java/2"
     * @return the variant
     */
    public static Variant parse(String spec) {
        String[] parts = spec.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("variant '" + spec + "' is not KERNEL/THREADS, e.g. Haswell/2 or java/2");
        }
        String kernel = parts[0].trim();
        boolean known = kernel.equalsIgnoreCase("java") || kernel.equalsIgnoreCase("default")
                || KERNELS.stream().anyMatch(k -> k.equalsIgnoreCase(kernel));
        if (!known) {
            throw new IllegalArgumentException("variant '" + spec + "': kernel must be one of " + KERNELS
                    + ", default or java");
        }
        String t = parts[1].trim().toLowerCase(Locale.ROOT).replace("t", "");
        int threads;
        try {
            threads = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("variant '" + spec + "': threads '" + parts[1] + "' is not a number");
        }
        String canonical = KERNELS.stream().filter(k -> k.equalsIgnoreCase(kernel)).findFirst()
                .orElse(kernel.toLowerCase(Locale.ROOT));
        return new Variant(canonical, threads);
    }
}
