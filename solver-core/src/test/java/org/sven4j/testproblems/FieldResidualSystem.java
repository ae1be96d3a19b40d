package org.sven4j.testproblems;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.analysis.differentiation.GradientField;
import org.hipparchus.util.Binary64;
import org.hipparchus.util.Binary64Field;
import org.hipparchus.util.MathArrays;
import org.sven4j.lsq.ResidualSystem;

/**
 * A {@link FieldFunction} as a {@link ResidualSystem}: residuals in plain double arithmetic
 * (Binary64) and the Jacobian by forward-mode automatic differentiation (Gradient, O(n) per
 * operation), so J is exact to rounding.
 */
public final class FieldResidualSystem implements ResidualSystem {
    private final FieldFunction function;

    public FieldResidualSystem(FieldFunction function) {
        this.function = function;
    }

    @Override
    public int parameterCount() { return function.variables(); }

    @Override
    public int residualCount() { return function.residuals(); }

    @Override
    public void residuals(double[] theta, double[] residuals) {
        check(theta);
        Binary64[] x = MathArrays.buildArray(Binary64Field.getInstance(), theta.length);
        for (int j = 0; j < x.length; j++) {
            x[j] = new Binary64(theta[j]);
        }
        Binary64[] r = MathArrays.buildArray(Binary64Field.getInstance(), function.residuals());
        function.evaluate(x, r);
        for (int i = 0; i < r.length; i++) {
            residuals[i] = r[i].getReal();
        }
    }

    @Override
    public void residualsAndJacobian(double[] theta, double[] residuals, DMatrixRMaj jacobian) {
        check(theta);
        int n = theta.length;
        int m = function.residuals();
        if (jacobian.numRows != m || jacobian.numCols != n) {
            throw new IllegalArgumentException("jacobian must be " + m + "x" + n + ", got "
                    + jacobian.numRows + "x" + jacobian.numCols);
        }
        Gradient[] x = new Gradient[n];
        for (int j = 0; j < n; j++) {
            x[j] = Gradient.variable(n, j, theta[j]);
        }
        Gradient[] r = MathArrays.buildArray(GradientField.getField(n), m);
        function.evaluate(x, r);
        for (int i = 0; i < m; i++) {
            residuals[i] = r[i].getValue();
            System.arraycopy(r[i].getGradient(), 0, jacobian.data, i * n, n);
        }
    }

    private void check(double[] theta) {
        if (theta.length != function.variables()) {
            throw new IllegalArgumentException("theta has length " + theta.length + ", expected " + function.variables());
        }
    }
}
