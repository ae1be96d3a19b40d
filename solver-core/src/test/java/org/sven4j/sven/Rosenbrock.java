package org.sven4j.sven;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.lsq.ResidualSystem;

/**
 * Rosenbrock as residuals r = (10(x₂ − x₁²), 1 − x₁), minimum 0 at (1, 1). Optionally returns NaN
 * residuals in a region, or throws after a number of Jacobians, to exercise failure handling.
 */
final class Rosenbrock implements ResidualSystem {
    private final double nanBelow;
    private final int throwAfterJacobians;
    int nanEvaluations;
    int jacobians;

    Rosenbrock() {
        this(Double.NEGATIVE_INFINITY, Integer.MAX_VALUE);
    }

    /**
     * @param nanBelow residuals are NaN where x₂ &lt; nanBelow
     * @param throwAfterJacobians the Jacobian evaluation after this many throws
     */
    Rosenbrock(double nanBelow, int throwAfterJacobians) {
        this.nanBelow = nanBelow;
        this.throwAfterJacobians = throwAfterJacobians;
    }

    @Override public int parameterCount() { return 2; }

    @Override public int residualCount() { return 2; }

    @Override
    public void residuals(double[] x, double[] r) {
        if (x[1] < nanBelow) {
            nanEvaluations++;
            r[0] = Double.NaN;
            r[1] = Double.NaN;
            return;
        }
        r[0] = 10 * (x[1] - x[0] * x[0]);
        r[1] = 1 - x[0];
    }

    @Override
    public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
        if (++jacobians > throwAfterJacobians) {
            throw new IllegalStateException("simulated failure in the model");
        }
        residuals(x, r);
        j.set(0, 0, -20 * x[0]);
        j.set(0, 1, 10);
        j.set(1, 0, -1);
        j.set(1, 1, 0);
    }
}
