/**
 * The Sven solver: Gauss–Newton steps through a truncated SVD of the Jacobian,
 * δθ = −η·V_k·diag(f(σ))·U_kᵀ·r, with f(σ) = 1/σ (the minimum-norm, truncated pseudo-inverse step)
 * or the Tikhonov filter f(σ) = σ/(σ² + λ), globalised by a line search, Levenberg–Marquardt
 * damping, or (the default) a trust region solved exactly in the SVD basis.
 */
package org.sven4j.sven;
