package org.sven4j.lsq;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.ThinSvd;

/**
 * The linearised covariance of least-squares parameters at θ, from one thin SVD J = U·Σ·Vᵀ of the Jacobian there:
 * <pre>  C₀ = (JᵀJ)⁺ = V_k·Σ_k⁻²·V_kᵀ,   s² = ‖r‖²/(N − k),   C = s²·C₀,   SEⱼ = √Cⱼⱼ,</pre>
 * with rank k the number of σᵢ &gt; rtol·σ₁ (the pseudo-inverse drops the others, as the Sven step does). C is the
 * usual estimate of Cov(θ̂) when the residuals are independent with equal variance; C₀ is what Hipparchus'
 * {@code Evaluation.getCovariances} returns. Cost: one Jacobian, an O(N·P·min(N, P)) SVD and a P²·k SYRK.
 *
 * @param unscaled C₀ = (JᵀJ)⁺, P×P
 * @param residualVariance s² = ‖r‖²/(N − k), NaN when N = k
 * @param rank k
 * @param degreesOfFreedom N − k
 */
public record Covariance(DMatrixRMaj unscaled, double residualVariance, int rank, int degreesOfFreedom) {
    /** Default rtol: singular values below 10⁻¹²·σ₁ count as zero. */
    public static final double DEFAULT_RTOL = 1e-12;

    /** @return C = s²·C₀, P×P (a new matrix) */
    public DMatrixRMaj matrix() {
        DMatrixRMaj c = unscaled.copy();
        for (int i = 0; i < c.data.length; i++) {
            c.data[i] *= residualVariance;
        }
        return c;
    }

    /** @return the standard errors SEⱼ = √(s²·C₀ⱼⱼ) */
    public double[] standardErrors() {
        int p = unscaled.numRows;
        double[] se = new double[p];
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(residualVariance * unscaled.get(j, j));
        }
        return se;
    }

    /** @return the covariance at θ with {@link #DEFAULT_RTOL} and the default dense back-end */
    public static Covariance at(ResidualSystem system, double[] theta) {
        return at(system, theta, DEFAULT_RTOL, LinearAlgebra.get());
    }

    /**
     * @param rtol singular values σᵢ ≤ rtol·σ₁ are dropped, in [0, 1)
     * @throws IllegalArgumentException if θ has the wrong length or is not finite, rtol is out of range, the
     *         system is matrix-free, or its residuals or Jacobian at θ are not finite
     */
    public static Covariance at(ResidualSystem system, double[] theta, double rtol, LinearAlgebra la) {
        int n = system.residualCount();
        int p = system.parameterCount();
        if (theta == null || theta.length != p) {
            throw new IllegalArgumentException("theta has length " + (theta == null ? "null" : theta.length)
                    + " but the system has P = " + p);
        }
        if (!(rtol >= 0 && rtol < 1)) {
            throw new IllegalArgumentException("rtol must be in [0, 1), got " + rtol);
        }
        if (system.isMatrixFree()) {
            throw new IllegalArgumentException("the covariance needs the dense Jacobian; the system is matrix-free");
        }
        double[] r = new double[n];
        DMatrixRMaj j = new DMatrixRMaj(n, p);
        system.residualsAndJacobian(theta, r, j);
        int bad = SolveRecorder.firstNonFinite(r);
        if (bad >= 0) {
            throw new IllegalArgumentException("residual r[" + bad + "] is " + r[bad] + " at theta");
        }
        bad = SolveRecorder.firstNonFinite(j.data);
        if (bad >= 0) {
            throw new IllegalArgumentException("Jacobian entry J[" + bad / p + "][" + bad % p + "] is not finite");
        }
        ThinSvd svd = la.svd(j, true);
        double[] s = svd.s();
        int k = 0;
        while (k < s.length && s[k] > rtol * s[0] && s[k] > 0) {
            k++;
        }
        // C₀ = W·Wᵀ with W = V_k·Σ_k⁻¹ (P×k): one SYRK, P²·k flops.
        DMatrixRMaj v = svd.v();
        DMatrixRMaj w = new DMatrixRMaj(p, k);
        for (int a = 0; a < p; a++) {
            for (int i = 0; i < k; i++) {
                w.unsafe_set(a, i, v.unsafe_get(a, i) / s[i]);
            }
        }
        DMatrixRMaj c = new DMatrixRMaj(p, p);
        if (k > 0) {
            la.syrk(false, 1.0, w, 0.0, c);
        }
        int dof = n - k;
        double rss = 2 * SolveRecorder.halfSquaredNorm(r);
        return new Covariance(c, dof > 0 ? rss / dof : Double.NaN, k, dof);
    }
}
