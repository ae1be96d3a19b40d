package org.sven4j.svd;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.ThinSvd;
import org.sven4j.lsq.JacobianOperator;

/**
 * Block subspace iteration with Rayleigh–Ritz extraction, warm-started from the previous
 * iteration's right singular vectors. It keeps a block X ∈ ℝᴾˣˡ with orthonormal columns and
 * repeats one pass
 * <pre>
 *   Y = J·X,  Y = Ũ·Σ·Wᵀ (thin SVD),  V = X·W          (J·vᵢ = σᵢ·ũᵢ exactly)
 *   Z = Jᵀ·Ũ,  ρᵢ = ‖zᵢ − σᵢ·vᵢ‖ = ‖Jᵀũᵢ − σᵢ·vᵢ‖     (the Ritz residual)
 *   X ← orth(Z)
 * </pre>
 * until every kept triplet (σᵢ &gt; rtol·σ₁, i &lt; k) and the first one below the cut satisfy
 * ρᵢ·min(1, (σ_ℓ/σᵢ)²) ≤ τ·σᵢ + 32·ε·√max(N, P)·σ₁ (the last term is the rounding floor of any
 * backward-stable SVD). It then returns the Rayleigh–Ritz triplets of the left subspace:
 * Z = Ṽ·Σ'·W'ᵀ, U = Ũ·W', V = Ṽ, for which Jᵀ·uᵢ = σᵢ'·vᵢ exactly. ρᵢ bounds the distance from σᵢ to
 * a singular value of J for the pairs of the pass; the returned pairs are one more half-step of the
 * iteration on, whose error shrinks like (σ_{ℓ+1}/σᵢ)² per pass, hence the factor (σ_ℓ/σᵢ)², with the
 * smallest Ritz value σ_ℓ of the block standing in for σ_{ℓ+1}.
 *
 * <p><b>Block width (adaptive rank).</b> ℓ = k₀ + p with p the oversampling and k₀ the previous
 * iteration's rank (k at a cold start); a warm start begins with the previous block's Ritz vectors,
 * the kept ones and those below the cut. When fewer than p/2 Ritz values fall below
 * the cut-off (so the tail of the spectrum may still hold values above rtol·σ₁), ℓ grows by at least
 * p, up to min(k + p, N, P); fresh columns come from a seeded Gaussian stream. The rank kept is
 * therefore decided by the truncation, as for an exact SVD, without computing the whole spectrum.
 *
 * <p><b>Cost.</b> Two block products (J·X and Jᵀ·Ũ, 4·N·P·ℓ flops on a dense J, or whatever the
 * operator costs matrix-free), one thin SVD of N×ℓ and one QR of P×ℓ per pass, O((N + P)·ℓ²);
 * memory O((N + P)·ℓ). Warm-started on a slowly moving J, one or two passes usually suffice.
 * Deterministic: the fresh columns depend only on the seed and the shape.
 */
public final class SubspaceSvd implements SvdBackend {
    private final LinearAlgebra la;
    private final int oversampling;
    private final double tolerance;
    private final int maxPasses;
    private final long seed;

    /** Oversampling 32, residual tolerance τ = 1e-9, at most 40 passes, seed 42. */
    public SubspaceSvd(LinearAlgebra la) {
        this(32, 1e-9, 40, 42L, la);
    }

    /**
     * @param oversampling p ≥ 1 extra columns beyond the kept rank
     * @param tolerance τ in (0, 1): relative Ritz-residual tolerance of a kept triplet
     * @param maxPasses at most this many passes (≥ 1); the last Ritz triplets are returned if not converged
     * @param seed seed of the fresh columns
     */
    public SubspaceSvd(int oversampling, double tolerance, int maxPasses, long seed, LinearAlgebra la) {
        if (oversampling < 1) {
            throw new IllegalArgumentException("subspace SVD needs oversampling >= 1, got " + oversampling);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("subspace SVD tolerance must be in (0, 1), got " + tolerance);
        }
        if (maxPasses < 1) {
            throw new IllegalArgumentException("subspace SVD needs maxPasses >= 1, got " + maxPasses);
        }
        this.oversampling = oversampling;
        this.tolerance = tolerance;
        this.maxPasses = maxPasses;
        this.seed = seed;
        this.la = la;
    }

