package org.sven4j.lsq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** {@link Covariance} on rank-deficient Jacobians: the pseudo-inverse over the kept rank. */
class CovarianceRankTest {

    /** r = c·(θ₀ + θ₁)·1 − y at three points: J = c·[1 1; 1 1; 1 1]. */
    private static ResidualSystem duplicated(double c) {
        double[] y = {1, 2, 4};
        return new ResidualSystem() {
            @Override public int parameterCount() { return 2; }

            @Override public int residualCount() { return 3; }

            @Override
            public void residuals(double[] th, double[] r) {
                for (int i = 0; i < 3; i++) {
                    r[i] = c * (th[0] + th[1]) - y[i];
                }
            }

            @Override
            public void residualsAndJacobian(double[] th, double[] r, DMatrixRMaj j) {
                residuals(th, r);
                for (int i = 0; i < 3; i++) {
                    j.set(i, 0, c);
                    j.set(i, 1, c);
                }
            }
        };
    }

    @Test
    void duplicatedColumnsKeepRankOneAndThePseudoInverse() {
        Covariance cov = Covariance.at(duplicated(1), new double[] {0.5, 0.5});
        assertEquals(1, cov.rank());
        assertEquals(2, cov.degreesOfFreedom());
        // (JᵀJ)⁺ of [[3,3],[3,3]] is [[1,1],[1,1]]/12; ‖r‖² = 0 + 1 + 9 = 10 at θ₀ + θ₁ = 1.
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                assertEquals(1.0 / 12, cov.unscaled().get(a, b), 1e-15);
            }
        }
        assertEquals(5.0, cov.residualVariance(), 1e-14);
        assertEquals(Math.sqrt(5.0 / 12), cov.standardErrors()[0], 1e-14);
    }

    @Test
    void aZeroJacobianHasRankZeroAndZeroCovariance() {
        Covariance cov = Covariance.at(duplicated(0), new double[2]);
        assertEquals(0, cov.rank());
        assertEquals(3, cov.degreesOfFreedom());
        assertEquals(0.0, cov.unscaled().get(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Covariance.at(duplicated(1), new double[3]));
    }
}
