package org.sven4j.svd;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.ThinSvd;
import org.sven4j.lsq.JacobianOperator;

/**
 * Randomized SVD (Halko, Martinsson, Tropp 2011, Alg. 4.4 + 5.1): with ℓ = k + p columns,
 * Y = J·Ω for a seeded Gaussian Ω ∈ ℝᴾˣˡ, q power iterations Y ← J·orth(Jᵀ·orth(Y)), Q = orth(Y),
 * then the small SVD of Qᵀ·J = X·Σ·Vᵀ gives U = Q·X. Works on any {@link JacobianOperator}
 * (2q + 2 block products with J or Jᵀ); dense cost O(N·P·ℓ·(q + 1)).
 *
 * <p>Error: with q power iterations the spectral-norm error is within a small factor of
 * σ_{k+1}·(σ_{k+1}/σ_k)^{…}; it is accurate for the leading triplets when the spectrum decays,
 * and a poor choice for the tail of a flat spectrum. Deterministic: Ω depends only on the seed and shape.
 */
public final class RandomizedSvd implements SvdBackend {
    private final LinearAlgebra la;
    private final int oversampling;
    private final int powerIterations;
    private final long seed;

    /** Oversampling 10, 2 power iterations, seed 42. */
    public RandomizedSvd() {
        this(10, 2, 42L, LinearAlgebra.get());
    }

    /**
     * @param oversampling p ≥ 0 extra columns
     * @param powerIterations q ≥ 0
     * @param seed seed of Ω
     */
    public RandomizedSvd(int oversampling, int powerIterations, long seed, LinearAlgebra la) {
        if (oversampling < 0 || powerIterations < 0) {
            throw new IllegalArgumentException("randomized SVD needs oversampling >= 0 and powerIterations >= 0, got "
                    + oversampling + " and " + powerIterations);
        }
        this.oversampling = oversampling;
        this.powerIterations = powerIterations;
        this.seed = seed;
        this.la = la;
    }

    @Override public String name() { return "randomized"; }

    @Override
    public TruncatedSvd decompose(JacobianOperator jacobian, Truncation truncation) {
        int n = jacobian.rows();
        int p = jacobian.cols();
        int r = Math.min(n, p);
        int k = truncation.cap(r);
        int l = (int) Math.min(r, (long) k + oversampling);
        DMatrixRMaj omega = new DMatrixRMaj(p, l);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < omega.data.length; i++) {
            omega.data[i] = rng.nextGaussian();
        }
        DMatrixRMaj y = new DMatrixRMaj(n, l);
        DMatrixRMaj z = new DMatrixRMaj(p, l);
        jacobian.multiply(omega, y);
        DMatrixRMaj q = la.qr(y).q();
        for (int it = 0; it < powerIterations; it++) {
            jacobian.multiplyTranspose(q, z);
            DMatrixRMaj qz = la.qr(z).q();
            jacobian.multiply(qz, y);
            q = la.qr(y).q();
        }
        // Jᵀ·Q = Ṽ·Σ·Xᵀ  ⇒  Qᵀ·J = X·Σ·Ṽᵀ  ⇒  J ≈ (Q·X)·Σ·Ṽᵀ.
        jacobian.multiplyTranspose(q, z);
        ThinSvd s = la.svd(z, true);
        DMatrixRMaj u = new DMatrixRMaj(n, s.s().length);
        la.gemm(false, false, 1.0, q, s.v(), 0.0, u);
        return Svds.truncate(u, s.s(), s.u(), Math.min(k, s.s().length), truncation, name());
    }
}
