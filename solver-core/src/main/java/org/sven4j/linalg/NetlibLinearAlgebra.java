package org.sven4j.linalg;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.lapack.LAPACK;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import org.ejml.data.DMatrixRMaj;
import org.netlib.util.intW;

/**
 * {@link LinearAlgebra} over netlib BLAS/LAPACK. A row-major m×n matrix is the column-major n×m matrix Aᵀ with
 * leading dimension n, so every call is mapped by transposition, without copying.
 *
 * <p>For the single-threaded pure-Java BLAS ({@link Backend#JAVA}) GEMM, SYRK and TRSM are cut into independent
 * row (or right-hand-side) slabs, at most {@code slabs}, run on {@link Threads#pool()}. SYRK then runs as DGEMM on
 * row blocks of the upper triangle and TRSM as a left-side solve on a transposed copy of B, whatever the slab count,
 * and every output entry is computed by one BLAS call over the full inner dimension: the result is bit-identical
 * for any slab (thread) count. Native OpenBLAS threads internally and calls each routine once.
 */
final class NetlibLinearAlgebra implements LinearAlgebra {
    /** Below this many flops per slab, splitting costs more than it saves. */
    private static final double MIN_FLOPS_PER_SLAB = 2e6;
    /** Narrowest right-hand-side slab for TRSM (doubles), so that slabs rarely share cache lines. */
    private static final int MIN_TRSM_COLUMNS = 32;

    private final Backend backend;
    private final BLAS blas;
    private final LAPACK lapack;
    private final int slabs;
    private final boolean alignmentIndependent;
    /** The native library behind blas and lapack (thread control and identity), or null for the Java ones. */
    private final NativeLibrary library;

    NetlibLinearAlgebra(Backend backend, BLAS blas, LAPACK lapack, int slabs) {
        this(backend, blas, lapack, slabs, true, null);
    }

    /**
     * @param alignmentIndependent what {@link AlignmentProbe} found for this BLAS/LAPACK
     * @param library the native library they run on, or null
     */
    NetlibLinearAlgebra(Backend backend, BLAS blas, LAPACK lapack, int slabs, boolean alignmentIndependent,
            NativeLibrary library) {
        if (slabs < 1) {
            throw new IllegalArgumentException("slabs = " + slabs + " must be >= 1");
        }
        this.backend = backend;
        this.blas = blas;
        this.lapack = lapack;
        this.slabs = slabs;
        this.alignmentIndependent = alignmentIndependent;
        this.library = library;
    }

    /** Sets the native thread count for a call of the given work (see {@link NativeLibrary#threadsFor}). */
    private void threadsFor(double work) {
        if (library != null) {
            library.threadsFor(work);
        }
    }

    /** @return m·n·min(m, n) of a (0 for null, which the shape checks then report) */
    private static double work(DMatrixRMaj a) {
        return a == null ? 0 : (double) a.numRows * a.numCols * Math.min(a.numRows, a.numCols);
    }

    @Override public boolean isReproducible() { return alignmentIndependent; }

    @Override public Backend backend() { return backend; }

    @Override
    public String description() {
        return backend + " (" + (library != null ? library.describe()
                : blas.getClass().getSimpleName() + ", " + lapack.getClass().getSimpleName())
                + (slabs > 1 ? ", " + slabs + " Java threads" : "")
                + (alignmentIndependent ? "" : "; NOT REPRODUCIBLE: kernels depend on memory alignment") + ")";
    }

    @Override
    public void gemm(boolean transA, boolean transB, double alpha, DMatrixRMaj a, DMatrixRMaj b, double beta,
            DMatrixRMaj c) {
        threadsFor(Double.POSITIVE_INFINITY);
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
        // Column-major: Cᵀ = op(B)ᵀ·op(A)ᵀ. Rows i0..i1 of C are columns i0..i1 of Cᵀ and of op(A)ᵀ.
        int lda = Math.max(1, a.numCols);
        int ldb = Math.max(1, b.numCols);
        String tb = transB ? "T" : "N";
        String ta = transA ? "T" : "N";
        inSlabs(m, 2.0 * m * n * k, slabs, (i0, i1) -> blas.dgemm(tb, ta, n, i1 - i0, k, alpha, b.data, 0, ldb,
                a.data, transA ? i0 : i0 * lda, lda, beta, c.data, i0 * n, n));
    }

