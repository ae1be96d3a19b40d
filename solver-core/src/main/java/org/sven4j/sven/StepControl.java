package org.sven4j.sven;

/**
 * How Sven turns the truncated SVD into an accepted step. Every rule below re-uses the one SVD of
 * the iteration; a rejected trial costs one residual evaluation, never a new Jacobian or SVD.
 * No rule accepts a step that raises the cost.
 */
public enum StepControl {
    /**
     * δ = −η·J_k⁺·r with the fixed η of the options. A step that does not lower the cost ends the
     * solve with {@link org.sven4j.lsq.Termination#NO_PROGRESS}.
     */
    FIXED,
    /**
     * Undamped Sven step with η chosen by Armijo backtracking on ½‖r‖² (safeguarded quadratic
     * interpolation, η shrinking by a factor in [2, 10] per trial; sufficient-decrease constant 10⁻⁴).
     * An accepted step with η &lt; 10⁻⁶ that lowers the cost by less than 10⁻⁸ relative marks the search as
     * stuck (the undamped step is dominated by the smallest kept singular values), and the next iteration takes
     * one {@link #TRUST_REGION} step, with the trust radius kept across such iterations. Without it, a poor start
     * accepted η ≈ 10⁻¹² for hundreds of iterations (3 of 10 network seeds of the README's Poisson example);
     * with it all 10 converge. A damped fallback on every short step instead stalled all 10 near 10⁻⁵.
     */
    LINE_SEARCH,
    /**
     * Levenberg–Marquardt: filter σ/(σ² + λ), λ₀ = τ·σ₁², updated from the gain ratio ρ by
     * Nielsen's rule (λ ← λ·max(1/3, 1 − (2ρ − 1)³) on success, λ ← λ·ν, ν ← 2ν on failure).
     */
    LEVENBERG_MARQUARDT,
    /**
     * The default: a trust region ‖D·δ‖ ≤ Δ (Moré 1978) solved exactly in the SVD basis: when the
     * undamped Sven step fits, it is taken as is (λ = 0, so the fast local convergence of the
     * truncated pseudo-inverse step is kept); otherwise λ &gt; 0 solves the secular equation
     * η·‖diag(σ/(σ²+λ))·c‖ = Δ with c = Uᵀr. Δ grows ×2 after a very successful step (ρ &gt; 0.75)
     * and shrinks to ¼‖D·δ‖ after a rejected one.
     */
    TRUST_REGION
}
