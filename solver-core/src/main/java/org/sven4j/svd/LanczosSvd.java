package org.sven4j.svd;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.ThinSvd;
import org.sven4j.lsq.JacobianOperator;

/**
 * Matrix-free Golub–Kahan–Lanczos bidiagonalisation with full re-orthogonalisation for the top k
 * singular triplets. After L steps J·V_L = U_L·B_L with B_L upper bidiagonal; the SVD
 * B_L = X·Σ·Yᵀ gives Ritz triplets (U_L·X, σ, V_L·Y) whose residual ‖Jᵀu − σv‖ equals
 * |β_L·X_{L,i}|. The process is extended until the top k (those above rtol·σ₁) have residual
 * ≤ tol·σ₁, or L = min(N, P), where it is exact.
 *
 * <p>Limitation: a single start vector sees an exactly repeated singular value once; further copies
 * appear only through rounding, so the top k of a spectrum with exact multiplicities may miss
 * copies. Use {@link RandomizedSvd} (a block method) for such matrices.
 *
 * <p>Cost: one product with J and one with Jᵀ per step, plus O((N + P)·L) for re-orthogonalisation
 * per step. Memory O((N + P)·L). Deterministic: the start vector depends only on the seed.
 */
public final class LanczosSvd implements SvdBackend {
    private final LinearAlgebra la;
    private final double tolerance;
    private final long seed;

    /** Residual tolerance 1e-12·σ₁, seed 7. */
    public LanczosSvd() {
        this(1e-12, 7L, LinearAlgebra.get());
    }