    /** A piece of work on rows [from, to). */
    @FunctionalInterface
    private interface Slab {
        void run(int from, int to);
    }

    /** @return how many slabs {@link #inSlabs} cuts this work into */
    private static int slabCount(int rows, double flops, int pieces) {
        return (int) Math.min(Math.min(pieces, rows), Math.max(1.0, flops / MIN_FLOPS_PER_SLAB));
    }

    /**
     * Runs {@code body} over [0, rows) in at most {@code pieces} contiguous slabs on {@link Threads#pool()},
     * or inline when there is one slab or too little work.
     */
    private static void inSlabs(int rows, double flops, int pieces, Slab body) {
        int p = slabCount(rows, flops, pieces);
        if (p <= 1) {
            body.run(0, rows);
            return;
        }
        List<RecursiveAction> tasks = new ArrayList<>(p);
        for (int t = 0; t < p; t++) {
            int from = (int) ((long) rows * t / p);
            int to = (int) ((long) rows * (t + 1) / p);
            tasks.add(new RecursiveAction() {
                @Override
                protected void compute() {
                    body.run(from, to);
                }
            });
        }
        RecursiveAction all = new RecursiveAction() {
            @Override
            protected void compute() {
                ForkJoinTask.invokeAll(tasks);
            }
        };
        ForkJoinPool pool = Threads.pool();
        if (ForkJoinTask.getPool() == pool) {
            all.invoke();
        } else {
            pool.invoke(all);
        }
    }

    private static void scale(double beta, DMatrixRMaj c) {
        int len = c.getNumElements();
        for (int i = 0; i < len; i++) {
            c.data[i] = beta == 0 ? 0 : beta * c.data[i];
        }
    }

