package org.sven4j.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Dense double-precision kernels on row-major {@link DMatrixRMaj} storage (BLAS levels 2–3 and the
 * LAPACK factorisations Sven needs). Implementations are thread-safe and stateless apart from
 * their immutable configuration.
 *
 * <p>Shapes are checked; a mismatch raises {@link IllegalArgumentException} naming the operands.
 * Inputs are never modified unless the method says so.
 */
public interface LinearAlgebra {

    /** @return the back-end chosen at start-up (see {@link Backends}); the same instance for the life of the JVM */
    static LinearAlgebra get() {
        return Backends.DEFAULT;
    }

    /**
     * @return how {@link #get()} was chosen: the {@code sven4j.linalg} setting and, when a native library was passed
     *         over or failed to load, why
     */
    static String choice() {
        return Backends.choice();
    }

    /** @return the given back-end; {@link Backend#NATIVE} throws {@link UnsupportedOperationException} when no native BLAS loads */
    static LinearAlgebra of(Backend backend) {
        return Backends.of(backend);
    }

    /** @return which back-end this is */
    Backend backend();

    /**
     * @return whether equal inputs give equal bits whatever the memory alignment of the arrays (so that a solve
     *         repeats bit for bit at a fixed thread count); false for native kernels that peel loops to an
     *         alignment boundary, such as OpenBLAS's generic Prescott kernels on a CPU it does not recognise
     */
    default boolean isReproducible() {
        return true;
    }

    /** @return a one-line description: back-end, implementation classes, threads */
    String description();

    /**
     * C ← α·op(A)·op(B) + β·C, op(X) = X or Xᵀ. 2·m·n·k flops.
     * C must not alias A or B. With β = 0, C's previous content (even NaN) is ignored.
     */
    void gemm(boolean transA, boolean transB, double alpha, DMatrixRMaj a, DMatrixRMaj b, double beta, DMatrixRMaj c);

    /**
     * C ← α·A·Aᵀ + β·C (or α·Aᵀ·A + β·C when {@code transA}); both triangles of C are filled.
     * m·m·k flops for C m×m.
     */
    void syrk(boolean transA, double alpha, DMatrixRMaj a, double beta, DMatrixRMaj c);

    /** y ← α·op(A)·x + β·y. */
    void gemv(boolean transA, double alpha, DMatrixRMaj a, double[] x, double beta, double[] y);

    /**
     * Thin SVD A = U·diag(s)·Vᵀ of an m×n matrix, r = min(m, n), s descending. Divide and conquer
     * (gesdd) with QR-iteration (gesvd) as a fallback when gesdd fails to converge.
     * O(m·n·r) flops.
     *
     * @param a m×n, not modified
     * @param vectors whether U and V are wanted; if false, they are null in the result
     */
    ThinSvd svd(DMatrixRMaj a, boolean vectors);

    /**
     * Eigen-decomposition S = W·diag(λ)·Wᵀ of a symmetric n×n matrix (only its lower triangle is read),
     * eigenvalues descending.
     *
     * @param s n×n symmetric, not modified
     * @param count how many of the largest eigenpairs to return (1..n); n for all
     */
    SymmetricEigen eigenSymmetric(DMatrixRMaj s, int count);

    /**
     * Thin Householder QR A = Q·R of a tall m×n matrix (m ≥ n): Q m×n with orthonormal columns, R n×n upper triangular.
     *
     * @param a m×n, not modified
     */
    ThinQr qr(DMatrixRMaj a);

    /**
     * Cholesky factorisation in place: on return the lower triangle of {@code a} holds L with A = L·Lᵀ
     * and the strict upper triangle is zero.
     *
     * @throws ArithmeticException if A is not positive definite (naming the failing pivot)
     */
    void cholesky(DMatrixRMaj a);

    /**
     * Solves op(L)·X = B in place for X (B ← X), L lower triangular n×n, B n×b.
     *
     * @param transL solve with Lᵀ instead of L
     */
    void solveLowerTriangular(boolean transL, DMatrixRMaj l, DMatrixRMaj b);
}
