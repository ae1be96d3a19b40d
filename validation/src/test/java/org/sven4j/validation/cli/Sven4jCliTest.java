package org.sven4j.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.validation.nist.NistData;
import org.sven4j.validation.nist.NistSolvers;
import org.sven4j.validation.nist.TestSolvers;
import picocli.CommandLine;

class Sven4jCliTest {

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(Supplier<List<LeastSquaresSolver>> solvers, String... args) {
        return cli.run(solvers, args);
    }

    @Test
    void infoPrintsVersionsPlatformBackendAndThreads() {
        int code = run(NistSolvers::defaults, "info");
        assertEquals(0, code, err.toString());
        String s = out.toString();
        for (String key : List.of("Sven4j", "Java", "OS", "Processors", "Dense", "Threads")) {
            assertTrue(s.contains(key), "missing '" + key + "' in:\n" + s);
        }
        assertTrue(s.contains(System.getProperty("java.version")), s);
        assertTrue(s.contains(String.valueOf(Runtime.getRuntime().availableProcessors())), s);
    }

    @Test
    void nistRunsTwoDatasetsAndWritesTheCsv(@TempDir Path tmp) throws Exception {
        Path data = NistData.locate().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(data != null, "NIST StRD data not found; skipping");
        Path outDir = tmp.resolve("results");
        int code = run(TestSolvers::lm, "nist", "--data", data.toString(), "--out", outDir.toString(),
                "--datasets", "Misra1a,danwood");
        assertEquals(0, code, err.toString());
        String s = out.toString();
        assertTrue(s.contains("Misra1a"), s);
        assertTrue(s.contains("DanWood"), s);
        assertTrue(s.contains("pass test-lm"), s);
        assertTrue(s.contains("4/4"), s);
        List<String> csv = Files.readAllLines(outDir.resolve("nist.csv"));
        assertEquals("dataset,start,solver,min_lre,rss_lre,iterations,seconds", csv.get(0));
        assertEquals(5, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(4).startsWith("DanWood,2,test-lm,"), csv.get(4));
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() {
        int code = run(NistSolvers::defaults, "nist", "--no-such-option");
        assertEquals(2, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("--no-such-option"), err.toString());

        assertEquals(2, Sven4jCli.commandLine(NistSolvers::defaults).setErr(new PrintWriter(new StringWriter()))
                .execute());
    }

    @Test
    void anUnknownDatasetIsBadUsage() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.sven4j.validation.nist.NistData.locate().isPresent(),
                "NIST StRD data not found; skipping");
        StringWriter e2 = new StringWriter();
        CommandLine cl = Sven4jCli.commandLine(TestSolvers::lm);
        cl.setErr(new PrintWriter(e2, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(2, cl.execute("nist", "--datasets", "Nelson"));
        assertTrue(e2.toString().contains("unknown NIST dataset 'Nelson'"), e2.toString());
    }

    @Test
    void failureExitsWithOneAndNoStackTraceUnlessVerbose(@TempDir Path tmp) {
        Supplier<List<LeastSquaresSolver>> none = List::of;
        int code = run(none, "nist", "--data", tmp.toString());
        assertEquals(1, code);
        String e = err.toString();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("no solvers registered"), e);
        assertFalse(e.contains("\tat "), e);

        StringWriter verboseErr = new StringWriter();
        CommandLine cl = Sven4jCli.commandLine(none);
        cl.setErr(new PrintWriter(verboseErr, true));
        assertEquals(1, cl.execute("--verbose", "nist", "--data", tmp.toString()));
        assertTrue(verboseErr.toString().contains("\tat "), verboseErr.toString());
    }
}
