package org.sven4j.validation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.SolverId;

/**
 * What both report formats show: the runs grouped by problem × ansatz (in first-appearance order), the
 * figures of each group, and multi-seed summaries.
 *
 * @param title the report title
 * @param machine where it was measured
 * @param results every run, in run order
 * @param groups group key "problem / ansatz" → its runs
 * @param figures group key → its figures
 */
public record ReportModel(String title, MachineInfo machine, List<RunResult> results,
        Map<String, List<RunResult>> groups, Map<String, List<Figure>> figures) {

    /** Groups the results and renders the charts. */
    public static ReportModel of(String title, MachineInfo machine, List<RunResult> results) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult r : results) {
            groups.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        for (Map.Entry<String, List<RunResult>> e : groups.entrySet()) {
            RunResult first = e.getValue().get(0);
            String prefix = first.spec().problem() + "-" + first.spec().ansatz().id();
            figures.put(e.getKey(), Charts.forGroup(e.getValue(), prefix, e.getKey()));
        }
        return new ReportModel(title, machine, List.copyOf(results), groups, figures);
    }

    static String key(RunResult r) {
        return r.spec().problem() + " / " + r.spec().ansatz().id();
    }

    /**
     * A multi-seed summary of one solver on one group.
     *
     * @param group the group key
     * @param solver the solver
     * @param runs runs that took place
     * @param worstRelL2 the largest relative L2 error over the seeds
     * @param medianRelL2 the median relative L2 error
     * @param medianSeconds the median wall time
     */
    public record SeedSummary(String group, SolverId solver, int runs, double worstRelL2, double medianRelL2,
            double medianSeconds) {
    }

    /** @return one summary per group × solver that ran with more than one seed */
    public List<SeedSummary> seedSummaries() {
        List<SeedSummary> out = new ArrayList<>();
        for (Map.Entry<String, List<RunResult>> e : groups.entrySet()) {
            for (SolverId s : SolverId.values()) {
                List<RunResult> rs = e.getValue().stream().filter(r -> r.spec().solver() == s && r.ran()).toList();
                if (rs.size() < 2) {
                    continue;
                }
                double[] err = rs.stream().mapToDouble(RunResult::relativeL2).toArray();
                double[] sec = rs.stream().mapToDouble(RunResult::seconds).toArray();
                out.add(new SeedSummary(e.getKey(), s, rs.size(), Arrays.stream(err).max().orElse(Double.NaN),
                        median(err), median(sec)));
            }
        }
        return out;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
