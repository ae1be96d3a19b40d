package org.sven4j.svd;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;

/**
 * A rank-k truncated SVD J ≈ U·diag(σ)·Vᵀ with U ∈ ℝᴺˣᵏ, V ∈ ℝᴾˣᵏ orthonormal columns and
 * σ₁ ≥ … ≥ σ_k &gt; 0. Immutable by convention (the arrays are handed out for speed; do not modify).
 *
 * <p>Sven uses it as a filtered pseudo-inverse: δ = −V·diag(f(σ))·Uᵀr with f = 1/σ (undamped) or
 * f = σ/(σ² + λ) (damped), which costs O((N + P)·k) once c = Uᵀr is known.
 */
public final class TruncatedSvd {
    private final double[] sigma;
    private final DMatrixRMaj u;
    private final DMatrixRMaj v;
    private final double sigmaMax;
    private final String method;
    private final DMatrixRMaj basis;

    /**
     * @param sigma kept singular values, descending, length k
     * @param u N×k
     * @param v P×k
     * @param sigmaMax σ₁ of the full matrix (equals sigma[0] when k ≥ 1)
     * @param method the back-end that computed it, for reports
     */
    public TruncatedSvd(double[] sigma, DMatrixRMaj u, DMatrixRMaj v, double sigmaMax, String method) {
        this(sigma, u, v, sigmaMax, method, null);
    }

    /** With the orthonormal P×ℓ block an iterative back-end ended on (ℓ ≥ k), its warm start next time. */
    TruncatedSvd(double[] sigma, DMatrixRMaj u, DMatrixRMaj v, double sigmaMax, String method, DMatrixRMaj basis) {
        if (u.numCols != sigma.length || v.numCols != sigma.length) {
            throw new IllegalArgumentException("truncated SVD: " + sigma.length + " singular values but U has "
                    + u.numCols + " and V has " + v.numCols + " columns");
        }
        this.sigma = sigma;
        this.u = u;
        this.v = v;
        this.sigmaMax = sigmaMax;
        this.method = method;
        this.basis = basis;
    }

    /** @return the block an iterative back-end ended on (P×ℓ, orthonormal, V in its first k columns), or null */
    DMatrixRMaj warmBasis() { return basis; }

    /** @return k, the number of kept triplets */
    public int rank() { return sigma.length; }

    /** @return σ₁ ≥ … ≥ σ_k (do not modify) */
    public double[] singularValues() { return sigma; }

    /** @return U, N×k (do not modify) */
    public DMatrixRMaj u() { return u; }

    /** @return V, P×k (do not modify) */
    public DMatrixRMaj v() { return v; }

    /** @return σ₁ of the full matrix */
    public double sigmaMax() { return sigmaMax; }

    /** @return the back-end's name */
    public String method() { return method; }

    /** @return c = Uᵀ·r, length k; 2·N·k flops */
    public double[] project(double[] r, LinearAlgebra la) {
        double[] c = new double[rank()];
        if (rank() > 0) {
            la.gemv(true, 1.0, u, r, 0.0, c);
        }
        return c;
    }

    /** out = V·w (w of length k, out of length P); 2·P·k flops */
    public void expand(double[] w, double[] out, LinearAlgebra la) {
        if (rank() == 0) {
            java.util.Arrays.fill(out, 0.0);
            return;
        }
        la.gemv(false, 1.0, v, w, 0.0, out);
    }
}
