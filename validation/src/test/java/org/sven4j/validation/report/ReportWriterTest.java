package org.sven4j.validation.report;

import org.sven4j.pde.catalog.AnsatzKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.RunSpec;
import org.sven4j.validation.suite.SolverId;
import org.sven4j.validation.suite.SuiteFixtures;

class ReportWriterTest {

    @Test
    void writesTheCsvJsonHistoryMarkdownAndSelfContainedHtml(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<RunResult> results = SuiteFixtures.tinyResults();
        RunResult skipped = RunResult.notRun(new RunSpec("tiny", AnsatzKind.MLP, SolverId.HIPPARCHUS_LM, 0,
                Duration.ofSeconds(1)), "hipparchus LM", 10, 20, "skipped: too large");
        List<RunResult> all = new java.util.ArrayList<>(results);
        all.add(skipped);
        ReportModel m = ReportWriter.write(all, MachineInfo.current("sven4j run --test"), dir);

        List<String> csv = Files.readAllLines(dir.resolve(ReportWriter.RESULTS_CSV));
        assertEquals(CsvWriter.RESULTS_HEADER, csv.get(0));
        assertEquals(all.size() + 1, csv.size());
        String[] sven = csv.get(1).split(",");
        assertEquals(11, sven.length, csv.get(1));
        assertEquals("tiny", sven[0]);
        assertEquals("sven", sven[2]);
        assertEquals(results.get(0).relativeL2(), Double.parseDouble(sven[7]), 0.0, "full precision");
        assertTrue(csv.get(csv.size() - 1).endsWith(",,,,skipped: too large"), csv.get(csv.size() - 1));

        List<String> hist = Files.readAllLines(dir.resolve(ReportWriter.HISTORY_CSV));
        assertEquals(CsvWriter.HISTORY_HEADER, hist.get(0));
        int rows = results.stream().mapToInt(r -> r.history().size()).sum();
        assertEquals(rows + 1, hist.size());

        JsonNode json = new ObjectMapper().readTree(dir.resolve(ReportWriter.RESULTS_JSON).toFile());
        assertEquals(all.size(), json.get("runs").size());
        assertTrue(json.get("runs").get(all.size() - 1).get("rel_l2").isNull());
        assertTrue(json.get("machine").get("processors").asInt() >= 1);

        String md = Files.readString(dir.resolve(ReportWriter.REPORT_MD));
        String html = Files.readString(dir.resolve(ReportWriter.REPORT_HTML));
        int figures = ReportWriter.figureCount(m);
        assertTrue(figures >= 4 + 1 + 1 + results.size(), "curves, spectrum, solution and error maps: " + figures);
        for (List<Figure> fs : m.figures().values()) {
            for (Figure f : fs) {
                Path png = dir.resolve(ReportWriter.PLOTS).resolve(f.file());
                assertTrue(ImageIO.read(png.toFile()).getWidth() > 100, f.file());
                assertTrue(md.contains("(plots/" + f.file() + ")"), f.file());
            }
        }
        assertEquals(figures, html.split("src=\"data:image/png;base64,", -1).length - 1, "every figure embedded");
        assertTrue(!html.contains("src=\"plots/"), "no external images");
        assertTrue(md.contains("| tiny | mlp | sven |"), md);
        assertTrue(md.contains("skipped: too large"));
        // The per-iteration split of a run that iterated: in the report's table and in results.json.
        assertTrue(md.contains("ms/iteration: evaluation / decomposition / step"), md);
        assertTrue(md.contains(" | " + MarkdownReport.split(results.get(0)) + " | "), md);
        assertTrue(MarkdownReport.split(results.get(0)).matches("\\d+\\.\\d / \\d+\\.\\d / \\d+\\.\\d"),
                MarkdownReport.split(results.get(0)));
        assertTrue(json.get("runs").get(0).get("ms_per_iteration").get("decomposition").asDouble() > 0,
                json.get("runs").get(0).toString());
    }

    @Test
    void dataFilesAloneCanBeWrittenAfterEachRun(@TempDir Path dir) throws Exception {
        List<RunResult> results = SuiteFixtures.tinyResults();
        ReportWriter.writeData(results.subList(0, 1), MachineInfo.current("sven4j run --test"), dir);
        java.util.List<String> csv = java.nio.file.Files.readAllLines(dir.resolve(ReportWriter.RESULTS_CSV));
        org.junit.jupiter.api.Assertions.assertEquals(2, csv.size(), "header and one run: " + csv);
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.exists(dir.resolve(ReportWriter.RESULTS_JSON)));
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.exists(dir.resolve(ReportWriter.HISTORY_CSV)));
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.exists(dir.resolve(ReportWriter.REPORT_HTML)));
        ReportWriter.writeData(results, MachineInfo.current("sven4j run --test"), dir);
        org.junit.jupiter.api.Assertions.assertEquals(results.size() + 1,
                java.nio.file.Files.readAllLines(dir.resolve(ReportWriter.RESULTS_CSV)).size());
    }
}
