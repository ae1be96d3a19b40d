package org.sven4j.svd;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.lsq.JacobianOperator;

/** Helpers shared by the back-ends. */
final class Svds {
    private Svds() {
    }

    static DMatrixRMaj requireDense(JacobianOperator j, String backend) {
        DMatrixRMaj d = j.dense();
        if (d == null) {
            throw new IllegalArgumentException("the " + backend
                    + " SVD needs a dense Jacobian; use the lanczos or randomized back-end for a matrix-free one");
        }
        return d;
    }

    /** Keeps the leading columns of U and V allowed by the truncation. */
    static TruncatedSvd truncate(DMatrixRMaj u, double[] s, DMatrixRMaj v, int reliable, Truncation t, String method) {
        int k = t.keep(s, reliable);
        double[] sigma = java.util.Arrays.copyOf(s, k);
        double sigmaMax = s.length == 0 ? 0.0 : s[0];
        return new TruncatedSvd(sigma, leadingColumns(u, k), leadingColumns(v, k), sigmaMax, method);
    }

    static DMatrixRMaj leadingColumns(DMatrixRMaj a, int k) {
        if (a.numCols == k) {
            return a;
        }
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, k);
        for (int i = 0; i < a.numRows; i++) {
            System.arraycopy(a.data, i * a.numCols, out.data, i * k, k);
        }
        return out;
    }

    /** Scales column j of {@code a} by {@code f[j]} for j &lt; f.length. */
    static void scaleColumns(DMatrixRMaj a, double[] f) {
        int n = a.numCols;
        for (int i = 0; i < a.numRows; i++) {
            int row = i * n;
            for (int j = 0; j < f.length; j++) {
                a.data[row + j] *= f[j];
            }
        }
    }

    static DMatrixRMaj transpose(DMatrixRMaj a) {
        DMatrixRMaj t = new DMatrixRMaj(a.numCols, a.numRows);
        org.ejml.dense.row.CommonOps_DDRM.transpose(a, t);
        return t;
    }
}
