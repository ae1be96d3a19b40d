package org.sven4j.validation.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sven4j.validation.suite.SuiteRunner;

/**
 * Ctrl-C (SIGINT/SIGTERM) while a command runs solves: a shutdown hook cancels the runner, whose running solve then
 * returns its best iterate as interrupted, and holds the JVM for up to 60 s until the command has written its files
 * ({@link #close()} releases it). Used with try-with-resources around the solves and the writing.
 */
final class InterruptGuard implements AutoCloseable {
    private final SuiteRunner runner;
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    InterruptGuard(SuiteRunner runner, PrintWriter err, String what) {
        this.runner = runner;
        this.hook = new Thread(() -> {
            if (written.getCount() > 0) {
                err.println();
                err.println("interrupted: stopping the running solve and writing " + what + "...");
                err.flush();
                runner.cancel();
                try {
                    written.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "sven4j-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public void close() {
        written.countDown();
        if (!runner.isCancelled()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already shutting down; the hook finds the latch released
            }
        }
    }
}
