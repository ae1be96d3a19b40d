/**
 * Nonlinear least squares, independent of how it is solved: the {@link org.sven4j.lsq.ResidualSystem}
 * r(θ) ∈ ℝᴺ with Jacobian J = ∂r/∂θ ∈ ℝᴺˣᴾ, the common {@link org.sven4j.lsq.LeastSquaresSolver}
 * contract, its {@link org.sven4j.lsq.Stopping stopping criteria}, and the {@link org.sven4j.lsq.Summary}
 * every solver returns.
 *
 * <p>Throughout, the cost is c(θ) = ½‖r(θ)‖₂² and the gradient is g = Jᵀr.
 */
package org.sven4j.lsq;
