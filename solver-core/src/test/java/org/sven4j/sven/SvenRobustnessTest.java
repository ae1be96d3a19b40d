package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.SolveFailedException;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/** Bad input, failures mid-run, interruption, callbacks and determinism. */
class SvenRobustnessTest {
    private static final double[] START = {-1.2, 1.0};

    @Test
    void reachesTheRosenbrockMinimum() {
        Summary s = new SvenSolver().solve(new Rosenbrock(), START);
        assertTrue(s.isConverged(), s.fullReport());
        assertArrayEquals(new double[] {1, 1}, s.parameters(), 1e-12);
        assertTrue(s.finalCost() < 1e-28);
    }

    @Test
    void nanMidRunIsARejectedStepAndTheSolveRecovers() {
        Rosenbrock system = new Rosenbrock(-1.0, Integer.MAX_VALUE);
        Summary s = new SvenSolver(SvenOptions.builder().initialTrustRadiusFactor(Double.POSITIVE_INFINITY).build())
                .solve(system, START);
        assertTrue(system.nanEvaluations > 0, "the test must provoke NaN residuals");
        assertTrue(s.isConverged(), s.fullReport());
        assertArrayEquals(new double[] {1, 1}, s.parameters(), 1e-10);
    }

    @Test
    void anExceptionMidRunEndsWithTheBestIterateAndHistory() {
        Rosenbrock system = new Rosenbrock(Double.NEGATIVE_INFINITY, 3);
        Summary s = new SvenSolver().solve(system, START);
        assertEquals(Termination.FAILURE, s.termination());
        assertTrue(s.message().contains("simulated failure"), s.message());
        assertTrue(s.finalCost() < s.initialCost());
        assertEquals(s.history().size(), s.iterations());
        SolveFailedException e = assertThrows(SolveFailedException.class, s::requireConverged);
        assertEquals(s, e.summary());
    }

    @Test
    void interruptionEndsCleanly() {
        List<IterationRecord> seen = new ArrayList<>();
        Summary s = new SvenSolver(SvenOptions.builder().callback(IterationCallback.observer(r -> {
            seen.add(r);
            Thread.currentThread().interrupt();
        })).build()).solve(new Rosenbrock(), START);
        assertTrue(Thread.interrupted(), "interrupt flag must be left set");
        assertEquals(Termination.INTERRUPTED, s.termination());
        assertEquals(1, s.iterations());
        assertEquals(1, seen.size());
    }

    @Test
    void callbacksSeeEveryIterationAndBudgetsStop() {
        List<IterationRecord> seen = new ArrayList<>();
        Summary s = new SvenSolver(SvenOptions.builder().maxIterations(3).callback(IterationCallback.observer(seen::add)).build())
                .solve(new Rosenbrock(), START);
        assertEquals(Termination.MAX_ITERATIONS, s.termination());
        assertEquals(3, seen.size());
        assertEquals(seen, s.history());
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, seen.get(i).iteration());
        }
    }

    @Test
    void recordsReportTheGradientInTheOriginalParametersEvenWhenScaled() {
        // At (−1.2, 1): r = (−4.4, 2.2), J = [[24, 10], [−1, 0]], Jᵀr = (−107.8, −44).
        for (ParameterScaling scaling : ParameterScaling.values()) {
            Summary s = new SvenSolver(SvenOptions.builder().scaling(scaling).maxIterations(1).build())
                    .solve(new Rosenbrock(), START);
            assertEquals(107.8, s.history().get(0).gradientNorm(), 1e-12, scaling.name());
        }
    }

    @Test
    void sameInputSameNumbers() {
        Summary a = new SvenSolver().solve(new Rosenbrock(), START);
        Summary b = new SvenSolver().solve(new Rosenbrock(), START);
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);
        assertEquals(a.iterations(), b.iterations());
    }

    @Test
    void badInputIsNamed() {
        SvenSolver solver = new SvenSolver();
        IllegalArgumentException e;
        e = assertThrows(IllegalArgumentException.class, () -> solver.solve(sized(0, 3), new double[0]));
        assertTrue(e.getMessage().contains("P = 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> solver.solve(sized(2, 0), new double[2]));
        assertTrue(e.getMessage().contains("N = 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> solver.solve(new Rosenbrock(), new double[3]));
        assertTrue(e.getMessage().contains("length 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(new Rosenbrock(2.0, Integer.MAX_VALUE), START));
        assertTrue(e.getMessage().contains("r[0] is NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SvenOptions.builder().rank(0).build());
        assertTrue(e.getMessage().contains("rank"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SvenOptions.builder().rtol(-1e-3).build());
        assertTrue(e.getMessage().contains("rtol"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SvenOptions.builder().eta(0).build());
        assertThrows(IllegalArgumentException.class, () -> SvenOptions.builder().maxTrials(0).build());
    }

    private static ResidualSystem sized(int p, int n) {
        return new ResidualSystem() {
            @Override public int parameterCount() { return p; }

            @Override public int residualCount() { return n; }

            @Override public void residuals(double[] theta, double[] r) { }

            @Override public void residualsAndJacobian(double[] theta, double[] r, DMatrixRMaj j) { }
        };
    }
}
