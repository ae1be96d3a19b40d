package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Phase;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Summary;

/** The per-phase times of a Summary partition the solve: trial evaluations inside a step are not counted twice. */
class PhaseTimingTest {
    /** Rosenbrock whose every residual evaluation takes at least 3 ms, so that a double count would show. */
    private static final class SlowRosenbrock implements ResidualSystem {
        private final Rosenbrock inner = new Rosenbrock();

        @Override public int parameterCount() { return inner.parameterCount(); }
        @Override public int residualCount() { return inner.residualCount(); }

        @Override
        public void residuals(double[] theta, double[] r) {
            pause();
            inner.residuals(theta, r);
        }

        @Override
        public void residualsAndJacobian(double[] theta, double[] r, DMatrixRMaj j) {
            pause();
            inner.residualsAndJacobian(theta, r, j);
        }

        private static void pause() {
            long end = System.nanoTime() + 3_000_000;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void phasesDoNotOverlap() {
        for (StepControl control : StepControl.values()) {
            Summary s = new SvenSolver(SvenOptions.builder().stepControl(control).maxIterations(40).build())
                    .solve(new SlowRosenbrock(), new double[] {-1.2, 1.0});
            double sum = 0;
            for (Phase p : Phase.values()) {
                sum += s.seconds(p);
            }
            assertTrue(s.seconds(Phase.EVALUATION) >= 0.003 * (s.iterations() + 1), control + ": " + s);
            assertTrue(sum <= s.totalSeconds() + 1e-6, control + ": phases sum to " + sum + " s, solve took "
                    + s.totalSeconds() + " s");
        }
    }
}
