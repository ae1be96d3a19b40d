package org.sven4j.validation.nist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 25 NIST StRD nonlinear regression datasets from both certified starts (50 pairs): Sven must
 * reach LRE ≥ 6 on every parameter of at least 48 pairs, never throw, and pass no fewer pairs than
 * Hipparchus' Levenberg–Marquardt run in the same test.
 */
class NistSolverTest {

    @Test
    void svenPassesAtLeast48PairsAndNoFewerThanHipparchusLm() {
        List<NistRow> rows = NistBenchmark.run(NistData.loadAll(NistTestData.directory()), NistSolvers.defaults());
        System.out.println(NistReport.table(rows));
        List<NistRow> sven = rows.stream().filter(r -> r.solver().equals("sven")).collect(Collectors.toList());
        assertEquals(50, sven.size());
        for (NistRow r : sven) {
            assertEquals(null, r.error(), r.dataset() + " start " + r.start() + " threw");
        }
        long svenPass = sven.stream().filter(NistRow::passed).count();
        assertTrue(svenPass >= 48, "Sven passed " + svenPass + " of 50");
        long lmPass = rows.stream().filter(r -> r.solver().equals("hipparchus-lm")).filter(NistRow::passed).count();
        long lmRows = rows.stream().filter(r -> r.solver().equals("hipparchus-lm")).count();
        assertEquals(50, lmRows, "Hipparchus LM must run in the same table");
        assertTrue(svenPass >= lmPass, "Sven passed " + svenPass + ", Hipparchus LM " + lmPass);
    }

    /**
     * Where the cost has converged to rounding (the model predicts less than ftol·c to gain), Sven still takes
     * the undamped step: Gauss1 and Misra1a from start 1 stopped at min LRE 8.7 and 9.8 without it, and reach
     * 10.6 and 11.0 with it on every OpenBLAS kernel and the pure-Java back-end (asserted one decade lower).
     */
    @Test
    void theLastStepRefinesTheParametersWhereTheCostCannotTell() {
        for (String name : List.of("Gauss1", "Misra1a")) {
            NistDataset d = NistData.load(NistTestData.directory(), name);
            org.sven4j.lsq.Summary s = NistSolvers.sven().solve(new NistResidualSystem(d), d.start(1));
            double lre = Lre.min(s.parameters(), d.certifiedValues());
            assertEquals(org.sven4j.lsq.Termination.FUNCTION_TOLERANCE, s.termination(), s.fullReport());
            assertTrue(s.isConverged());
            assertTrue(lre >= (name.equals("Gauss1") ? 9.6 : 10.0), name + " min LRE " + lre);
        }
    }
}
