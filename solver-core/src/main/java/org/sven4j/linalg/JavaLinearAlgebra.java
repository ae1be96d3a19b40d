package org.sven4j.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * The pure-Java back-end: per kernel, the faster of netlib's pure-Java BLAS/LAPACK ({@code Java11BLAS}, F2J
 * LAPACK; run by {@code lapack}, a {@link NetlibLinearAlgebra} that slabs BLAS-3 over {@link Threads#pool()})
 * and EJML 0.46.1, so that this fallback is never slower than EJML's own operation.
 *
 * <p>Choices and the figures behind them (seconds, best of 2–3 in one JVM after a warm-up call, 2-core AMD EPYC
 * Zen 3, JDK 17, shared machine so ±15%; single-threaded unless marked):
 * <table>
 * <caption>pure-Java kernel choice</caption>
 * <tr><th>kernel</th><th>netlib Java</th><th>EJML</th><th>chosen</th></tr>
 * <tr><td>gemm 500³</td><td>0.022 (≈11 GFLOP/s)</td><td>0.032; {@code CommonOps_MT_DDRM} 2 threads 0.017</td>
 *     <td>netlib, slabbed over threads</td></tr>
 * <tr><td>syrk AᵀA, A 500×500</td><td>dsyrk 0.028</td><td>multTransA 0.032, multInner 0.017, MT 0.017</td>
 *     <td>netlib dgemm on upper row blocks, slabbed over threads</td></tr>
 * <tr><td>thin SVD with U, V, 1000×300 / 2000×500</td><td>dgesdd 0.204 / 0.882</td><td>0.167 / 0.860</td>
 *     <td>EJML</td></tr>
 * <tr><td>singular values only, 1000×300 / 2000×500</td><td>dgesdd 0.064 / 0.280</td><td>0.073 / 0.324</td>
 *     <td>netlib</td></tr>
 * <tr><td>all eigenpairs, n = 400 / 800</td><td>dsyevd 0.086 / 0.500</td><td>0.063 / 0.460</td><td>EJML</td></tr>
 * <tr><td>top n/10 eigenpairs, n = 400 / 800</td><td>dsyevr 0.039 / 0.191</td><td>(all pairs) 0.063 / 0.458</td>
 *     <td>netlib</td></tr>
 * <tr><td>thin QR 1000×300 / 2000×500</td><td>dgelqf+dorglq 0.073 / 0.404</td><td>0.052 / 0.274</td><td>EJML</td></tr>
 * <tr><td>Cholesky n = 400 / 1000</td><td>dpotrf 0.011 / 0.080</td><td>0.008 / 0.039</td><td>EJML</td></tr>
 * <tr><td>triangular solve n = 400 / 1000, 300 / 900 right-hand sides</td><td>dtrsm 0.010 / 0.191</td>
 *     <td>TriangularSolver_DDRM 0.012 / 0.251</td><td>netlib, slabbed over right-hand sides</td></tr>
 * </table>
 * With the slabs on 2 threads (JMH smoke run of {@code KernelBenchmark}, machine shared): GEMM 300³ 22.7 GFLOP/s
 * against EJML's 7.4, AᵀA of 600×300 16.6 against EJML {@code multInner}'s 6.9; with the same machine loaded by
 * other jobs, GEMM 500³ 0.050 s against {@code CommonOps_MT_DDRM.mult}'s 0.059 s.
 * For reference, native OpenBLAS does the 2000×500 SVD in 0.12 s, the n = 800 eigenproblem in 0.055 s.
 * GEMV is memory-bound and stays with netlib. The Vector-API BLAS ({@code VectorBLAS}, about 15 GFLOP/s GEMM)
 * would need {@code --add-modules jdk.incubator.vector} on every JVM (surefire, the shaded jar's users) and is
 * not used.
 */
final class JavaLinearAlgebra implements LinearAlgebra {
    private final NetlibLinearAlgebra netlib;

    JavaLinearAlgebra(NetlibLinearAlgebra netlib) {
        this.netlib = netlib;
    }

    @Override public Backend backend() { return Backend.JAVA; }

    @Override
    public String description() {
        return "JAVA (" + netlib.description() + " for BLAS, singular values and partial eigenproblems;"
                + " EJML for SVD with vectors, full eigenproblems, QR, Cholesky)";
    }

    @Override
    public void gemm(boolean transA, boolean transB, double alpha, DMatrixRMaj a, DMatrixRMaj b, double beta,
            DMatrixRMaj c) {
        netlib.gemm(transA, transB, alpha, a, b, beta, c);
    }

    @Override
    public void syrk(boolean transA, double alpha, DMatrixRMaj a, double beta, DMatrixRMaj c) {
        netlib.syrk(transA, alpha, a, beta, c);
    }

    @Override
    public void gemv(boolean transA, double alpha, DMatrixRMaj a, double[] x, double beta, double[] y) {
        netlib.gemv(transA, alpha, a, x, beta, y);
    }

    @Override
    public ThinSvd svd(DMatrixRMaj a, boolean vectors) {
        if (!vectors || a == null || Math.min(a.numRows, a.numCols) == 0) {
            return netlib.svd(a, vectors);
        }
        Checks.requireFinite("svd", "a", a);
        return EjmlFactorizations.svdWithVectors(a);
    }

    @Override
    public SymmetricEigen eigenSymmetric(DMatrixRMaj s, int count) {
        if (s == null || s.numRows != s.numCols || count != s.numRows || count == 0) {
            return netlib.eigenSymmetric(s, count);
        }
        Checks.requireFinite("eigenSymmetric", "s", s);
        return EjmlFactorizations.eigenAll(s);
    }

    @Override
    public ThinQr qr(DMatrixRMaj a) {
        if (a == null || a.numRows < a.numCols || a.numCols == 0) {
            return netlib.qr(a);
        }
        Checks.requireFinite("qr", "a", a);
        return EjmlFactorizations.qr(a);
    }

    /** EJML; when it reports failure, LAPACK's dpotrf runs on the untouched input to name the pivot (or succeed). */
    @Override
    public void cholesky(DMatrixRMaj a) {
        Checks.requireSquare("cholesky", "a", a);
        if (a.numRows == 0 || !EjmlFactorizations.cholesky(a)) {
            netlib.cholesky(a);
        }
    }

    @Override
    public void solveLowerTriangular(boolean transL, DMatrixRMaj l, DMatrixRMaj b) {
        netlib.solveLowerTriangular(transL, l, b);
    }
}
