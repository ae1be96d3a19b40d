package org.sven4j.pde.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.SymmetricGaussIntegrator;
import org.junit.jupiter.api.Test;

class BurgersColeHopfTest {
    private static final double NU = BurgersColeHopf.BENCHMARK_VISCOSITY;

    @Test
    void gaussHermiteMatchesHipparchusAndIntegratesMoments() {
        SymmetricGaussIntegrator h = new GaussIntegratorFactory().hermite(40);
        GaussHermite g = new GaussHermite(40);
        for (int i = 0; i < 40; i++) {
            assertEquals(h.getPoint(i), g.nodes()[i], 1e-12);
            assertEquals(1, g.weights()[i] / h.getWeight(i), 1e-10);
        }
        GaussHermite big = new GaussHermite(400);
        double[] x = big.nodes();
        double[] w = big.weights();
        double m0 = 0;
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < x.length; i++) {
            m0 += w[i];
            m2 += w[i] * x[i] * x[i];
            m4 += w[i] * Math.pow(x[i], 4);
        }
        double sp = Math.sqrt(Math.PI);
        assertEquals(sp, m0, 1e-14);
        assertEquals(sp / 2, m2, 1e-14);
        assertEquals(3 * sp / 4, m4, 1e-13);
        assertThrows(IllegalArgumentException.class, () -> new GaussHermite(601));
    }

    /** Doubling and halving the Hermite nodes changes nothing above rounding on the whole domain. */
    @Test
    void convergesUnderNodeRefinement() {
        BurgersColeHopf b100 = new BurgersColeHopf(NU, 100);
        BurgersColeHopf b200 = BurgersColeHopf.benchmark();
        BurgersColeHopf b400 = new BurgersColeHopf(NU, 400);
        BurgersColeHopf b50 = new BurgersColeHopf(NU, 50);
        double d100 = 0;
        double d400 = 0;
        double d50 = 0;
        for (double t : new double[] {0.01, 0.2, 0.4, 0.6, 0.8, 1.0}) {
            for (int i = 0; i <= 400; i++) {
                double x = -1 + i / 200.0;
                double u = b200.value(t, x);
                d100 = Math.max(d100, Math.abs(b100.value(t, x) - u));
                d400 = Math.max(d400, Math.abs(b400.value(t, x) - u));
                d50 = Math.max(d50, Math.abs(b50.value(t, x) - u));
            }
        }
        assertTrue(d100 < 1e-13, "n=100 vs 200: " + d100);
        assertTrue(d400 < 1e-13, "n=400 vs 200: " + d400);
        assertTrue(d50 > d100, "n=50 should be visibly less accurate: " + d50);
    }

    /** An independent quadrature: composite 20-point Gauss–Legendre on the original z-integrals. */
    @Test
    void agreesWithAdaptiveLegendreQuadratureOfTheOriginalIntegrals() {
        BurgersColeHopf b = BurgersColeHopf.benchmark();
        double[][] pts = {{0.25, 0.3}, {0.5, 0.0}, {0.5, 0.01}, {1.0, -0.004}, {1.0, 0.5}, {0.75, -0.9}, {0.05, 0.7}};
        for (double[] p : pts) {
            double ref = legendre(p[0], p[1]);
            assertEquals(ref, b.value(p[0], p[1]), 1e-12, "t=" + p[0] + " x=" + p[1]);
        }
    }

    private static double legendre(double t, double x) {
        double s2 = 4 * NU * t;
        double k = 1 / (2 * Math.PI * NU);
        double half = Math.sqrt(s2 * (2 * k + 60)); // e^{-z²/s2} below e^{-2k-60} beyond
        // Max of the exponent on a fine grid, for stabilisation.
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 20000; i++) {
            double z = -half + 2 * half * i / 20000;
            max = Math.max(max, -k * Math.cos(Math.PI * (x - z)) - z * z / s2);
        }
        final double m = max;
        int panels = 400;
        double num = 0;
        double den = 0;
        for (int p = 0; p < panels; p++) {
            double a = -half + 2 * half * p / panels;
            double bnd = a + 2 * half / panels;
            GaussIntegrator gi = new GaussIntegratorFactory().legendre(20, a, bnd);
            num += gi.integrate(z -> Math.sin(Math.PI * (x - z)) * Math.exp(-k * Math.cos(Math.PI * (x - z)) - z * z / s2 - m));
            den += gi.integrate(z -> Math.exp(-k * Math.cos(Math.PI * (x - z)) - z * z / s2 - m));
        }
        return -num / den;
    }

    /** Basdevant et al. (1986): max |u_x| = 152.00516 at x = 0, t = 1.6037/π. */
    @Test
    void reproducesTheBasdevantMaximumSlope() {
        BurgersColeHopf b = BurgersColeHopf.benchmark();
        assertEquals(-152.00516, b.derivativeX(1.6037 / Math.PI, 0), 1e-5);
    }

    /** u_t + u u_x − ν u_xx = 0 with 6th-order central differences, away from the shock. */
    @Test
    void satisfiesBurgersEquationByFiniteDifferences() {
        BurgersColeHopf b = BurgersColeHopf.benchmark();
        double h = 1e-3;
        for (double[] p : new double[][] {{0.3, 0.5}, {0.7, -0.6}, {0.9, 0.3}, {0.1, -0.2}}) {
            double t = p[0];
            double x = p[1];
            double ut = d1(s -> b.value(s, x), t, h);
            double ux = b.derivativeX(t, x);
            double uxx = d1(s -> b.derivativeX(t, s), x, h);
            double u = b.value(t, x);
            assertEquals(d1(s -> b.value(t, s), x, h), ux, 1e-9, "u_x formula vs FD");
            assertEquals(0, ut + u * ux - NU * uxx, 1e-9, "residual at t=" + t + ", x=" + x);
        }
        assertEquals(0, b.value(0.6, 1.0), 1e-14);
        assertEquals(-Math.sin(Math.PI * 0.3), b.value(0, 0.3), 0);
    }

    private static double d1(java.util.function.DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + 3 * h) - 9 * f.applyAsDouble(x + 2 * h) + 45 * f.applyAsDouble(x + h)
                - 45 * f.applyAsDouble(x - h) + 9 * f.applyAsDouble(x - 2 * h) - f.applyAsDouble(x - 3 * h)) / (60 * h);
    }
}
