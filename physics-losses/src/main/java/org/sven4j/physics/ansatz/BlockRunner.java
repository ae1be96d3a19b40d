package org.sven4j.physics.ansatz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.sven4j.linalg.Threads;

/**
 * Runs independent blocks on a fixed number of workers: the one parallel-execution mechanism of the ansätze and
 * the assembly. Worker 0 is the calling thread; workers 1 … w−1 are tasks on {@link Threads#pool()}, the JVM-wide
 * pool that the pure-Java kernels use as well, so nested parallel loops share the same {@link Threads#count()}
 * threads instead of oversubscribing the cores. Each block writes only its own rows, so results do not depend on
 * the number of workers or the schedule.
 *
 * <p>Waiting for the workers is not interruptible: an interrupt of the calling thread stays set (for the solver
 * to see between iterations) and does not abandon blocks half written.
 */
public final class BlockRunner {
    private static final BlockRunner SERIAL = new BlockRunner(1);

    /** One unit of work. */
    @FunctionalInterface
    public interface BlockTask {
        /**
         * @param worker 0 ≤ worker < {@link #threads()}; a worker runs one block at a time, so per-worker scratch is safe
         * @param block the block to process
         */
        void run(int worker, int block);
    }

    private final int threads;

    /** @param threads number of workers ≥ 1 */
    public BlockRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** @return a runner that runs every block on the calling thread, in order (for tests and nested use) */
    public static BlockRunner serial() {
        return SERIAL;
    }

    /** @return the number of workers */
    public int threads() {
        return threads;
    }

    /** Runs {@code task} for blocks 0..blocks−1 and returns when all are done, rethrowing the first failure. */
    public void run(int blocks, BlockTask task) {
        int workers = Math.min(threads, blocks);
        if (workers <= 1) {
            for (int b = 0; b < blocks; b++) {
                task.run(0, b);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<ForkJoinTask<?>> helpers = new ArrayList<>(workers - 1);
        ForkJoinPool pool = Threads.pool();
        for (int w = 1; w < workers; w++) {
            int worker = w;
            helpers.add(pool.submit(() -> loop(worker, blocks, next, task)));
        }
        Throwable first = null;
        try {
            loop(0, blocks, next, task);
        } catch (RuntimeException | Error e) {
            first = e;
            next.set(blocks);
        }
        for (ForkJoinTask<?> h : helpers) {
            try {
                h.join();
            } catch (RuntimeException | Error e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first instanceof RuntimeException re) {
            throw re;
        }
        if (first instanceof Error err) {
            throw err;
        }
    }

    private static void loop(int worker, int blocks, AtomicInteger next, BlockTask task) {
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            task.run(worker, b);
        }
    }
}
