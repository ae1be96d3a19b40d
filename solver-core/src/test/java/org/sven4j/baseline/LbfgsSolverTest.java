package org.sven4j.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;

class LbfgsSolverTest {

    @Test
    void solvesRosenbrock() {
        Summary s = new LbfgsSolver().solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        assertTrue(s.isConverged(), s.toString());
        assertTrue(TestSystems.maxDiff(s.parameters(), new double[] {1, 1}) < 1e-8, s.toString());
        assertTrue(s.iterations() < 100);
    }

    @Test
    void solvesTheLinearProblem() {
        Summary s = new LbfgsSolver().solve(TestSystems.linear(), new double[3]);
        assertTrue(s.isConverged(), s.toString());
        assertTrue(TestSystems.maxDiff(s.parameters(), TestSystems.linearSolution()) < 1e-8, s.toString());
    }

    @Test
    void solvesTheExponentialFit() {
        Summary s = new LbfgsSolver().solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertTrue(s.isConverged(), s.toString());
        assertTrue(TestSystems.maxDiff(s.parameters(), TestSystems.EXP_TRUE) < 1e-8, s.toString());
    }

    @Test
    void everyAcceptedStepLowersTheCost() {
        Summary s = new LbfgsSolver(LbfgsOptions.builder().memory(3).build())
                .solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        double previous = s.initialCost();
        int evaluations = 1;
        for (IterationRecord r : s.history()) {
            if (r.accepted()) {
                assertTrue(r.cost() < previous);
                assertTrue(r.eta() > 0);
                previous = r.cost();
            }
            evaluations += r.trials();
        }
        assertEquals(s.jacobianEvaluations(), evaluations, "every evaluation is counted once");
    }

    @Test
    void gradientToleranceStops() {
        Summary s = new LbfgsSolver(LbfgsOptions.builder()
                .stopping(Stopping.DEFAULT.withGradientTolerance(1e-3)).build())
                .solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertEquals(org.sven4j.lsq.Termination.GRADIENT_TOLERANCE, s.termination(), s.message());
    }

    @Test
    void badOptionsThrow() {
        assertThrows(IllegalArgumentException.class, () -> LbfgsOptions.builder().memory(0).build());
        assertThrows(IllegalArgumentException.class, () -> LbfgsOptions.builder().c1(0).build());
        assertThrows(IllegalArgumentException.class, () -> LbfgsOptions.builder().c1(0.95).build());
        assertThrows(IllegalArgumentException.class, () -> LbfgsOptions.builder().c2(1).build());
        assertThrows(IllegalArgumentException.class, () -> LbfgsOptions.builder().maxLineSearchEvaluations(0).build());
        assertThrows(IllegalArgumentException.class, () -> LbfgsOptions.builder().stopping(null).build());
        assertThrows(IllegalArgumentException.class, () -> new LbfgsSolver(null));
        var e = assertThrows(IllegalArgumentException.class, () -> LbfgsOptions.builder().c2(0.00001).build());
        assertTrue(e.getMessage().contains("c2"));
    }
}