    @Override public String name() { return "subspace"; }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation) {
        return decompose(jacobian, truncation, null);
    }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation, TruncatedSvd previous) {
        int n = jacobian.rows();
        int p = jacobian.cols();
        int r = Math.min(n, p);
        int kCap = truncation.cap(r);
        int widest = (int) Math.min(r, (long) kCap + oversampling);
        boolean warm = previous != null && previous.rank() > 0 && previous.v().numRows == p;
        int base = warm ? Math.min(previous.rank(), kCap) : kCap;
        int l = (int) Math.min(widest, (long) base + oversampling);
        SplittableRandom rng = new SplittableRandom(seed ^ ((long) n << 32) ^ p);
        DMatrixRMaj x = new DMatrixRMaj(p, l);
        int copied = 0;
        if (warm) {
            DMatrixRMaj from = previous.warmBasis() != null && previous.warmBasis().numRows == p
                    ? previous.warmBasis() : previous.v();
            copied = Math.min(from.numCols, l);
            copyColumns(from, copied, x, 0);
        }
        gaussianColumns(x, copied, rng);
        x = la.qr(x).q();
        double floor = 32 * Math.ulp(1.0) * Math.sqrt(Math.max(n, p));
        for (int pass = 1; ; pass++) {
            DMatrixRMaj y = new DMatrixRMaj(n, l);
            jacobian.multiply(x, y);
            ThinSvd sy = la.svd(y, true);
            double[] sigma = sy.s();
            DMatrixRMaj ut = sy.u();
            DMatrixRMaj z = new DMatrixRMaj(p, sigma.length);
            jacobian.multiplyTranspose(ut, z);
            int kept = truncation.keep(sigma, sigma.length);
            boolean grow = l < widest && kept < kCap && kept > l - Math.max(1, oversampling / 2);
            boolean conv = converged(x, sy, z, Math.min(kept + 1, sigma.length), floor);
            boolean done = !grow && (pass >= maxPasses || conv);
            if (done) {
                // Rayleigh–Ritz on the left subspace span(Ũ): Zᵀ = Ũᵀ·J, so Z = Ṽ·Σ'·W'ᵀ gives U = Ũ·W'.
                ThinSvd sz = la.svd(z, true);
                DMatrixRMaj u = new DMatrixRMaj(n, sz.s().length);
                la.gemm(false, false, 1.0, ut, sz.v(), 0.0, u);
                TruncatedSvd t = Svds.truncate(u, sz.s(), sz.u(), Math.min(kCap, sz.s().length), truncation, name());
                return new TruncatedSvd(t.singularValues(), t.u(), t.v(), t.sigmaMax(), name(), sz.u());
            }
            DMatrixRMaj next = z;
            if (grow) {
                int wider = (int) Math.min(widest, Math.max((long) l + oversampling, kept + oversampling + kept / 2L));
                next = new DMatrixRMaj(p, wider);
                copyColumns(z, z.numCols, next, 0);
                gaussianColumns(next, z.numCols, rng);
                l = wider;
            }
            x = la.qr(next).q();
        }
    }

    /**
     * ρᵢ = ‖zᵢ − σᵢ·vᵢ‖ with V = X·W, for the kept triplets; true when all are within τ·σᵢ + floor·σ₁.
     */
    private boolean converged(DMatrixRMaj x, ThinSvd sy, DMatrixRMaj z, int kept, double floor) {
        if (kept == 0) {
            return true;
        }
        double[] sigma = sy.s();
        DMatrixRMaj v = new DMatrixRMaj(x.numRows, sigma.length);
        la.gemm(false, false, 1.0, x, sy.v(), 0.0, v);
        int p = x.numRows;
        int l = sigma.length;
        double[] res = new double[kept];
        for (int j = 0; j < p; j++) {
            int row = j * l;
            for (int i = 0; i < kept; i++) {
                double d = z.data[row + i] - sigma[i] * v.data[row + i];
                res[i] += d * d;
            }
        }
        double last = sigma[l - 1];
        for (int i = 0; i < kept; i++) {
            double damp = sigma[i] > last ? (last / sigma[i]) * (last / sigma[i]) : 1.0;
            if (Math.sqrt(res[i]) * damp > tolerance * sigma[i] + floor * sigma[0]) {
                return false;
            }
        }
        return true;
    }

    /** Copies the first {@code count} columns of {@code from} into {@code to} starting at column {@code at}. */
    private static void copyColumns(DMatrixRMaj from, int count, DMatrixRMaj to, int at) {
        for (int i = 0; i < from.numRows; i++) {
            System.arraycopy(from.data, i * from.numCols, to.data, i * to.numCols + at, count);
        }
    }

    /** Fills columns [from, end) of {@code a} with standard Gaussians, row by row. */
    private static void gaussianColumns(DMatrixRMaj a, int from, SplittableRandom rng) {
        for (int i = 0; i < a.numRows; i++) {
            int row = i * a.numCols;
            for (int j = from; j < a.numCols; j++) {
                a.data[row + j] = rng.nextGaussian();
            }
        }
    }
}
