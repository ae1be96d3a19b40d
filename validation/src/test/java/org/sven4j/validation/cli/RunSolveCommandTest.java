package org.sven4j.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sven4j.validation.report.ReportWriter;

class RunSolveCommandTest {
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void runWritesEveryOutputForASpectralHeatSolve(@TempDir Path tmp) throws Exception {
        int code = run("run", "--problems", "heat1d", "--ansatz", "chebyshev", "--solvers", "sven",
                "--time-budget", "5s", "--out", tmp.toString());
        assertEquals(0, code, err.toString());
        for (String f : List.of(ReportWriter.RESULTS_CSV, ReportWriter.RESULTS_JSON, ReportWriter.HISTORY_CSV,
                ReportWriter.REPORT_MD, ReportWriter.REPORT_HTML)) {
            assertTrue(Files.size(tmp.resolve(f)) > 0, f);
        }
        List<String> csv = Files.readAllLines(tmp.resolve(ReportWriter.RESULTS_CSV));
        assertEquals(2, csv.size(), String.join("\n", csv));
        String[] row = csv.get(1).split(",");
        assertEquals("heat1d", row[0]);
        assertTrue(Double.parseDouble(row[7]) < 1e-10, "spectral heat rel L2 " + row[7]);
        assertTrue(out.toString().contains("report.html"), out.toString());
        assertTrue(err.toString().contains("[1/1] heat1d/chebyshev/sven/s0"), err.toString());
    }

    @Test
    void solveSavesTheParametersWithOverrides(@TempDir Path tmp) throws Exception {
        int code = run("solve", "heat1d", "--ansatz", "chebyshev", "--degree", "10", "--time-budget", "5",
                "--out", tmp.toString());
        assertEquals(0, code, err.toString());
        JsonNode j = new ObjectMapper().readTree(tmp.resolve(SolveCommand.PARAMETERS_FILE).toFile());
        assertEquals("heat1d", j.get("problem").asText());
        assertTrue(j.get("parameters").size() > 0);
        assertTrue(j.get("rel_l2").asDouble() < 1e-2, j.toString());
    }

    @Test
    void badSelectionsAreUsageErrors(@TempDir Path tmp) {
        assertEquals(Sven4jCli.EXIT_USAGE, run("run", "--solvers", "newton", "--out", tmp.toString()));
        assertTrue(err.toString().contains("newton"), err.toString());
        assertEquals(Sven4jCli.EXIT_USAGE, run("run", "--problems", "nope", "--out", tmp.toString()));
        assertEquals(Sven4jCli.EXIT_USAGE, run("run", "--time-budget", "soon", "--out", tmp.toString()));
        assertEquals(Sven4jCli.EXIT_USAGE, run("solve", "heat1d", "--ansatz", "spline"));
        assertEquals(Sven4jCli.EXIT_USAGE, run("solve", "heat1d", "--svd", "magic"));
        assertTrue(err.toString().contains("unknown SVD back-end 'magic'; choose one of [auto, exact, qr, subspace]"),
                err.toString());
    }

    @Test
    void badNumbersAndOutputsAreRefusedBeforeAnyWork(@TempDir Path tmp) throws Exception {
        String[][] cases = {
            {"--points", "-5", "--points must be >= 1, got -5"},
            {"--rtol", "NaN", "--rtol must be finite and in [0.0, 1.0), got NaN"},
            {"--rtol", "1", "--rtol must be finite and in [0.0, 1.0), got 1.0"},
            {"--k", "0", "--k must be >= 1, got 0"},
            {"--degree", "-1", "--degree must be >= 1, got -1"},
            {"--damping", "0", "--damping must be finite and in (0.0"},
            {"--lr", "Infinity", "--lr must be finite and in (0.0"},
        };
        for (String[] c : cases) {
            err.getBuffer().setLength(0);
            assertEquals(Sven4jCli.EXIT_USAGE, run("solve", "heat1d", c[0], c[1], "--out", tmp.toString()), c[0]);
            assertTrue(err.toString().contains(c[2]), c[0] + ": " + err);
        }
        Path file = java.nio.file.Files.writeString(tmp.resolve("a-file"), "x");
        err.getBuffer().setLength(0);
        assertEquals(Sven4jCli.EXIT_USAGE, run("solve", "heat1d", "--out", file.toString()));
        assertTrue(err.toString().contains("exists and is not a directory"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(Sven4jCli.EXIT_USAGE, run("run", "--out", file.toString()));
        assertTrue(err.toString().contains("exists and is not a directory"), err.toString());
    }

    @Test
    void solveTakesTheSvdBackEnd(@TempDir Path tmp) {
        int code = run("solve", "poisson2d", "--ansatz", "chebyshev", "--degree", "8", "--svd", "subspace",
                "--time-budget", "5", "--out", tmp.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("subspace SVD"), out.toString());
    }

    @Test
    void budgetsParse() {
        assertEquals(Duration.ofSeconds(30), Budgets.parse("30"));
        assertEquals(Duration.ofMillis(500), Budgets.parse("500ms"));
        assertEquals(Duration.ofMinutes(2), Budgets.parse("2m"));
        assertEquals(Duration.ofSeconds(90), Budgets.parse("PT1M30S"));
    }
}
