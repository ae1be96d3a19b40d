package org.sven4j.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

class SequentialSolverTest {

    @Test
    void adamThenLbfgsSolvesRosenbrockWithContinuedHistory() {
        List<IterationRecord> seen = new ArrayList<>();
        Summary s = SequentialSolver.adamThenLbfgs(AdamOptions.DEFAULT, LbfgsOptions.DEFAULT, 0.2,
                Stopping.DEFAULT.withMaxIterations(500), List.of(IterationCallback.observer(seen::add)))
                .solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        assertEquals("adam-lbfgs", s.solver());
        assertTrue(TestSystems.maxDiff(s.parameters(), new double[] {1, 1}) < 1e-8, s.toString());
        assertTrue(s.message().startsWith("stage 1 (adam): MAX_ITERATIONS after 100 iterations"), s.message());
        assertTrue(s.message().contains("stage 2 (lbfgs)"), s.message());
        assertEquals(s.iterations(), s.history().size());
        assertEquals(s.history(), seen);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i).iteration());
        }
        // Adam's records: one trial each; L-BFGS takes over at 101
        for (int i = 0; i < 100; i++) {
            assertEquals(1, seen.get(i).trials());
        }
        assertTrue(seen.get(100).elapsedSeconds() >= seen.get(99).elapsedSeconds());
        assertTrue(s.jacobianEvaluations() >= s.iterations());
        assertEquals(1, s.residualEvaluations(), "the chain's own check of θ₀");
    }

    @Test
    void lastStageGetsTheRemainingIterations() {
        Summary s = SequentialSolver.adamThenLbfgs(AdamOptions.DEFAULT, LbfgsOptions.DEFAULT, 0.5,
                Stopping.DEFAULT.withMaxIterations(7), List.of())
                .solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        assertEquals(Termination.MAX_ITERATIONS, s.termination());
        assertEquals(7, s.iterations());
        assertTrue(s.message().startsWith("stage 1 (adam): MAX_ITERATIONS after 3 iterations"), s.message());
    }

    @Test
    void genericChainOfThreeStages() {
        Summary s = new SequentialSolver(SequentialOptions.builder().name("adam-gn-lm")
                .stage(Solvers::adam, 0.1)
                .stage(Solvers::gn, 0.1)
                .stage(Solvers::lm, 0.5)
                .stopping(Stopping.DEFAULT.withMaxIterations(100))
                .build()).solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertEquals("adam-gn-lm", s.solver());
        assertTrue(s.isConverged(), s.toString());
        assertTrue(TestSystems.maxDiff(s.parameters(), TestSystems.EXP_TRUE) < 1e-8, s.toString());
        assertEquals(s.iterations(), s.history().size());
    }

    @Test
    void badOptionsThrow() {
        assertThrows(IllegalArgumentException.class, () -> SequentialOptions.builder().build());
        assertThrows(IllegalArgumentException.class,
                () -> SequentialOptions.builder().stage(Solvers::adam, 0.6).stage(Solvers::lbfgs, 0.4)
                        .stage(Solvers::lm, 0.1).build());
        assertThrows(IllegalArgumentException.class, () -> SequentialOptions.builder().stage(Solvers::adam, 0).build());
        assertThrows(IllegalArgumentException.class, () -> SequentialOptions.builder().stage(null, 0.5).build());
        assertThrows(IllegalArgumentException.class,
                () -> SequentialOptions.builder().name(" ").stage(Solvers::adam, 1).build());
        assertThrows(IllegalArgumentException.class, () -> SequentialSolver.adamThenLbfgs(AdamOptions.DEFAULT,
                LbfgsOptions.DEFAULT, 1.0, Stopping.DEFAULT, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SequentialSolver(null));
    }
}
