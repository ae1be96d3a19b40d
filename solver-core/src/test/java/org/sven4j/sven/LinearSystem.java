package org.sven4j.sven;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.lsq.ResidualSystem;

/** r(θ) = A·θ − b, J = A. */
final class LinearSystem implements ResidualSystem {
    private final DMatrixRMaj a;
    private final double[] b;

    LinearSystem(DMatrixRMaj a, double[] b) {
        this.a = a;
        this.b = b;
    }

    @Override public int parameterCount() { return a.numCols; }

    @Override public int residualCount() { return a.numRows; }

    @Override
    public void residuals(double[] theta, double[] r) {
        for (int i = 0; i < a.numRows; i++) {
            double s = -b[i];
            for (int j = 0; j < a.numCols; j++) {
                s += a.get(i, j) * theta[j];
            }
            r[i] = s;
        }
    }

    @Override
    public void residualsAndJacobian(double[] theta, double[] r, DMatrixRMaj jacobian) {
        residuals(theta, r);
        jacobian.setTo(a);
    }
}
