package org.sven4j.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.lapack.LAPACK;
import org.ejml.data.DMatrixRMaj;

/**
 * {@link LinearAlgebra} over netlib BLAS/LAPACK. A row-major m×n matrix is the column-major n×m
 * matrix Aᵀ with leading dimension n, so every call is mapped by transposition, without copying.
 */
final class NetlibLinearAlgebra implements LinearAlgebra {
    private final Backend backend;
    private final BLAS blas;
    private final LAPACK lapack;

    NetlibLinearAlgebra(Backend backend, BLAS blas, LAPACK lapack) {
        this.backend = backend;
        this.blas = blas;
        this.lapack = lapack;
    }

    @Override public Backend backend() { return backend; }

    @Override
    public String description() {
        return backend + " (" + blas.getClass().getSimpleName() + ", " + lapack.getClass().getSimpleName() + ")";
    }

    @Override
    public void gemm(boolean transA, boolean transB, double alpha, DMatrixRMaj a, DMatrixRMaj b, double beta,
            DMatrixRMaj c) {
        int m = transA ? a.numCols : a.numRows;
        int k = transA ? a.numRows : a.numCols;
        int kb = transB ? b.numCols : b.numRows;
        int n = transB ? b.numRows : b.numCols;
        if (k != kb || c.numRows != m || c.numCols != n) {
            throw new IllegalArgumentException("gemm shapes: op(A) is " + m + "x" + k + ", op(B) is " + kb + "x" + n
                    + ", C is " + c.numRows + "x" + c.numCols);
        }
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0) {
            scale(beta, c);
            return;
        }
        // Column-major: Cᵀ = op(B)ᵀ·op(A)ᵀ.
        blas.dgemm(transB ? "T" : "N", transA ? "T" : "N", n, m, k, alpha, b.data, Math.max(1, b.numCols),
                a.data, Math.max(1, a.numCols), beta, c.data, Math.max(1, n));
    }

    private static void scale(double beta, DMatrixRMaj c) {
        int len = c.getNumElements();
        for (int i = 0; i < len; i++) {
            c.data[i] = beta == 0 ? 0 : beta * c.data[i];
        }
    }

    @Override
    public void syrk(boolean transA, double alpha, DMatrixRMaj a, double beta, DMatrixRMaj c) {
        int n = transA ? a.numCols : a.numRows;
        int k = transA ? a.numRows : a.numCols;
        if (c.numRows != n || c.numCols != n) {
            throw new IllegalArgumentException("syrk: C is " + c.numRows + "x" + c.numCols + ", need " + n + "x" + n);
        }
        if (n == 0) {
            return;
        }
        if (k == 0) {
            scale(beta, c);
            return;
        }
        // Row-major A (m×k) is column-major Aᵀ with lda = k; A·Aᵀ = (Aᵀ)ᵀ·Aᵀ → trans "T".
        blas.dsyrk("L", transA ? "N" : "T", n, k, alpha, a.data, Math.max(1, a.numCols), beta, c.data, Math.max(1, n));
        // Column-major lower = row-major upper; mirror it into the row-major lower triangle.
        double[] d = c.data;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                d[i * n + j] = d[j * n + i];
            }
        }
    }

    @Override
    public void gemv(boolean transA, double alpha, DMatrixRMaj a, double[] x, double beta, double[] y) {
        int rows = transA ? a.numCols : a.numRows;
        int cols = transA ? a.numRows : a.numCols;
        if (x.length != cols || y.length != rows) {
            throw new IllegalArgumentException("gemv shapes: op(A) is " + rows + "x" + cols + ", x has " + x.length
                    + ", y has " + y.length);
        }
        if (rows == 0) {
            return;
        }
        if (cols == 0) {
            for (int i = 0; i < rows; i++) {
                y[i] = beta == 0 ? 0 : beta * y[i];
            }
            return;
        }
        blas.dgemv(transA ? "N" : "T", a.numCols, a.numRows, alpha, a.data, Math.max(1, a.numCols), x, 1, beta, y, 1);
    }

    @Override
    public ThinSvd svd(DMatrixRMaj a, boolean vectors) {
        throw new UnsupportedOperationException("svd: pending (linalg helper)");
    }

    @Override
    public SymmetricEigen eigenSymmetric(DMatrixRMaj s, int count) {
        throw new UnsupportedOperationException("eigenSymmetric: pending (linalg helper)");
    }

    @Override
    public ThinQr qr(DMatrixRMaj a) {
        throw new UnsupportedOperationException("qr: pending (linalg helper)");
    }

    @Override
    public void cholesky(DMatrixRMaj a) {
        throw new UnsupportedOperationException("cholesky: pending (linalg helper)");
    }

    @Override
    public void solveLowerTriangular(boolean transL, DMatrixRMaj l, DMatrixRMaj b) {
        throw new UnsupportedOperationException("solveLowerTriangular: pending (linalg helper)");
    }
}