    @Override
    public void syrk(boolean transA, double alpha, DMatrixRMaj a, double beta, DMatrixRMaj c) {
        threadsFor(Double.POSITIVE_INFINITY);
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
        int lda = Math.max(1, a.numCols);
        if (backend == Backend.NATIVE) {
            // Row-major A (m×k) is column-major Aᵀ with lda = k; A·Aᵀ = (Aᵀ)ᵀ·Aᵀ → trans "T".
            blas.dsyrk("L", transA ? "N" : "T", n, k, alpha, a.data, lda, beta, c.data, Math.max(1, n));
        } else {
            // With P = op(A), row block [i0, i1) of C's row-major upper part is C[i0:i1, i0:n] = P[i0:i1]·P[i0:n]ᵀ,
            // i.e. the column-major (n−i0)×(i1−i0) block P[i0:n]·P[i0:i1]ᵀ at offset i0·n + i0. The blocks
            // shrink towards the bottom, so there are 4 per thread for the pool to balance.
            String t1 = transA ? "N" : "T";
            String t2 = transA ? "T" : "N";
            inSlabs(n, 1.0 * n * n * k, 4 * slabs, (i0, i1) -> blas.dgemm(t1, t2, n - i0, i1 - i0, k, alpha,
                    a.data, transA ? i0 : i0 * lda, lda, a.data, transA ? i0 : i0 * lda, lda, beta, c.data,
                    i0 * n + i0, n));
        }
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


    /**
     * Thin SVD through {@code dgesdd} (JOBZ = 'S', or 'N' without vectors), {@code dgesvd} when it does not converge.
     *
     * <p>LAPACK is called on a column-major p×q matrix B with p = r = min(m, n) ≤ q, so its U' is only r×r
     * (netlib's bounds check asks {@code u.length ≥ p·p} even for JOBZ = 'S'; a wide 1000×20000 J would otherwise
     * need a 20000² buffer). For tall A the row-major buffer already is B = Aᵀ (copied, since LAPACK destroys it);
     * for wide A, B = A is a transposed copy. From B = U'·S·V'ᵀ: V'ᵀ comes back as an r×q column-major array,
     * which read row-major is V' (q×r), and U' is transposed (r² copies). Tall: A = Bᵀ = V'·S·U'ᵀ, so U = V', V = U';
     * wide: U = U', V = V'.
     */
    @Override
    public ThinSvd svd(DMatrixRMaj a, boolean vectors) {
        threadsFor(work(a));
        Checks.requireNonNull("svd: a", a);
        Checks.requireFinite("svd", "a", a);
        int m = a.numRows;
        int n = a.numCols;
        int r = Math.min(m, n);
        if (r == 0) {
            return new ThinSvd(vectors ? new DMatrixRMaj(m, 0) : null, new double[0],
                    vectors ? new DMatrixRMaj(n, 0) : null);
        }
        boolean tall = m >= n;
        int q = Math.max(m, n);
        double[] s = new double[r];
        double[] u = new double[vectors ? r * r : 1];
        double[] vt = new double[vectors ? r * q : 1];
        String job = vectors ? "S" : "N";
        int ldu = vectors ? r : 1;
        int ldvt = vectors ? r : 1;

        double[] b = tall ? Checks.copyData(a) : Checks.transposedData(a);
        int[] iwork = new int[8 * r];
        intW info = new intW(0);
        double[] query = new double[1];
        lapack.dgesdd(job, r, q, b, 0, r, s, 0, u, 0, ldu, vt, 0, ldvt, query, 0, -1, iwork, 0, info);
        checkInfo("dgesdd workspace query", info);
        double[] work = new double[workSize(query[0])];
        lapack.dgesdd(job, r, q, b, 0, r, s, 0, u, 0, ldu, vt, 0, ldvt, work, 0, work.length, iwork, 0, info);
        if (info.val < 0) {
            checkInfo("dgesdd", info);
        }
        if (info.val > 0) {
            // Divide and conquer failed to converge: QR iteration on a fresh copy.
            b = tall ? Checks.copyData(a) : Checks.transposedData(a);
            info.val = 0;
            lapack.dgesvd(job, job, r, q, b, 0, r, s, 0, u, 0, ldu, vt, 0, ldvt, query, 0, -1, info);
            checkInfo("dgesvd workspace query", info);
            work = new double[workSize(query[0])];
            lapack.dgesvd(job, job, r, q, b, 0, r, s, 0, u, 0, ldu, vt, 0, ldvt, work, 0, work.length, info);
            checkInfo("dgesvd", info);
            if (info.val > 0) {
                throw new ArithmeticException("svd: neither dgesdd nor dgesvd converged (" + info.val
                        + " superdiagonals of the bidiagonal form did not converge) for a " + m + "x" + n + " matrix");
            }
        }
        if (!vectors) {
            return new ThinSvd(null, s, null);
        }
        DMatrixRMaj big = DMatrixRMaj.wrap(q, r, vt);
        DMatrixRMaj small = new DMatrixRMaj(r, r);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                small.data[i * r + j] = u[j * r + i];
            }
        }
        return tall ? new ThinSvd(big, s, small) : new ThinSvd(small, s, big);
    }

    /**
     * Symmetric eigenproblem. The row-major lower triangle of S is the column-major upper one, so LAPACK gets
     * UPLO = 'U' on a copy of the buffer. All pairs: {@code dsyevd} (divide and conquer), O(n³).
     * The top {@code count}: {@code dsyevr} with RANGE = 'I', IL = n − count + 1, IU = n (MRRR after the
     * O(n³) tridiagonal reduction, then O(n·count) per pair). LAPACK returns ascending order; it is reversed here.
     */
    @Override
    public SymmetricEigen eigenSymmetric(DMatrixRMaj s, int count) {
        threadsFor(work(s));
        Checks.requireSquare("eigenSymmetric", "s", s);
        int n = s.numRows;
        if (count < 1 || count > n) {
            if (!(n == 0 && count == 0)) {
                throw new IllegalArgumentException("eigenSymmetric: count = " + count + " must be in 1.." + n);
            }
        }
        Checks.requireFinite("eigenSymmetric", "s", s);
        if (n == 0) {
            return new SymmetricEigen(new double[0], new DMatrixRMaj(0, 0));
        }
        double[] a = Checks.copyData(s);
        double[] w = new double[n];
        intW info = new intW(0);
        double[] query = new double[1];
        int[] iquery = new int[1];
        double[] z;
        if (count == n) {
            lapack.dsyevd("V", "U", n, a, 0, n, w, 0, query, 0, -1, iquery, 0, -1, info);
            checkInfo("dsyevd workspace query", info);
            double[] work = new double[workSize(query[0])];
            int[] iwork = new int[Math.max(1, iquery[0])];
            lapack.dsyevd("V", "U", n, a, 0, n, w, 0, work, 0, work.length, iwork, 0, iwork.length, info);
            checkInfo("dsyevd", info);
            z = a;
        } else {
            z = new double[n * count];
            // LAPACK needs 2·count entries; netlib 3.2.0's bounds check asks for 2·n.
            int[] isuppz = new int[2 * n];
            intW found = new intW(0);
            int il = n - count + 1;
            lapack.dsyevr("V", "I", "U", n, a, 0, n, 0, 0, il, n, 0, found, w, 0, z, 0, n, isuppz, 0, query, 0, -1,
                    iquery, 0, -1, info);
            checkInfo("dsyevr workspace query", info);
            double[] work = new double[workSize(query[0])];
            int[] iwork = new int[Math.max(1, iquery[0])];
            lapack.dsyevr("V", "I", "U", n, a, 0, n, 0, 0, il, n, 0, found, w, 0, z, 0, n, isuppz, 0, work, 0,
                    work.length, iwork, 0, iwork.length, info);
            checkInfo("dsyevr", info);
            if (found.val != count) {
                throw new ArithmeticException("eigenSymmetric: dsyevr found " + found.val + " of " + count
                        + " eigenpairs");
            }
        }
        if (info.val > 0) {
            throw new ArithmeticException("eigenSymmetric: LAPACK failed to converge (info = " + info.val + ") for n = "
                    + n);
        }
        double[] values = new double[count];
        DMatrixRMaj vectors = new DMatrixRMaj(n, count);
        double[] out = vectors.data;
        for (int k = 0; k < count; k++) {
            int src = count - 1 - k;
            values[k] = w[src];
            int col = src * n;
            for (int i = 0; i < n; i++) {
                out[i * count + k] = z[col + i];
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /**
     * Thin QR by {@code dgeqrf} and {@code dorgqr} on a column-major copy of A (m×n, tall), then Q and R copied
     * back to row-major. 2·m·n² − 2n³/3 flops for the factorisation plus as many for Q, and two O(m·n)
     * transpositions (cheap next to the factorisation; the LQ of the row-major buffer read as Aᵀ needs none but
     * measured twice as slow, its panels walk rows with stride n).
     */
    @Override
    public ThinQr qr(DMatrixRMaj a) {
        threadsFor(work(a));
        Checks.requireNonNull("qr: a", a);
        int m = a.numRows;
        int n = a.numCols;
        if (m < n) {
            throw new IllegalArgumentException("qr: a must be tall (rows >= cols), is " + m + "x" + n);
        }
        Checks.requireFinite("qr", "a", a);
        if (n == 0) {
            return new ThinQr(new DMatrixRMaj(m, 0), new DMatrixRMaj(0, 0));
        }
        double[] b = Checks.transposedData(a);
        double[] tau = new double[n];
        intW info = new intW(0);
        double[] query = new double[1];
        lapack.dgeqrf(m, n, b, 0, m, tau, 0, query, 0, -1, info);
        checkInfo("dgeqrf workspace query", info);
        double[] work = new double[workSize(query[0])];
        lapack.dgeqrf(m, n, b, 0, m, tau, 0, work, 0, work.length, info);
        checkInfo("dgeqrf", info);
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= j; i++) {
                r.data[i * n + j] = b[j * m + i];
            }
        }
        lapack.dorgqr(m, n, n, b, 0, m, tau, 0, query, 0, -1, info);
        checkInfo("dorgqr workspace query", info);
        work = new double[Math.max(work.length, workSize(query[0]))];
        lapack.dorgqr(m, n, n, b, 0, m, tau, 0, work, 0, work.length, info);
        checkInfo("dorgqr", info);
        // b is Q column-major, i.e. Qᵀ row-major (n×m); its transpose is Q row-major.
        return new ThinQr(DMatrixRMaj.wrap(m, n, Checks.transposedData(DMatrixRMaj.wrap(n, m, b))), r);
    }

    /**
     * {@code dpotrf} with UPLO = 'U' on the buffer itself: column-major upper U with A = Uᵀ·U is row-major lower
     * L = Uᵀ. Reads the lower triangle of A. n³/3 flops. On failure A's content is partly overwritten.
     */
    @Override
    public void cholesky(DMatrixRMaj a) {
        threadsFor(work(a));
        Checks.requireSquare("cholesky", "a", a);
        int n = a.numRows;
        if (n == 0) {
            return;
        }
        intW info = new intW(0);
        lapack.dpotrf("U", n, a.data, 0, n, info);
        checkInfo("dpotrf", info);
        if (info.val > 0) {
            throw new ArithmeticException("cholesky: matrix is not positive definite: the leading minor of order "
                    + info.val + " (pivot " + (info.val - 1) + ", 0-based) of " + n + " is not positive");
        }
        double[] d = a.data;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(d, i * n + i + 1, i * n + n, 0.0);
        }
    }

    /**
     * {@code dtrsm}: row-major B (n×b) is column-major Bᵀ and row-major lower L is column-major upper Lᵀ, so
     * op(L)·X = B becomes Xᵀ·op(L)ᵀ = Bᵀ, a right-side solve with the column-major upper matrix Lᵀ (TRANSA = 'N'
     * for L, 'T' for Lᵀ). n²·b flops. No singularity check: a zero diagonal entry gives ±∞/NaN.
     */
    @Override
    public void solveLowerTriangular(boolean transL, DMatrixRMaj l, DMatrixRMaj b) {
        threadsFor(Double.POSITIVE_INFINITY);
        Checks.requireSquare("solveLowerTriangular", "l", l);
        Checks.requireNonNull("solveLowerTriangular: b", b);
        int n = l.numRows;
        if (b.numRows != n) {
            throw new IllegalArgumentException("solveLowerTriangular: l is " + n + "x" + n + " but b is "
                    + b.numRows + "x" + b.numCols);
        }
        int nb = b.numCols;
        if (n == 0 || nb == 0) {
            return;
        }
        if (backend == Backend.NATIVE) {
            blas.dtrsm("R", "U", transL ? "T" : "N", "N", nb, n, 1.0, l.data, 0, n, b.data, 0, nb);
            return;
        }
        // Right-hand sides are independent, but netlib's bounds check (offset + n·ldb ≤ length) forbids slabbing
        // the rows of the column-major Bᵀ. So B is transposed (2·n·b copies against n²·b flops) and solved from
        // the left in column slabs: op(L)·X = B with L = (column-major upper Lᵀ)ᵀ, hence TRANSA = 'T' for L.
        double[] bt = Checks.transposedData(b);
        String t = transL ? "N" : "T";
        inSlabs(nb, 1.0 * n * n * nb, Math.min(slabs, Math.max(1, nb / MIN_TRSM_COLUMNS)),
                (j0, j1) -> blas.dtrsm("L", "U", t, "N", n, j1 - j0, 1.0, l.data, 0, n, bt, j0 * n, n));
        double[] out = b.data;
        for (int j = 0; j < nb; j++) {
            for (int i = 0; i < n; i++) {
                out[i * nb + j] = bt[j * n + i];
            }
        }
    }

    private static int workSize(double query) {
        return Math.max(1, (int) Math.ceil(query));
    }

    private static void checkInfo(String routine, intW info) {
        if (info.val < 0) {
            throw new IllegalStateException(routine + ": argument " + (-info.val) + " had an illegal value");
        }
    }
}