    /**
     * @param tolerance relative residual tolerance for a converged triplet, in (0, 1)
     * @param seed seed of the start vector
     */
    public LanczosSvd(double tolerance, long seed, LinearAlgebra la) {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("Lanczos tolerance must be in (0, 1), got " + tolerance);
        }
        this.tolerance = tolerance;
        this.seed = seed;
        this.la = la;
    }

    @Override public String name() { return "lanczos"; }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation) {
        int n = jacobian.rows();
        int p = jacobian.cols();
        int r = Math.min(n, p);
        int k = truncation.cap(r);
        SplittableRandom rng = new SplittableRandom(seed);
        List<double[]> us = new ArrayList<>();
        List<double[]> vs = new ArrayList<>();
        List<Double> alphas = new ArrayList<>();
        List<Double> betas = new ArrayList<>();
        DMatrixRMaj vin = new DMatrixRMaj(p, 1);
        DMatrixRMaj uout = new DMatrixRMaj(n, 1);
        DMatrixRMaj uin = new DMatrixRMaj(n, 1);
        DMatrixRMaj vout = new DMatrixRMaj(p, 1);

        double[] v = randomUnit(p, rng, vs);
        int target = Math.min(r, Math.max(2 * k, k + 10));
        double betaPrev = 0;
        double[] uPrev = null;
        while (true) {
            // α_j u_j = J v_j − β_{j−1} u_{j−1}
            vs.add(v);
            System.arraycopy(v, 0, vin.data, 0, p);
            jacobian.multiply(vin, uout);
            double[] u = uout.data.clone();
            if (uPrev != null) {
                axpy(-betaPrev, uPrev, u);
            }
            reorthogonalise(u, us);
            double alpha = norm(u);
            if (alpha <= 1e-300) {
                u = randomUnit(n, rng, us);
                alpha = 0;
            } else {
                scale(u, 1 / alpha);
            }
            us.add(u);
            alphas.add(alpha);
            int l = us.size();
            // β_j v_{j+1} = Jᵀ u_j − α_j v_j
            System.arraycopy(u, 0, uin.data, 0, n);
            jacobian.multiplyTranspose(uin, vout);
            double[] next = vout.data.clone();
            axpy(-alpha, v, next);
            reorthogonalise(next, vs);
            double beta = norm(next);
            betas.add(beta);
            if (l == r) {
                // U_L (or V_L) spans the whole space: J = U_L·[B_L, β_L·e_L]·[V_L, v_{L+1}]ᵀ exactly.
                boolean extra = beta > 1e-300 && l < p;
                if (extra) {
                    scale(next, 1 / beta);
                    vs.add(next);
                }
                ThinSvd b = la.svd(bidiagonal(alphas, betas, extra), true);
                return ritz(b, us, vs, n, p, l, k, truncation);
            }
            if (l >= target) {
                ThinSvd b = la.svd(bidiagonal(alphas, betas, false), true);
                if (converged(b, beta, k, truncation.rtol())) {
                    return ritz(b, us, vs, n, p, l, k, truncation);
                }
                target = Math.min(r, target + Math.max(k, 10));
            }
            if (beta <= 1e-300) {
                next = randomUnit(p, rng, vs);
                beta = 0;
                betas.set(betas.size() - 1, 0.0);
            } else {
                scale(next, 1 / beta);
            }
            uPrev = u;
            betaPrev = beta;
            v = next;
        }
    }

    private boolean converged(ThinSvd b, double beta, int k, double rtol) {
        double[] s = b.s();
        int l = s.length;
        double sigma1 = s[0];
        DMatrixRMaj x = b.u();
        for (int i = 0; i < Math.min(k, l); i++) {
            if (s[i] <= rtol * sigma1) {
                break;
            }
            double residual = Math.abs(beta * x.get(l - 1, i));
            if (residual > tolerance * sigma1) {
                return false;
            }
        }
        return true;
    }

    private TruncatedSvd ritz(ThinSvd b, List<double[]> us, List<double[]> vs, int n, int p, int l, int k,
            Truncation truncation) {
        DMatrixRMaj ul = columns(us, n, l);
        DMatrixRMaj vl = columns(vs, p, b.v().numRows);
        DMatrixRMaj u = new DMatrixRMaj(n, l);
        DMatrixRMaj v = new DMatrixRMaj(p, l);
        la.gemm(false, false, 1.0, ul, b.u(), 0.0, u);
        la.gemm(false, false, 1.0, vl, b.v(), 0.0, v);
        return Svds.truncate(u, b.s(), v, Math.min(k, l), truncation, name());
    }

    /** The L×L upper bidiagonal B_L, or the L×(L+1) matrix [B_L, β_L·e_L] when {@code extra}. */
    private static DMatrixRMaj bidiagonal(List<Double> alphas, List<Double> betas, boolean extra) {
        int l = alphas.size();
        int cols = extra ? l + 1 : l;
        DMatrixRMaj b = new DMatrixRMaj(l, cols);
        for (int i = 0; i < l; i++) {
            b.set(i, i, alphas.get(i));
            if (i + 1 < cols) {
                b.set(i, i + 1, betas.get(i));
            }
        }
        return b;
    }

    private static DMatrixRMaj columns(List<double[]> cols, int rows, int l) {
        DMatrixRMaj m = new DMatrixRMaj(rows, l);
        for (int j = 0; j < l; j++) {
            double[] c = cols.get(j);
            for (int i = 0; i < rows; i++) {
                m.data[i * l + j] = c[i];
            }
        }
        return m;
    }

    private static double[] randomUnit(int dim, SplittableRandom rng, List<double[]> against) {
        for (int attempt = 0; attempt < 5; attempt++) {
            double[] x = new double[dim];
            for (int i = 0; i < dim; i++) {
                x[i] = rng.nextGaussian();
            }
            reorthogonalise(x, against);
            double nx = norm(x);
            if (nx > 1e-8) {
                scale(x, 1 / nx);
                return x;
            }
        }
        throw new IllegalStateException("Lanczos could not extend an orthonormal basis of dimension " + dim);
    }

    /** Two passes of modified Gram–Schmidt, which keep the basis orthogonal to working precision. */
    private static void reorthogonalise(double[] x, List<double[]> basis) {
        for (int pass = 0; pass < 2; pass++) {
            for (double[] b : basis) {
                double d = 0;
                for (int i = 0; i < x.length; i++) {
                    d += b[i] * x[i];
                }
                axpy(-d, b, x);
            }
        }
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double[] x, double a) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
