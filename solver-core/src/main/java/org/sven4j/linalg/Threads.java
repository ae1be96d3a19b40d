package org.sven4j.linalg;

import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * The one thread-count knob of Sven4j: system property {@value #PROPERTY} (a positive integer), default
 * {@link Runtime#availableProcessors()}. It sizes {@link #pool()}, the shared pool that the pure-Java kernels and
 * every Java-side parallel loop (for example residual and Jacobian assembly over point blocks) run on.
 *
 * <p><b>Native BLAS.</b> The bundled OpenBLAS (see {@link LinearAlgebra#get()}) runs {@link #count()} threads: the
 * count is set from Java when the library loads, whatever {@code OPENBLAS_NUM_THREADS} says, and LAPACK
 * factorisations below about 2·10⁹ multiply-adds run on one of them (faster on two cores, and no OpenBLAS worker
 * spins while the Java workers assemble the next Jacobian). A system library keeps the count it read from
 * {@code OPENBLAS_NUM_THREADS} (then {@code GOTO_NUM_THREADS}, {@code OMP_NUM_THREADS}, else all cores) when it
 * loaded; {@link #nativeThreads()} reads that setting.
 *
 * <p><b>No oversubscription.</b> Parallel Java loops must run on {@link #pool()} (not on their own pools or on
 * {@code ForkJoinPool.commonPool()}), so that nested use by the pure-Java kernels is work-stolen inside the same
 * {@link #count()} workers. Tasks on the pool should not call the native kernels on large operands concurrently:
 * each such call may itself use all OpenBLAS threads. Assemble blocks in parallel, then make one large BLAS-3 call.
 *
 * <p><b>Determinism.</b> The kernels give bit-identical results for a given back-end and thread count; across
 * thread counts, OpenBLAS may change its summation order. Parallel Java loops are the caller's responsibility:
 * split work into a fixed number of blocks that does not depend on {@link #count()} and combine partial results
 * in block order, never in completion order.
 */
public final class Threads {
    /** The system property holding the thread count. */
    public static final String PROPERTY = "sven4j.threads";
    /** The environment variable OpenBLAS reads at load time (a system OpenBLAS keeps it; the bundled one is set). */
    public static final String OPENBLAS_ENV = "OPENBLAS_NUM_THREADS";

    private Threads() {
    }

    /** @return the configured thread count, ≥ 1 */
    public static int count() {
        return Holder.COUNT;
    }

    /** @return the JVM-wide pool of {@link #count()} daemon workers, created on first use */
    public static ForkJoinPool pool() {
        return PoolHolder.POOL;
    }

    /**
     * @return the thread count OpenBLAS was told through its environment variables, or 0 when none is set (then
     *         OpenBLAS uses every core)
     */
    public static int nativeThreads() {
        for (String var : new String[] {OPENBLAS_ENV, "GOTO_NUM_THREADS", "OMP_NUM_THREADS"}) {
            String v = System.getenv(var);
            if (v != null && !v.isBlank()) {
                try {
                    return Math.max(0, Integer.parseInt(v.trim()));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /**
     * Parses a thread-count setting.
     *
     * @param value the property value, null or blank for the default
     * @param processors the default
     * @return the count
     * @throws IllegalArgumentException if the value is not a positive integer
     */
    static int parse(String value, int processors) {
        if (value == null || value.isBlank()) {
            return processors;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("system property " + PROPERTY + "=" + value.trim().toLowerCase(Locale.ROOT)
                + " is not a positive integer");
    }

    private static final class Holder {
        static final int COUNT = parse(System.getProperty(PROPERTY), Runtime.getRuntime().availableProcessors());
    }

    private static final class PoolHolder {
        static final ForkJoinPool POOL = new ForkJoinPool(Holder.COUNT, pool -> {
            var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("sven4j-worker-" + t.getPoolIndex());
            t.setDaemon(true);
            return t;
        }, null, false);
    }
}
