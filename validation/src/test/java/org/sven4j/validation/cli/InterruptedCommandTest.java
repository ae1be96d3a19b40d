package org.sven4j.validation.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code sven4j solve} in its own JVM, stopped by SIGTERM (what Ctrl-C's shutdown hooks also see) in the middle of
 * its solve (Adam, which runs until its 120 s budget), writes the best parameters and the whole report, the run marked interrupted.
 */
class InterruptedCommandTest {

    @Test
    @Tag("slow")
    void aTerminatedSolveWritesItsParametersAndReport(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("solve");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Sven4jCli.class.getName(), "solve", "heat1d", "--solver", "adam", "--time-budget", "120s", "--out",
                out.toString())
                .redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Thread reader = new Thread(() -> r.lines().forEach(l -> {
                synchronized (log) {
                    log.append(l).append('\n');
                }
            }));
            reader.start();
            // Wait for the solve to be under way (its progress line), then terminate the JVM.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                synchronized (log) {
                    if (log.indexOf(" it ") >= 0) {
                        break;
                    }
                }
                Thread.sleep(100);
            }
            Thread.sleep(1500);
            p.destroy();
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the JVM did not exit");
            reader.join(10_000);
        }
        String text;
        synchronized (log) {
            text = log.toString();
        }
        for (String f : new String[] {"parameters.json", "results.json", "report.md", "report.html"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " missing; output:\n" + text);
        }
        try (var plots = Files.list(out.resolve("plots"))) {
            assertTrue(plots.findAny().isPresent(), "no plots; output:\n" + text);
        }
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"interrupted\""), text);
    }
}
