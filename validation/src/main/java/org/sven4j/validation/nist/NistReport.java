package org.sven4j.validation.nist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Text renderings of {@link NistBenchmark} rows: an aligned table for people, a CSV for tools. */
public final class NistReport {
    /** The CSV header, exactly. */
    public static final String CSV_HEADER = "dataset,start,solver,min_lre,rss_lre,iterations,seconds";

    private NistReport() {
    }

    /**
     * @return one line per (dataset, start) with, per solver, the smallest parameter LRE, the RSS LRE
     *         and the iterations ({@code ERR} when the solve threw); then the pass count per solver and
     *         the error messages
     */
    public static String table(List<NistRow> rows) {
        Set<String> solvers = new LinkedHashSet<>();
        Map<String, Map<String, NistRow>> byProblem = new LinkedHashMap<>();
        for (NistRow r : rows) {
            solvers.add(r.solver());
            byProblem.computeIfAbsent(r.dataset() + "\u0000" + r.start(), k -> new LinkedHashMap<>()).put(r.solver(), r);
        }
        int solverWidth = 21;
        for (String s : solvers) {
            solverWidth = Math.max(solverWidth, s.length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %5s", "dataset", "start"));
        for (String s : solvers) {
            sb.append(" | ").append(String.format(Locale.ROOT, "%-" + solverWidth + "s", s));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-10s %5s", "", ""));
        for (int i = 0; i < solvers.size(); i++) {
            sb.append(" | ").append(String.format(Locale.ROOT, "%-" + solverWidth + "s", "minLRE rssLRE  iter"));
        }
        sb.append('\n');
        List<NistRow> errors = new ArrayList<>();
        for (Map<String, NistRow> problem : byProblem.values()) {
            NistRow first = problem.values().iterator().next();
            sb.append(String.format(Locale.ROOT, "%-10s %5d", first.dataset(), first.start()));
            for (String s : solvers) {
                NistRow r = problem.get(s);
                String cell;
                if (r == null) {
                    cell = "-";
                } else if (r.error() != null) {
                    cell = "ERR";
                    errors.add(r);
                } else {
                    cell = String.format(Locale.ROOT, "%6.2f %6.2f %5d%s", r.minLre(), r.rssLre(), r.iterations(),
                            r.passed() ? "" : " *");
                }
                sb.append(" | ").append(String.format(Locale.ROOT, "%-" + solverWidth + "s", cell));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "(* = fail: min LRE < %.0f)%n", NistRow.PASS_LRE));
        Map<String, Integer> attempts = NistBenchmark.attemptCounts(rows);
        String passFormat = "pass %-" + solverWidth + "s %d/%d%n";
        NistBenchmark.passCounts(rows).forEach((s, n) -> sb.append(String.format(Locale.ROOT, passFormat, s, n,
                attempts.get(s))));
        for (NistRow r : errors) {
            sb.append(String.format(Locale.ROOT, "error %s start %d %s: %s%n", r.dataset(), r.start(), r.solver(),
                    r.error()));
        }
        return sb.toString();
    }

    /** @return the rows as CSV with header {@value #CSV_HEADER}; NaN scores are written as {@code NaN} */
    public static String csv(List<NistRow> rows) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (NistRow r : rows) {
            sb.append(field(r.dataset())).append(',')
                    .append(r.start()).append(',')
                    .append(field(r.solver())).append(',')
                    .append(number(r.minLre(), "%.4f")).append(',')
                    .append(number(r.rssLre(), "%.4f")).append(',')
                    .append(r.iterations()).append(',')
                    .append(number(r.seconds(), "%.6f")).append('\n');
        }
        return sb.toString();
    }

    /** Writes {@link #csv(List)} to {@code file} (UTF-8), replacing it. */
    public static void writeCsv(List<NistRow> rows, Path file) throws IOException {
        Files.writeString(file, csv(rows), StandardCharsets.UTF_8);
    }

    private static String number(double v, String format) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, format, v);
    }

    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
