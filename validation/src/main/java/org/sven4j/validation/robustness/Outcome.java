package org.sven4j.validation.robustness;

import java.util.List;
import java.util.Locale;
import org.sven4j.validation.suite.HistoryPoint;
import org.sven4j.validation.suite.RunResult;

/**
 * One run of the robustness protocol: a problem and seed under one {@link Variant}.
 *
 * @param problem catalog id
 * @param seed network and collocation seed
 * @param variant the numerical environment
 * @param iterations iterations performed
 * @param seconds wall-clock seconds of the solve
 * @param relativeL2 final relative L2 error on the held-out set
 * @param status the termination in lower case
 * @param reach for each of {@link #THRESHOLDS}: seconds until the error was first logged at or below it (NaN:
 *        never); the error is logged about every 0.1 s and at the end (see the suite's run observer)
 * @param reachIterations the iteration of each of those first logs (-1: never)
 */
public record Outcome(String problem, long seed, Variant variant, int iterations, double seconds, double relativeL2,
        String status, double[] reach, int[] reachIterations) {
    /** The error levels whose first-reach times are reported. */
    public static final double[] THRESHOLDS = {1e-4, 1e-6, 1e-8, 1e-10};

    public Outcome {
        reach = reach.clone();
        reachIterations = reachIterations.clone();
    }

    /** @return the outcome of a suite run */
    public static Outcome of(RunResult r, Variant v) {
        double[] reach = new double[THRESHOLDS.length];
        int[] its = new int[THRESHOLDS.length];
        java.util.Arrays.fill(reach, Double.NaN);
        java.util.Arrays.fill(its, -1);
        List<HistoryPoint> h = r.history();
        for (HistoryPoint p : h) {
            if (!p.hasError()) {
                continue;
            }
            for (int j = 0; j < THRESHOLDS.length; j++) {
                if (its[j] < 0 && p.relativeL2() <= THRESHOLDS[j]) {
                    reach[j] = p.seconds();
                    its[j] = p.iteration();
                }
            }
        }
        return new Outcome(r.spec().problem(), r.spec().seed(), v, r.iterations(), r.seconds(), r.relativeL2(),
                r.status(), reach, its);
    }

    @Override
    public double[] reach() {
        return reach.clone();
    }

    @Override
    public int[] reachIterations() {
        return reachIterations.clone();
    }

    /** @return the tab-separated line a worker JVM prints for this outcome (parsed by {@link #parse}) */
    public String toLine() {
        StringBuilder b = new StringBuilder();
        b.append(problem).append('\t').append(seed).append('\t').append(variant.kernel()).append('\t')
                .append(variant.threads()).append('\t').append(iterations).append('\t')
                .append(Double.toString(seconds)).append('\t').append(Double.toString(relativeL2)).append('\t')
                .append(status);
        for (int j = 0; j < THRESHOLDS.length; j++) {
            b.append('\t').append(Double.toString(reach[j])).append('\t').append(reachIterations[j]);
        }
        return b.toString();
    }

    /** @return the outcome printed by {@link #toLine} */
    public static Outcome parse(String line) {
        String[] f = line.split("\t");
        if (f.length != 8 + 2 * THRESHOLDS.length) {
            throw new IllegalArgumentException("not a robustness outcome line: " + line);
        }
        double[] reach = new double[THRESHOLDS.length];
        int[] its = new int[THRESHOLDS.length];
        for (int j = 0; j < THRESHOLDS.length; j++) {
            reach[j] = Double.parseDouble(f[8 + 2 * j]);
            its[j] = Integer.parseInt(f[9 + 2 * j]);
        }
        return new Outcome(f[0], Long.parseLong(f[1]), new Variant(f[2], Integer.parseInt(f[3])),
                Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), f[7], reach, its);
    }

    /** @return "0.84 s (21)" or "–" */
    String reachCell(int j) {
        return its(j) < 0 ? "–" : String.format(Locale.ROOT, "%.2f s (%d)", reach[j], reachIterations[j]);
    }

    private int its(int j) {
        return reachIterations[j];
    }
}
