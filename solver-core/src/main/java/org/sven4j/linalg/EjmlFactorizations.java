package org.sven4j.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.decomposition.chol.CholeskyDecomposition_DDRB_to_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The factorisations where EJML 0.46.1 beats netlib's pure-Java (F2J) LAPACK on this project's machine kind
 * (figures in {@link JavaLinearAlgebra}). Same contracts as {@link LinearAlgebra}: inputs are copied, results
 * sorted descending. Argument checks are done by the caller.
 */
final class EjmlFactorizations {
    private EjmlFactorizations() {
    }

    /** Thin SVD with U and V (EJML's bidiagonal QR iteration), sorted descending. */
    static ThinSvd svdWithVectors(DMatrixRMaj a) {
        int m = a.numRows;
        int n = a.numCols;
        SingularValueDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.svd(m, n, true, true, true);
        if (!d.decompose(a.copy())) {
            throw new ArithmeticException("svd: EJML's SVD did not converge for a " + m + "x" + n + " matrix");
        }
        DMatrixRMaj u = d.getU(null, false);
        DMatrixRMaj v = d.getV(null, false);
        DMatrixRMaj w = d.getW(null);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);
        int r = Math.min(m, n);
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = w.get(i, i);
        }
        return new ThinSvd(u, s, v);
    }

    /**
     * All eigenpairs of a symmetric matrix (Householder tridiagonalisation + implicit QR). The lower triangle is
     * mirrored into a full symmetric copy first, as the contract reads only the lower triangle.
     */
    static SymmetricEigen eigenAll(DMatrixRMaj s) {
        int n = s.numRows;
        DMatrixRMaj full = symmetricFromLower(s);
        EigenDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.eig(n, true, true);
        if (!d.decompose(full)) {
            throw new ArithmeticException("eigenSymmetric: EJML's eigensolver did not converge for n = " + n);
        }
        Integer[] order = new Integer[n];
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            lambda[i] = d.getEigenvalue(i).real;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(lambda[y], lambda[x]));
        double[] values = new double[n];
        DMatrixRMaj vectors = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            int src = order[k];
            values[k] = lambda[src];
            DMatrixRMaj w = d.getEigenVector(src);
            for (int i = 0; i < n; i++) {
                vectors.data[i * n + k] = w.data[i];
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /** Thin Householder QR (column-oriented), m ≥ n. */
    static ThinQr qr(DMatrixRMaj a) {
        QRDecomposition<DMatrixRMaj> d = DecompositionFactory_DDRM.qr(a.numRows, a.numCols);
        if (!d.decompose(a.copy())) {
            throw new ArithmeticException("qr: EJML's QR failed for a " + a.numRows + "x" + a.numCols + " matrix");
        }
        return new ThinQr(d.getQ(null, true), d.getR(null, true));
    }

    /**
     * @return a full symmetric copy of the lower triangle of the square matrix s: EJML's small-matrix Cholesky
     *         reads the upper triangle and its blocked one the lower, so both must hold the same values. The
     *         upper part comes from EJML's cache-blocked transpose, the lower part row by row.
     */
    private static DMatrixRMaj symmetricFromLower(DMatrixRMaj s) {
        int n = s.numRows;
        DMatrixRMaj full = CommonOps_DDRM.transpose(s, new DMatrixRMaj(n, n));
        for (int i = 0; i < n; i++) {
            System.arraycopy(s.data, i * n, full.data, i * n, i + 1);
        }
        return full;
    }

    /**
     * In-place lower Cholesky factor of a copy of A, or false when EJML finds a non-positive pivot (A is left
     * unchanged then, so that the caller can locate the pivot).
     */
    static boolean cholesky(DMatrixRMaj a) {
        int n = a.numRows;
        CholeskyDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.chol(n, true);
        // The blocked variant (large n) reads only the lower triangle: a plain copy will do.
        DMatrixRMaj work = d instanceof CholeskyDecomposition_DDRB_to_DDRM ? a.copy() : symmetricFromLower(a);
        if (!d.decompose(work)) {
            return false;
        }
        d.getT(a);
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(a.data, i * n + i + 1, i * n + n, 0.0);
        }
        return true;
    }
}
