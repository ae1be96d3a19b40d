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

    /**
     * A matrix-free system (the same linear least-squares problem behind an operator with no dense J) solves to the
     * same point, and its recorded ‖Jᵀr‖∞, computed within the SVD's first Jᵀ·U, equals the dense one.
     */
    @Test
    void aMatrixFreeSystemGetsTheSameGradientAndSolution() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        DMatrixRMaj a = new DMatrixRMaj(60, 12);
        double[] b = new double[60];
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = rng.nextGaussian();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextGaussian();
        }
        LinearSystem dense = new LinearSystem(a, b);
        ResidualSystem free = new ResidualSystem() {
            @Override public int parameterCount() { return 12; }

            @Override public int residualCount() { return 60; }

            @Override public void residuals(double[] theta, double[] r) { dense.residuals(theta, r); }

            @Override
            public void residualsAndJacobian(double[] theta, double[] r, DMatrixRMaj jacobian) {
                throw new AssertionError("a matrix-free system is never asked for its dense Jacobian");
            }

            @Override public boolean isMatrixFree() { return true; }

            @Override
            public org.sven4j.lsq.JacobianOperator linearize(double[] theta, double[] r) {
                dense.residuals(theta, r);
                org.sven4j.lsq.JacobianOperator d = new org.sven4j.lsq.DenseJacobianOperator(a);
                return new org.sven4j.lsq.JacobianOperator() {
                    @Override public int rows() { return 60; }

                    @Override public int cols() { return 12; }

                    @Override public void multiply(DMatrixRMaj v, DMatrixRMaj out) { d.multiply(v, out); }

                    @Override public void multiplyTranspose(DMatrixRMaj u, DMatrixRMaj out) { d.multiplyTranspose(u, out); }
                };
            }
        };
        SvenOptions o = SvenOptions.builder().rtol(1e-12).maxIterations(5).build();
        Summary sd = new SvenSolver(o).solve(dense, new double[12]);
        Summary sf = new SvenSolver(o).solve(free, new double[12]);
        double gd = sd.history().get(0).gradientNorm();
        double gf = sf.history().get(0).gradientNorm();
        assertEquals(gd, gf, 1e-12 * gd, "|J^T r|_inf at theta_0");
        assertArrayEquals(sd.parameters(), sf.parameters(), 1e-10);
        assertTrue(sf.isConverged(), sf.message());
    }
}
