package org.sven4j.lsq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class JacobianCheckTest {
    private static final double[] THETA = {0.7, -1.3, 2.1};

    /** rᵢ = exp(θ₀·tᵢ)·sin(θ₁ + tᵢ) + θ₂·tᵢ² − yᵢ at 7 points, with an optional wrong entry and residual offset. */
    private static final class Model implements ResidualSystem {
        private final int wrongRow;
        private final int wrongColumn;
        private final double offset;
        private final boolean matrixFree;

        Model(int wrongRow, int wrongColumn, double offset, boolean matrixFree) {
            this.wrongRow = wrongRow;
            this.wrongColumn = wrongColumn;
            this.offset = offset;
            this.matrixFree = matrixFree;
        }

        @Override public int parameterCount() { return 3; }

        @Override public int residualCount() { return 7; }

        @Override
        public void residuals(double[] th, double[] r) {
            for (int i = 0; i < 7; i++) {
                double t = 0.25 * i - 0.5;
                r[i] = Math.exp(th[0] * t) * Math.sin(th[1] + t) + th[2] * t * t - Math.cos(i) + offset;
            }
        }

        @Override
        public void residualsAndJacobian(double[] th, double[] r, DMatrixRMaj j) {
            for (int i = 0; i < 7; i++) {
                double t = 0.25 * i - 0.5;
                double e = Math.exp(th[0] * t);
                r[i] = e * Math.sin(th[1] + t) + th[2] * t * t - Math.cos(i);
                j.set(i, 0, t * e * Math.sin(th[1] + t));
                j.set(i, 1, e * Math.cos(th[1] + t));
                j.set(i, 2, t * t);
            }
            if (wrongRow >= 0) {
                j.set(wrongRow, wrongColumn, j.get(wrongRow, wrongColumn) * 1.01);
            }
        }

        @Override
        public boolean isMatrixFree() { return matrixFree; }

        @Override
        public JacobianOperator linearize(double[] th, double[] r) {
            DMatrixRMaj j = new DMatrixRMaj(7, 3);
            residualsAndJacobian(th, r, j);
            DenseJacobianOperator dense = new DenseJacobianOperator(j);
            return new JacobianOperator() {
                @Override public int rows() { return 7; }

                @Override public int cols() { return 3; }

                @Override public void multiply(DMatrixRMaj v, DMatrixRMaj out) { dense.multiply(v, out); }

                @Override public void multiplyTranspose(DMatrixRMaj u, DMatrixRMaj out) {
                    dense.multiplyTranspose(u, out);
                }
            };
        }
    }

    @Test
    void aCorrectJacobianPassesWithRoomToSpare() {
        JacobianCheck.Report rep = JacobianCheck.at(new Model(-1, -1, 0, false), THETA);
        assertTrue(rep.passes(1e-9), rep.toString());
        assertEquals(0.0, rep.residualMismatch());
        assertEquals(3, rep.columnErrors().length);
    }

    @Test
    void aWrongEntryIsFoundAndNamed() {
        JacobianCheck.Report rep = JacobianCheck.at(new Model(5, 1, 0, false), THETA);
        assertFalse(rep.passes(1e-6), rep.toString());
        assertEquals(1, rep.worstColumn());
        assertEquals(5, rep.worstRow());
        assertEquals(1.01, rep.analytic() / rep.numeric(), 1e-8);
        assertTrue(rep.columnErrors()[0] < 1e-9 && rep.columnErrors()[2] < 1e-9, rep.toString());
        assertTrue(rep.toString().contains("worst column 1"), rep.toString());
    }

    @Test
    void residualPathsThatDisagreeFail() {
        JacobianCheck.Report rep = JacobianCheck.at(new Model(-1, -1, 1e-6, false), THETA);
        assertFalse(rep.passes(1e-9), rep.toString());
        assertTrue(rep.residualMismatch() > 1e-7, rep.toString());
    }

    @Test
    void matrixFreeSystemsAreCheckedThroughTheirProducts() {
        JacobianCheck.Report dense = JacobianCheck.at(new Model(2, 0, 0, false), THETA);
        JacobianCheck.Report free = JacobianCheck.at(new Model(2, 0, 0, true), THETA);
        assertArrayEquals(dense.columnErrors(), free.columnErrors(), 0.0);
        assertEquals(0, free.worstColumn());
    }

    @Test
    void badInputIsRefused() {
        Model m = new Model(-1, -1, 0, false);
        assertThrows(IllegalArgumentException.class, () -> JacobianCheck.at(m, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> JacobianCheck.at(m, new double[] {0, Double.NaN, 0}));
        assertThrows(IllegalArgumentException.class, () -> JacobianCheck.at(m, THETA, 0.0));
        assertThrows(IllegalArgumentException.class, () -> JacobianCheck.at(m, THETA, 1.5));
    }
}
