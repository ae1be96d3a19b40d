package org.sven4j.validation.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The robustness table: one row per problem, variant and seed, and per problem the median and worst final error,
 * their ratio, the spread of iteration counts and the median time to each error level.
 */
public final class RobustnessReport {
    private RobustnessReport() {
    }

    /** @return the whole report in Markdown */
    public static String markdown(List<Outcome> outcomes, String command, String machine) {
        StringBuilder b = new StringBuilder();
        b.append("# Robustness protocol\n\n");
        b.append("Command: `").append(command).append("`  \n");
        b.append("Machine: ").append(machine).append("\n\n");
        b.append(summary(outcomes)).append('\n');
        b.append("## Every run\n\n");
        b.append("| problem | variant | seed | iterations | seconds | rel L2 | stop | to 1e-4 | to 1e-6 | to 1e-8 | to 1e-10 |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f | %.2e | %s |", o.problem(),
                    o.variant().label(), o.seed(), o.iterations(), o.seconds(), o.relativeL2(), o.status()));
            for (int j = 0; j < Outcome.THRESHOLDS.length; j++) {
                b.append(' ').append(o.reachCell(j)).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** @return the per-problem summary table in Markdown */
    public static String summary(List<Outcome> outcomes) {
        Map<String, List<Outcome>> byProblem = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            byProblem.computeIfAbsent(o.problem(), k -> new ArrayList<>()).add(o);
        }
        StringBuilder b = new StringBuilder();
        b.append("| problem | runs | median rel L2 | worst rel L2 | worst/median | iterations median (min–max) |"
                + " worst max/min iterations of a seed over variants | median time to 1e-4 / 1e-6 / 1e-8 / 1e-10 |"
                + " runs that reached 1e-8 / 1e-10 |\n");
        b.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, List<Outcome>> e : byProblem.entrySet()) {
            List<Outcome> os = e.getValue();
            double[] err = os.stream().mapToDouble(Outcome::relativeL2).toArray();
            double[] its = os.stream().mapToDouble(Outcome::iterations).toArray();
            double med = median(err);
            double worst = Arrays.stream(err).map(x -> Double.isNaN(x) ? Double.POSITIVE_INFINITY : x).max()
                    .orElse(Double.NaN);
            StringBuilder reach = new StringBuilder();
            int[] reached = new int[Outcome.THRESHOLDS.length];
            for (int j = 0; j < Outcome.THRESHOLDS.length; j++) {
                int jj = j;
                double[] t = os.stream().mapToDouble(o -> o.reachIterations()[jj] < 0 ? Double.POSITIVE_INFINITY
                        : o.reach()[jj]).toArray();
                reached[j] = (int) Arrays.stream(t).filter(Double::isFinite).count();
                double m = median(t);
                reach.append(j == 0 ? "" : " / ").append(Double.isFinite(m)
                        ? String.format(Locale.ROOT, "%.2f s", m) : "–");
            }
            b.append(String.format(Locale.ROOT, "| %s | %d | %.2e | %.2e | %.1f | %.0f (%.0f–%.0f) | %.2f | %s | %d / %d of %d |%n",
                    e.getKey(), os.size(), med, worst, worst / med, median(its),
                    Arrays.stream(its).min().orElse(0), Arrays.stream(its).max().orElse(0), seedSpread(os), reach,
                    reached[2], reached[3], os.size()));
        }
        return b.toString();
    }

    /** @return the largest, over seeds, of max/min iterations across the variants that ran that seed */
    static double seedSpread(List<Outcome> os) {
        Map<Long, double[]> range = new TreeMap<>();
        for (Outcome o : os) {
            double[] r = range.computeIfAbsent(o.seed(), k -> new double[] {Double.POSITIVE_INFINITY, 0});
            r[0] = Math.min(r[0], o.iterations());
            r[1] = Math.max(r[1], o.iterations());
        }
        return range.values().stream().mapToDouble(r -> r[1] / Math.max(1, r[0])).max().orElse(Double.NaN);
    }

    /** @return the median (mean of the two middle values for even counts); NaN counts as +∞ */
    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = Arrays.stream(v).map(x -> Double.isNaN(x) ? Double.POSITIVE_INFINITY : x).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /**
     * @param csv text written by {@link #csv}
     * @return its outcomes (seconds to 4 decimals and errors to 7 digits, as written)
     * @throws IllegalArgumentException naming the line that is not an outcome
     */
    public static List<Outcome> parseCsv(String csv) {
        List<Outcome> out = new java.util.ArrayList<>();
        List<String> lines = csv.lines().toList();
        int n = Outcome.THRESHOLDS.length;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                if (f.length != 8 + 2 * n) {
                    throw new NumberFormatException(f.length + " fields, expected " + (8 + 2 * n));
                }
                double[] reach = new double[n];
                int[] its = new int[n];
                for (int j = 0; j < n; j++) {
                    reach[j] = f[8 + 2 * j].isEmpty() ? Double.NaN : Double.parseDouble(f[8 + 2 * j]);
                    its[j] = f[9 + 2 * j].isEmpty() ? -1 : Integer.parseInt(f[9 + 2 * j]);
                }
                out.add(new Outcome(f[0], Long.parseLong(f[3]), new Variant(f[1], Integer.parseInt(f[2])),
                        Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]), f[7], reach, its));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not a robustness outcome (" + e.getMessage()
                        + "): " + line, e);
            }
        }
        return out;
    }

    /** @return the outcomes as CSV, one line per run */
    public static String csv(List<Outcome> outcomes) {
        StringBuilder b = new StringBuilder("problem,kernel,threads,seed,iterations,seconds,relative_l2,status");
        for (double t : Outcome.THRESHOLDS) {
            String l = String.format(Locale.ROOT, "%.0e", t);
            b.append(",seconds_to_").append(l).append(",iterations_to_").append(l);
        }
        b.append('\n');
        for (Outcome o : outcomes) {
            b.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.4f,%.6e,%s", o.problem(), o.variant().kernel(),
                    o.variant().threads(), o.seed(), o.iterations(), o.seconds(), o.relativeL2(), o.status()));
            for (int j = 0; j < Outcome.THRESHOLDS.length; j++) {
                b.append(',').append(o.reachIterations()[j] < 0 ? "" : String.format(Locale.ROOT, "%.4f", o.reach()[j]))
                        .append(',').append(o.reachIterations()[j] < 0 ? "" : Integer.toString(o.reachIterations()[j]));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
