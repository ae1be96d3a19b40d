package org.sven4j.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

class AdamSolverTest {

    @Test
    void fitsTheExponentialModel() {
        Summary s = new AdamSolver(AdamOptions.builder().learningRate(1e-2).decay(0.5, 1000, false)
                .stopping(Stopping.DEFAULT.withMaxIterations(3000)).build())
                .solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertTrue(s.finalCost() < 1e-10 * s.initialCost(), s.toString());
        assertTrue(TestSystems.maxDiff(s.parameters(), TestSystems.EXP_TRUE) < 1e-4);
    }

    @Test
    void defaultLearningRateMakesRealProgressOnRosenbrock() {
        Summary s = new AdamSolver(AdamOptions.builder().stopping(Stopping.DEFAULT.withMaxIterations(3000)).build())
                .solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        assertTrue(s.finalCost() < 0.5 * s.initialCost(), s.toString());
        assertEquals("adam", s.solver());
        assertEquals(s.iterations() + 1, s.jacobianEvaluations(), "one Jacobian per iteration plus θ₀");
    }

    @Test
    void reachesTheLinearLeastSquaresSolution() {
        // At this learning rate Adam oscillates without a new best cost for over 100 iterations before the decay
        // takes hold, which the default stall test would (rightly) end; this test is about the end point.
        Summary s = new AdamSolver(AdamOptions.builder().learningRate(5e-2).decay(0.1, 2000, false)
                .stopping(Stopping.DEFAULT.withMaxIterations(4000).withoutStall()).build())
                .solve(TestSystems.linear(), new double[3]);
        assertTrue(TestSystems.maxDiff(s.parameters(), TestSystems.linearSolution()) < 1e-6, s.toString());
    }

    @Test
    void hugeLearningRateDiverges() {
        ResidualSystem sys = TestSystems.rosenbrock();
        Summary s = new AdamSolver(AdamOptions.builder().learningRate(1e4).build())
                .solve(sys, TestSystems.ROSENBROCK_START);
        assertEquals(Termination.DIVERGED, s.termination(), s.message());
        assertTrue(s.iterations() < 10);
        assertEquals(TestSystems.cost(sys, s.parameters()), s.finalCost(), 0.0);
        assertTrue(s.finalCost() <= s.initialCost());
    }

    @Test
    void recordsTheLearningRateScheduleAsEta() {
        List<IterationRecord> h = new AdamSolver(AdamOptions.builder().learningRate(1e-2).decay(0.5, 2, true)
                .stopping(Stopping.DEFAULT.withMaxIterations(5)).build())
                .solve(TestSystems.expFit(), TestSystems.EXP_START).history();
        double[] expected = {1e-2, 1e-2, 5e-3, 5e-3, 2.5e-3};
        for (int i = 0; i < 5; i++) {
            IterationRecord r = h.get(i);
            assertEquals(expected[i], r.eta(), 1e-18);
            assertTrue(Double.isNaN(r.lambda()));
            assertEquals(-1, r.rank());
            assertEquals(1, r.trials());
        }
    }

    @Test
    void scheduleFormulas() {
        AdamOptions o = AdamOptions.builder().learningRate(1.0).decay(0.5, 10, false).minLearningRate(0.2).build();
        assertEquals(1.0, o.learningRateAt(0), 0);
        assertEquals(Math.pow(0.5, 0.5), o.learningRateAt(5), 1e-15);
        assertEquals(0.5, o.learningRateAt(10), 1e-15);
        assertEquals(0.2, o.learningRateAt(1000), 0);
        AdamOptions stairs = o.toBuilder().decay(0.5, 10, true).minLearningRate(0).build();
        assertEquals(1.0, stairs.learningRateAt(9), 0);
        assertEquals(0.25, stairs.learningRateAt(25), 0);
        assertEquals(1e-3, AdamOptions.DEFAULT.learningRateAt(123456), 0);
    }

    @Test
    void firstStepHasLengthOfTheLearningRatePerComponent() {
        // with bias correction the first Adam step is −η·sign(g) (up to ε)
        List<IterationRecord> h = new AdamSolver(AdamOptions.builder().learningRate(0.1)
                .stopping(Stopping.DEFAULT.withMaxIterations(1)).build())
                .solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START).history();
        assertEquals(0.1 * Math.sqrt(2), h.get(0).stepNorm(), 1e-8);
    }

    @Test
    void badOptionsThrow() {
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().learningRate(0).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().learningRate(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().beta1(1).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().beta2(-0.1).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().epsilon(0).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().decay(1.5, 10, false).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().decay(0.5, 0, false).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().minLearningRate(-1).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().divergenceFactor(1).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().stopping(null).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().callbacks(null).build());
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().callback(null).build());
        assertThrows(IllegalArgumentException.class, () -> new AdamSolver(null));
        var e = assertThrows(IllegalArgumentException.class, () -> AdamOptions.builder().beta1(2).build());
        assertTrue(e.getMessage().contains("beta1"));
    }
}
