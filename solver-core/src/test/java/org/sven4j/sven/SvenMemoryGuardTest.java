package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/** The memory guard: a dense Jacobian that cannot or should not be allocated ends the solve with a message. */
class SvenMemoryGuardTest {

    /** r(θ) = θ₀ − 1 on every row; the Jacobian is never asked for by a guarded solve. */
    private static ResidualSystem constant(int n, int p) {
        return new ResidualSystem() {
            @Override public int parameterCount() { return p; }

            @Override public int residualCount() { return n; }

            @Override
            public void residuals(double[] theta, double[] r) {
                java.util.Arrays.fill(r, theta[0] - 1);
            }

            @Override
            public void residualsAndJacobian(double[] theta, double[] r, DMatrixRMaj jacobian) {
                throw new AssertionError("the guard should have stopped the solve before the Jacobian");
            }
        };
    }

    @Test
    void aJacobianBeyondOneJavaArrayIsRefusedNamingItsShape() {
        ResidualSystem big = constant(100_000, 30_000);
        double[] theta0 = new double[30_000];
        Summary s = new SvenSolver().solve(big, theta0);
        assertEquals(Termination.FAILURE, s.termination());
        assertFalse(s.isConverged());
        assertTrue(s.message().contains("N = 100000") && s.message().contains("P = 30000")
                && s.message().contains("22.35 GiB") && s.message().contains("STREAMED"), s.message());
        assertArrayEquals(theta0, s.parameters(), 0.0);
    }

    @Test
    void aJacobianAboveTheHeapShareIsRefused() {
        SvenOptions o = SvenOptions.builder().denseJacobianHeapShare(1e-9).build();
        Summary s = new SvenSolver(o).solve(constant(200, 50), new double[50]);
        assertEquals(Termination.FAILURE, s.termination());
        assertTrue(s.message().contains("maximum heap"), s.message());
        assertThrows(IllegalArgumentException.class, () -> SvenOptions.builder().denseJacobianHeapShare(0).build());
        assertThrows(IllegalArgumentException.class, () -> SvenOptions.builder().denseJacobianHeapShare(1.5).build());
    }
}
