package org.sven4j.validation.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sven4j.validation.suite.RunResult;

/** report.md: machine, the results table, multi-seed summaries, solver settings, figures linked from plots/. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    /** @return the Markdown text; figures are referenced as {@code plots/<file>} */
    public static String render(ReportModel m) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(m.title()).append("\n\n");
        machine(sb, m.machine());
        sb.append("\n## Results\n\n");
        table(sb, m.results());
        List<ReportModel.SeedSummary> seeds = m.seedSummaries();
        if (!seeds.isEmpty()) {
            sb.append("\n## Across seeds\n\n| problem / ansatz | solver | runs | worst rel L2 | median rel L2 | median s |\n"
                    + "|---|---|---:|---:|---:|---:|\n");
            for (ReportModel.SeedSummary s : seeds) {
                sb.append("| ").append(s.group()).append(" | ").append(s.solver().id()).append(" | ").append(s.runs())
                        .append(" | ").append(Fmt.cell(s.worstRelL2())).append(" | ").append(Fmt.cell(s.medianRelL2()))
                        .append(" | ").append(Fmt.secs(s.medianSeconds())).append(" |\n");
            }
        }
        sb.append("\n## Solver settings\n\n| problem / ansatz | solver | settings |\n|---|---|---|\n");
        for (Map.Entry<String, String> e : settings(m.results()).entrySet()) {
            sb.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
        }
        sb.append('\n').append(NOTES).append('\n');
        for (Map.Entry<String, List<Figure>> e : m.figures().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            sb.append("\n## ").append(e.getKey()).append("\n\n");
            for (Figure f : e.getValue()) {
                sb.append("![").append(f.title()).append("](plots/").append(f.file()).append(")\n");
            }
        }
        return sb.toString();
    }

    static final String NOTES = "Errors are measured on each problem's held-out evaluation grid (independent of the "
            + "collocation points); rel L2 = ‖u − u_ref‖₂/‖u_ref‖₂, the largest over the output fields; residual RMS "
            + "= ‖r‖₂/√N of the (balanced) residual vector the solver minimised. All solvers of a problem × ansatz "
            + "× seed start from the same θ₀ on the same points with the same wall-clock budget; a status other than "
            + "time_budget means the solver stopped by itself. Error curves are sampled at a cadence that keeps their "
            + "cost near 5 % of the run, at the latest linearisation point (one iteration behind); the last point is "
            + "exact.";

    static void machine(StringBuilder sb, MachineInfo mi) {
        sb.append("- Command: `").append(mi.command()).append("`\n");
        sb.append("- Java: ").append(mi.java()).append("\n");
        sb.append("- OS: ").append(mi.os()).append(", ").append(mi.processors()).append(" processors, ")
                .append(mi.threads()).append(" Sven4j threads\n");
        sb.append("- Dense back-end: ").append(mi.dense()).append("\n");
    }

    static void table(StringBuilder sb, List<RunResult> results) {
        sb.append("| problem | ansatz | solver | seed | P | points | iterations | seconds | ms/iteration: evaluation / "
                + "decomposition / step | rel L2 | max abs error | residual RMS | status |\n"
                + "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (RunResult r : results) {
            sb.append("| ").append(r.spec().problem()).append(" | ").append(r.spec().ansatz().id()).append(" | ")
                    .append(r.spec().solver().id()).append(" | ").append(r.spec().seed()).append(" | ")
                    .append(r.parameters()).append(" | ").append(r.points()).append(" | ").append(r.iterations())
                    .append(" | ").append(Fmt.secs(r.seconds())).append(" | ").append(split(r))
                    .append(" | ").append(Fmt.cell(r.relativeL2()))
                    .append(" | ").append(Fmt.cell(r.maxAbsError())).append(" | ").append(Fmt.cell(r.residualRms()))
                    .append(" | ").append(r.status()).append(" |\n");
        }
    }

    /** @return the per-iteration split, e.g. "0.7 / 19.8 / 1.1", or "–" when no iteration ran */
    static String split(RunResult r) {
        if (r.iterations() == 0) {
            return "–";
        }
        return String.format(java.util.Locale.ROOT, "%.1f / %.1f / %.1f",
                r.millisPerIteration(org.sven4j.lsq.Phase.EVALUATION),
                r.millisPerIteration(org.sven4j.lsq.Phase.DECOMPOSITION),
                r.millisPerIteration(org.sven4j.lsq.Phase.UPDATE));
    }

    /** @return "group | solver" → settings, first occurrence */
    static Map<String, String> settings(List<RunResult> results) {
        Map<String, String> m = new LinkedHashMap<>();
        for (RunResult r : results) {
            if (!r.settings().isEmpty()) {
                m.putIfAbsent(ReportModel.key(r) + " | " + r.spec().solver().id(), r.settings());
            }
        }
        return m;
    }
}
