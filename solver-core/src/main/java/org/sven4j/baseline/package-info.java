/**
 * Baseline least-squares solvers behind the common {@link org.sven4j.lsq.LeastSquaresSolver}
 * contract, so that one harness can compare them with Sven: first-order {@link org.sven4j.baseline.AdamSolver Adam},
 * quasi-Newton {@link org.sven4j.baseline.LbfgsSolver L-BFGS} with a strong-Wolfe line search,
 * {@link org.sven4j.baseline.SequentialSolver chains} of solvers (Adam followed by L-BFGS, as is common
 * for PINNs), and adapters to Hipparchus' Levenberg–Marquardt and Gauss–Newton optimisers.
 *
 * <p>All of them minimise c(θ) = ½‖r(θ)‖² with gradient g = Jᵀr, keep the best iterate, and report
 * through {@link org.sven4j.lsq.SolveRecorder}.
 */
package org.sven4j.baseline;
