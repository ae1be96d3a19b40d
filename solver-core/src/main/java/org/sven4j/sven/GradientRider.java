package org.sven4j.sven;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.lsq.JacobianOperator;

/**
 * The Jacobian handed to the SVD back-end, which also yields the gradient g = Jᵀr: g rides along the first Jᵀ·U
 * the back-end asks for, as one extra column, so on a matrix-free J (where every product is a pass over J) it costs
 * no pass of its own. A back-end that reads the dense J directly asks for no product; {@link #gradient} then
 * computes g by a product of its own (2·N·P flops).
 */
final class GradientRider implements JacobianOperator {
    private final JacobianOperator inner;
    private final double[] r;
    private double[] g;

    GradientRider(JacobianOperator inner, double[] r) {
        this.inner = inner;
        this.r = r;
    }

    @Override public int rows() { return inner.rows(); }

    @Override public int cols() { return inner.cols(); }

    @Override public DMatrixRMaj dense() { return inner.dense(); }

    @Override
    public void multiply(DMatrixRMaj v, DMatrixRMaj out) {
        inner.multiply(v, out);
    }

    @Override
    public void multiplyTranspose(DMatrixRMaj u, DMatrixRMaj out) {
        if (g != null) {
            inner.multiplyTranspose(u, out);
            return;
        }
        int n = u.numRows;
        int b = u.numCols;
        int p = out.numRows;
        DMatrixRMaj ur = new DMatrixRMaj(n, b + 1);
        for (int i = 0; i < n; i++) {
            System.arraycopy(u.data, i * b, ur.data, i * (b + 1), b);
            ur.data[i * (b + 1) + b] = r[i];
        }
        DMatrixRMaj both = new DMatrixRMaj(p, b + 1);
        inner.multiplyTranspose(ur, both);
        g = new double[p];
        for (int j = 0; j < p; j++) {
            System.arraycopy(both.data, j * (b + 1), out.data, j * b, b);
            g[j] = both.data[j * (b + 1) + b];
        }
    }

    /** @return g = Jᵀr, written into {@code into} (length P) */
    double[] gradient(double[] into) {
        if (g == null) {
            inner.multiplyTranspose(DMatrixRMaj.wrap(r.length, 1, r), DMatrixRMaj.wrap(into.length, 1, into));
        } else {
            System.arraycopy(g, 0, into, 0, g.length);
        }
        return into;
    }
}
