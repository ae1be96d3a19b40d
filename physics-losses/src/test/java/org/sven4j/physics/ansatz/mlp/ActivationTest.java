package org.sven4j.physics.ansatz.mlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.Test;

class ActivationTest {
    /** σ … σ''' against DerivativeStructure (GELU through DS's product rule on z·Φ(z)). */
    @Test
    void derivativesMatchDerivativeStructure() {
        DSFactory f = new DSFactory(1, 3);
        double worst = 0;
        double[] out = new double[4];
        for (Activation a : Activation.values()) {
            for (double z = -4; z <= 4; z += 0.37) {
                DerivativeStructure ds = MlpReference.apply(a, f.variable(0, z));
                a.derivatives(z, out);
                for (int r = 0; r <= 3; r++) {
                    double ref = ds.getPartialDerivative(r);
                    double e = Math.abs(out[r] - ref) / Math.max(1, Math.abs(ref));
                    worst = Math.max(worst, e);
                    assertTrue(e < 1e-13, a + " derivative " + r + " at " + z + ": " + out[r] + " vs " + ref);
                }
                assertTrue(Math.abs(a.value(z) - out[0]) <= 1e-15 * Math.max(1, Math.abs(out[0])));
            }
        }
        System.out.printf("activations: max error vs DS %.2e%n", worst);
    }

    /**
     * tanh against a 40-digit reference (Hipparchus Dfp, tanh z = (e^{2z} − 1)/(e^{2z} + 1)): within 1 ulp on the
     * series branch |z| &lt; 0.3 and within 3 ulps elsewhere, odd, and exact at the special values.
     */
    @Test
    void tanhIsAccurateToAFewUlps() {
        DfpField field = new DfpField(40);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        double worstSeries = 0;
        double worstExp = 0;
        for (int i = 0; i < 20000; i++) {
            double z = i < 10000 ? 0.6 * (2 * rng.nextDouble() - 1) : 20 * (2 * rng.nextDouble() - 1);
            if (i % 1000 == 0) {
                z = Math.scalb(1.0, -1 - i / 1000 * 50);
            }
            Dfp e2 = DfpMath.exp(field.newDfp(2 * z));
            // below 1e-9 the 40 digits cancel; there tanh z = z − z³/3 to far below an ulp
            double ref = Math.abs(z) < 1e-9 ? z - z * z * z / 3 : e2.subtract(1).divide(e2.add(1)).toDouble();
            double ulps = Math.abs(Activation.tanh(z) - ref) / Math.ulp(ref);
            if (Math.abs(z) < 0.3) {
                worstSeries = Math.max(worstSeries, ulps);
            } else {
                worstExp = Math.max(worstExp, ulps);
            }
            assertTrue(Activation.tanh(-z) == -Activation.tanh(z), "odd at " + z);
        }
        System.out.printf("tanh: max error %.2f ulp (|z| < 0.3), %.2f ulp (|z| >= 0.3)%n", worstSeries, worstExp);
        assertTrue(worstSeries <= 1, "series branch: " + worstSeries + " ulp");
        assertTrue(worstExp <= 3, "exp branch: " + worstExp + " ulp");
        assertTrue(Double.doubleToRawLongBits(Activation.tanh(-0.0)) == Double.doubleToRawLongBits(-0.0));
        assertTrue(Activation.tanh(Double.POSITIVE_INFINITY) == 1 && Activation.tanh(Double.NEGATIVE_INFINITY) == -1);
        assertTrue(Double.isNaN(Activation.tanh(Double.NaN)));
        assertTrue(Activation.tanh(Double.MIN_VALUE) == Double.MIN_VALUE);
    }

    /** GELU's σ', σ'', σ''' against 4th-order central differences of the lower derivative (DS above uses compose). */
    @Test
    void geluDerivativesMatchFiniteDifferences() {
        double h = 1e-3;
        double[] o = new double[4];
        double[] p1 = new double[4];
        double[] p2 = new double[4];
        double[] m1 = new double[4];
        double[] m2 = new double[4];
        for (double z = -3; z <= 3; z += 0.41) {
            Activation.GELU.derivatives(z, o);
            Activation.GELU.derivatives(z + h, p1);
            Activation.GELU.derivatives(z + 2 * h, p2);
            Activation.GELU.derivatives(z - h, m1);
            Activation.GELU.derivatives(z - 2 * h, m2);
            for (int r = 1; r <= 3; r++) {
                double fd = (8 * (p1[r - 1] - m1[r - 1]) - (p2[r - 1] - m2[r - 1])) / (12 * h);
                assertTrue(Math.abs(fd - o[r]) < 1e-10, "GELU derivative " + r + " at " + z + ": " + o[r] + " vs " + fd);
            }
        }
    }
}
