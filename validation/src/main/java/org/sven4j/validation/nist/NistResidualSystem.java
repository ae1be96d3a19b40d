package org.sven4j.validation.nist;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.util.Binary64;
import org.sven4j.lsq.ResidualSystem;

/**
 * A NIST dataset as a residual system with residuals rᵢ(b) = f(xᵢ; b) − yᵢ (model minus data, so
 * that J = ∂f/∂b) and the exact Jacobian from forward-mode automatic differentiation
 * ({@link Gradient}). The cost ½‖r‖² is half NIST's residual sum of squares. Residuals cost
 * O(n) model evaluations; the Jacobian O(n·P) since each Gradient operation is O(P).
 */
public final class NistResidualSystem implements ResidualSystem {
    private final String name;
    private final NistModel model;
    private final double[] x;
    private final double[] y;

    /**
     * @throws IllegalArgumentException if the model's parameter count differs from the dataset's
     */
    public NistResidualSystem(NistDataset dataset, NistModel model) {
        if (model.parameterCount() != dataset.parameterCount()) {
            throw new IllegalArgumentException("model " + model + " has " + model.parameterCount()
                    + " parameters but dataset " + dataset.name() + " has " + dataset.parameterCount());
        }
        this.name = dataset.name();
        this.model = model;
        this.x = dataset.x();
        this.y = dataset.y();
    }

    /** Uses the model named after the dataset ({@link NistModel#forDataset}). */
    public NistResidualSystem(NistDataset dataset) {
        this(dataset, NistModel.forDataset(dataset.name()));
    }

    /** @return the dataset name */
    public String name() { return name; }

    @Override
    public int parameterCount() { return model.parameterCount(); }

    @Override
    public int residualCount() { return x.length; }

    @Override
    public void residuals(double[] theta, double[] residuals) {
        checkTheta(theta);
        Binary64[] b = new Binary64[theta.length];
        for (int j = 0; j < b.length; j++) {
            b[j] = new Binary64(theta[j]);
        }
        for (int i = 0; i < x.length; i++) {
            residuals[i] = model.value(x[i], b).getReal() - y[i];
        }
    }

    @Override
    public void residualsAndJacobian(double[] theta, double[] residuals, DMatrixRMaj jacobian) {
        checkTheta(theta);
        int p = theta.length;
        if (jacobian.numRows != x.length || jacobian.numCols != p) {
            throw new IllegalArgumentException("jacobian must be " + x.length + "x" + p + ", got "
                    + jacobian.numRows + "x" + jacobian.numCols);
        }
        Gradient[] b = new Gradient[p];
        for (int j = 0; j < p; j++) {
            b[j] = Gradient.variable(p, j, theta[j]);
        }
        double[] jd = jacobian.data;
        for (int i = 0; i < x.length; i++) {
            Gradient f = model.value(x[i], b);
            residuals[i] = f.getValue() - y[i];
            double[] g = f.getGradient();
            System.arraycopy(g, 0, jd, i * p, p);
        }
    }

    /** @return Σᵢ rᵢ(b)², NIST's residual sum of squares at b */
    public double residualSumOfSquares(double[] theta) {
        double[] r = new double[x.length];
        residuals(theta, r);
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s;
    }

    private void checkTheta(double[] theta) {
        if (theta.length != model.parameterCount()) {
            throw new IllegalArgumentException(name + ": theta has length " + theta.length + ", expected "
                    + model.parameterCount());
        }
    }

    @Override
    public String toString() {
        return "NIST " + name;
    }
}
