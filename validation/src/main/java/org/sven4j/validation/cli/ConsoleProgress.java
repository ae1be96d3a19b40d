package org.sven4j.validation.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sven4j.validation.suite.Progress;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.RunSpec;

/**
 * The live progress of {@code sven4j run}: on a terminal one line per run, rewritten in place (at most 5 times
 * a second) with iteration, loss, the latest error and elapsed time; otherwise (a pipe or a log) a status line
 * every 10 s. Each finished run leaves one summary line.
 */
final class ConsoleProgress implements Progress {
    private final PrintWriter out;
    private final boolean live;
    private final double interval;
    private String label = "";
    private long lastPrint;

    ConsoleProgress(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
        this.interval = live ? 0.2 : 10.0;
    }

    @Override
    public void started(RunSpec spec, int index, int total) {
        label = String.format(Locale.ROOT, "[%d/%d] %-34s", index, total, spec.label());
        lastPrint = System.nanoTime();
        if (live) {
            out.print(label + " preparing\r");
            out.flush();
        }
    }

    @Override
    public void iteration(int iteration, double loss, double relativeL2, double seconds) {
        long now = System.nanoTime();
        if ((now - lastPrint) * 1e-9 < interval) {
            return;
        }
        lastPrint = now;
        String line = String.format(Locale.ROOT, "%s it %6d  loss %.3e  rel L2 %s  %6.1f s", label, iteration, loss,
                Double.isNaN(relativeL2) ? "    –    " : String.format(Locale.ROOT, "%.3e", relativeL2), seconds);
        if (live) {
            out.print(line + "   \r");
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void finished(RunResult r) {
        String line = r.ran()
                ? String.format(Locale.ROOT, "%s rel L2 %.3e  %6d it  %7.2f s  %s", label, r.relativeL2(), r.iterations(),
                        r.seconds(), r.status())
                : label + " " + r.status();
        out.println(line + (live ? "          " : ""));
        out.flush();
    }
}
