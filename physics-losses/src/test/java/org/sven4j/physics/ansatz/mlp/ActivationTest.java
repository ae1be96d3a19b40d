package org.sven4j.physics.ansatz.mlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
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
