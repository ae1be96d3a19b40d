package org.sven4j.validation.nist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Summary;

class NistBenchmarkTest {

    /** A solver that always throws, to check that failures are recorded per pair. */
    private static final LeastSquaresSolver BROKEN = new LeastSquaresSolver() {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public Summary solve(ResidualSystem system, double[] initialParameters) {
            throw new IllegalStateException("deliberately broken");
        }
    };

    @Test
    void easyDatasetsPassWithLmAndFailuresAreRecorded(@TempDir Path tmp) throws Exception {
        List<NistRow> rows = NistBenchmark.run(NistTestData.directory(), List.of("Misra1a", "danwood"),
                List.of(new TestLmSolver("lm"), BROKEN));
        assertEquals(2 * 2 * 2, rows.size());
        for (NistRow r : rows) {
            if (r.solver().equals("lm")) {
                assertNull(r.error(), r.toString());
                assertTrue(r.minLre() >= 6, r.toString());
                assertTrue(r.rssLre() >= 6, r.toString());
                assertTrue(r.iterations() > 0, r.toString());
                assertTrue(r.passed(), r.toString());
            } else {
                assertNotNull(r.error());
                assertTrue(r.error().contains("deliberately broken"), r.error());
                assertTrue(Double.isNaN(r.minLre()));
                assertFalse(r.passed());
            }
        }
        assertEquals("Misra1a", rows.get(0).dataset());
        assertEquals(1, rows.get(0).start());
        assertEquals("DanWood", rows.get(7).dataset());
        assertEquals(2, rows.get(7).start());
        assertEquals(Map.of("lm", 4, "broken", 0), NistBenchmark.passCounts(rows));

        String table = NistReport.table(rows);
        assertTrue(table.contains("pass lm"), table);
        assertTrue(table.contains(" 4/4"), table);
        assertTrue(table.contains(" 0/4"), table);
        assertTrue(table.contains("deliberately broken"), table);

        Path csv = tmp.resolve("nist.csv");
        NistReport.writeCsv(rows, csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("dataset,start,solver,min_lre,rss_lre,iterations,seconds", lines.get(0));
        assertEquals(1 + rows.size(), lines.size());
        assertTrue(lines.get(1).startsWith("Misra1a,1,lm,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Misra1a,1,broken,NaN,NaN,0,"), lines.get(2));
        assertEquals(7, lines.get(1).split(",").length);
    }

    @Test
    void solverNamesMustBeDistinct() {
        List<LeastSquaresSolver> twice = List.of(new TestLmSolver("x"), new TestLmSolver("x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NistBenchmark.run(List.of(), twice));
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
    }

    /** The whole suite with the test LM: 50 rows, and the lower-difficulty datasets pass from both starts. */
    @Test
    void fullSuiteRuns() {
        List<NistRow> rows = NistBenchmark.run(NistData.loadAll(NistTestData.directory()),
                List.of(new TestLmSolver("test-lm")));
        assertEquals(50, rows.size());
        System.out.print(NistReport.table(rows));
        for (NistRow r : rows) {
            if (List.of("Misra1a", "Chwirut2", "Chwirut1", "DanWood", "Misra1b").contains(r.dataset())) {
                assertTrue(r.passed(), r.toString());
            }
        }
    }
}
