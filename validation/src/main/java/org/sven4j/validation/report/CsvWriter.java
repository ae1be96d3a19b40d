package org.sven4j.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sven4j.validation.suite.HistoryPoint;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.RunSpec;

/** results.csv (one row per run) and history.csv (one row per logged iteration). */
final class CsvWriter {
    /** Header of results.csv. */
    public static final String RESULTS_HEADER =
            "problem,ansatz,solver,parameters,points,iterations,seconds,rel_l2,max_abs_error,residual_rms,status";
    /** Header of history.csv. */
    public static final String HISTORY_HEADER = "problem,ansatz,solver,seed,iteration,seconds,loss,rel_l2";

    private CsvWriter() {
    }

    /** Writes results.csv; errors and times at full precision, empty cells where a run did not take place. */
    public static void writeResults(List<RunResult> results, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(RESULTS_HEADER);
            w.write('\n');
            for (RunResult r : results) {
                RunSpec s = r.spec();
                w.write(String.join(",", Fmt.csv(s.problem()), s.ansatz().id(), s.solver().id(),
                        Integer.toString(r.parameters()), Integer.toString(r.points()), Integer.toString(r.iterations()),
                        Fmt.secs(r.seconds()), Fmt.exact(r.relativeL2()), Fmt.exact(r.maxAbsError()),
                        Fmt.exact(r.residualRms()), Fmt.csv(r.status())));
                w.write('\n');
            }
        }
    }

    /** Writes history.csv: the logged iterations of every run; rel_l2 empty where it was not evaluated. */
    public static void writeHistory(List<RunResult> results, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HISTORY_HEADER);
            w.write('\n');
            for (RunResult r : results) {
                RunSpec s = r.spec();
                String prefix = String.join(",", Fmt.csv(s.problem()), s.ansatz().id(), s.solver().id(),
                        Long.toString(s.seed()));
                for (HistoryPoint h : r.history()) {
                    w.write(prefix + "," + h.iteration() + "," + Fmt.secs(h.seconds()) + "," + Fmt.exact(h.loss()) + ","
                            + Fmt.exact(h.relativeL2()));
                    w.write('\n');
                }
            }
        }
    }
}
