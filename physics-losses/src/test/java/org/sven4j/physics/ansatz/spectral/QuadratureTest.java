package org.sven4j.physics.ansatz.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuadratureTest {
    static double monomialIntegral(int k, double a, double b) {
        return (Math.pow(b, k + 1) - Math.pow(a, k + 1)) / (k + 1);
    }

    @Test
    void chebyshevGaussLobattoPoints() {
        double[] x = Quadrature.chebyshevGaussLobatto(8);
        for (int j = 0; j <= 8; j++) {
            assertEquals(Math.cos(Math.PI * j / 8), x[j], 1e-15);
            assertEquals(-x[j], x[8 - j], 0.0);
        }
    }

    @Test
    void clenshawCurtisIsExactToDegreeN() {
        for (int n : new int[] {1, 2, 5, 8, 16}) {
            QuadratureRule r = Quadrature.clenshawCurtis(n).mapTo(-0.5, 2);
            for (int k = 0; k <= n; k++) {
                int kk = k;
                double ref = monomialIntegral(k, -0.5, 2);
                assertEquals(ref, r.integrate(t -> Math.pow(t, kk)), 1e-13 * Math.max(1, Math.abs(ref)), "n=" + n + " k=" + k);
            }
        }
    }

    @Test
    void gaussLegendreIsExactToDegree2nMinus1() {
        for (int n : new int[] {1, 2, 3, 6, 11, 20}) {
            QuadratureRule r = Quadrature.gaussLegendre(n).mapTo(0, 3);
            for (int k = 0; k <= 2 * n - 1; k++) {
                int kk = k;
                double ref = monomialIntegral(k, 0, 3);
                assertEquals(ref, r.integrate(t -> Math.pow(t, kk)), 1e-12 * Math.max(1, Math.abs(ref)), "n=" + n + " k=" + k);
            }
        }
    }
}
