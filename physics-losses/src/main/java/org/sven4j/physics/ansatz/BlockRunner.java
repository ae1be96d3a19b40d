package org.sven4j.physics.ansatz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent point blocks on a fixed number of workers. Worker 0 is the calling thread; the
 * others come from a private pool of daemon threads that die after one idle second. Each block
 * writes only its own rows, so results do not depend on the number of workers or the schedule.
 */
public final class BlockRunner {
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
    private ThreadPoolExecutor pool;

    /** @param threads number of workers ≥ 1 */
    public BlockRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
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
        List<Future<?>> futures = new ArrayList<>(workers - 1);
        ThreadPoolExecutor p = pool();
        for (int w = 1; w < workers; w++) {
            int worker = w;
            futures.add(p.submit(() -> loop(worker, blocks, next, task)));
        }
        RuntimeException first = null;
        try {
            loop(0, blocks, next, task);
        } catch (RuntimeException e) {
            first = e;
            next.set(blocks);
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause()
                            : new IllegalStateException("block worker failed", e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for block workers", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void loop(int worker, int blocks, AtomicInteger next, BlockTask task) {
        for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
            task.run(worker, b);
        }
    }

    private synchronized ThreadPoolExecutor pool() {
        if (pool == null) {
            pool = new ThreadPoolExecutor(threads - 1, threads - 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    r -> {
                        Thread t = new Thread(r, "sven4j-ansatz-block");
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
        }
        return pool;
    }
}
