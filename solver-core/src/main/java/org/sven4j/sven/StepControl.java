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
     * Undamped Sven step with η chosen by Armijo backtracking on ½‖r‖² (safeguarded quadratic interpolation,
     * η shrinking by a factor in [2, 10] per trial; sufficient-decrease constant 10⁻⁴). Two patterns mark the
     * search as stuck, and the next iteration then takes one {@link #TRUST_REGION} step (the trust radius is
     * kept across such iterations) before the line search goes on:
     * <ul>
     *   <li>an accepted step with η &lt; 10⁻⁶ that lowers the cost by less than 10⁻⁸ of itself;</li>
     *   <li>a crawl in the end-game: 20 accepted steps in a row, at a cost below 10⁻⁸ of the initial cost, with
     *       η &lt; 10⁻², each η within a factor 2 of the one before.</li>
     * </ul>
     * Both mean that the undamped step is dominated by small kept singular values whose directions the cost does
     * not follow linearly; the trust-region step damps them (filter σ/(σ² + λ)) instead of shortening every
     * direction alike. η is relative to {@link SvenOptions#eta()}.
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
