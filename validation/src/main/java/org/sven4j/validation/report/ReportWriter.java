package org.sven4j.validation.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sven4j.validation.suite.RunResult;

/**
 * Writes every output of a suite into one directory: results.csv, results.json, history.csv, report.md
 * with plots/*.png, and the self-contained report.html.
 */
public final class ReportWriter {
    public static final String RESULTS_CSV = "results.csv";
    public static final String RESULTS_JSON = "results.json";
    public static final String HISTORY_CSV = "history.csv";
    public static final String REPORT_MD = "report.md";
    public static final String REPORT_HTML = "report.html";
    public static final String PLOTS = "plots";

    private ReportWriter() {
    }

    /**
     * @param results the runs
     * @param machine where they ran
     * @param dir the output directory (created if missing)
     * @return the report model (with the figures)
     */
    public static ReportModel write(List<RunResult> results, MachineInfo machine, Path dir) throws IOException {
        writeData(results, machine, dir);
        ReportModel m = ReportModel.of("Sven4j validation report", machine, results);
        Path plots = dir.resolve(PLOTS);
        Files.createDirectories(plots);
        for (List<Figure> fs : m.figures().values()) {
            for (Figure f : fs) {
                Files.write(plots.resolve(f.file()), f.png());
            }
        }
        Files.writeString(dir.resolve(REPORT_MD), MarkdownReport.render(m), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(REPORT_HTML), HtmlReport.render(m), StandardCharsets.UTF_8);
        return m;
    }

    /**
     * Writes only the data files (results.csv, history.csv, results.json): cheap enough to call after every
     * run, so that a suite that dies half-way still leaves what it finished.
     */
    public static void writeData(List<RunResult> results, MachineInfo machine, Path dir) throws IOException {
        Files.createDirectories(dir);
        CsvWriter.writeResults(results, dir.resolve(RESULTS_CSV));
        CsvWriter.writeHistory(results, dir.resolve(HISTORY_CSV));
        JsonWriter.write(results, machine, dir.resolve(RESULTS_JSON));
    }

    /** @return the number of figures in a model */
    public static int figureCount(ReportModel m) {
        return m.figures().values().stream().mapToInt(List::size).sum();
    }
}
