package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;
import org.sven4j.svd.Truncation;

/** Terminations that never claim a convergence the solve did not reach. */
class SvenHonestTerminationTest {

    /** Rosenbrock whose trial residuals (values-only evaluations) are all NaN after {@code finite} of them. */
    private static final class NanTrialsAfter implements ResidualSystem {
        private final Rosenbrock inner = new Rosenbrock();
        private final int finite;
        private int calls;

        NanTrialsAfter(int finite) {
            this.finite = finite;
        }

        @Override public int parameterCount() { return 2; }

        @Override public int residualCount() { return 2; }

        @Override
        public void residuals(double[] x, double[] r) {
            inner.residuals(x, r);
            if (++calls > finite) {
                r[0] = Double.NaN;
            }
        }

        @Override
        public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
            inner.residualsAndJacobian(x, r, j);
        }
    }

    @ParameterizedTest
    @EnumSource(value = StepControl.class, names = {"TRUST_REGION", "LINE_SEARCH", "LEVENBERG_MARQUARDT"})
    void nanTrialsEndInAFailureThatSaysSoNotInAStepTolerance(StepControl control) {
        for (int finite : new int[] {2, 4, 7}) {
            NanTrialsAfter sys = new NanTrialsAfter(finite);
            double[] x0 = {-1.2, 1.0};
            Summary s = new SvenSolver(SvenOptions.builder().stepControl(control).build()).solve(sys, x0);
            assertEquals(Termination.FAILURE, s.termination(), finite + " finite: " + s.message());
            assertFalse(s.isConverged());
            assertTrue(s.message().contains("non-finite"), s.message());
            assertTrue(Double.isFinite(s.finalCost()) && s.finalCost() <= s.initialCost(), "best iterate kept: " + s);
        }
    }

    @Test
    void aCostThatOverflowsIsRefusedAtTheStart() {
        ResidualSystem huge = new ResidualSystem() {
            @Override public int parameterCount() { return 2; }

            @Override public int residualCount() { return 2; }

            @Override
            public void residuals(double[] x, double[] r) {
                r[0] = 1e200 * (x[0] - 1);
                r[1] = 1e200 * (x[1] - 1);
            }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                residuals(x, r);
                j.set(0, 0, 1e200);
                j.set(1, 1, 1e200);
            }
        };
        Summary s = new SvenSolver().solve(huge, new double[] {0, 0});
        assertEquals(Termination.FAILURE, s.termination());
        assertEquals(0, s.iterations());
        assertTrue(s.message().contains("overflows") && s.message().contains("1.0E200"), s.message());
    }

    @Test
    void anRtolThatKeepsNothingIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SvenOptions.builder().rtol(1.0).build());
        assertTrue(e.getMessage().contains("would keep no singular value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Truncation.relative(2.5));
        assertThrows(IllegalArgumentException.class, () -> Truncation.relative(Double.POSITIVE_INFINITY));
    }

    /** A StackOverflowError inside the system ends the solve with the best iterate, not an escaping Error. */
    @Test
    void aStackOverflowInTheSystemKeepsTheBestIterate() {
        Rosenbrock inner = new Rosenbrock();
        ResidualSystem deep = new ResidualSystem() {
            private int jacobians;

            @Override public int parameterCount() { return 2; }

            @Override public int residualCount() { return 2; }

            @Override public void residuals(double[] x, double[] r) { inner.residuals(x, r); }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                if (++jacobians > 3) {
                    recurse(0);
                }
                inner.residualsAndJacobian(x, r, j);
            }

            private int recurse(int depth) {
                return recurse(depth + 1) + 1;
            }
        };
        Summary s = new SvenSolver().solve(deep, new double[] {-1.2, 1.0});
        assertEquals(Termination.FAILURE, s.termination());
        assertTrue(s.message().contains("stack overflow in iteration 4"), s.message());
        assertEquals(3, s.iterations());
        assertTrue(s.finalCost() < s.initialCost(), s.toString());
    }
}
