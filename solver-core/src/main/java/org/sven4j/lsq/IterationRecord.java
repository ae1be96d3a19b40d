package org.sven4j.lsq;

/**
 * What one iteration did, as reported to {@link IterationCallback}s and kept in {@link Summary#history()}.
 * Fields that a solver does not have are NaN (numbers) or empty (arrays), for example λ for Adam.
 *
 * @param iteration 1-based iteration number (0 is the initial point)
 * @param cost ½‖r‖² at the iterate after this iteration (the accepted point)
 * @param gradientNorm ‖Jᵀr‖∞ at the linearisation point of this iteration
 * @param stepNorm ‖δθ‖₂ of the accepted step, 0 if none was accepted
 * @param lambda Levenberg–Marquardt damping λ used by the accepted (or last) trial
 * @param eta step length η of the accepted (or last) trial
 * @param rank singular triplets kept, or -1
 * @param singularValues the kept singular values σ₁ ≥ … ≥ σ_k (a copy; empty when not recorded)
 * @param trials residual evaluations spent on trial steps in this iteration
 * @param accepted whether a step was accepted
 * @param blockCosts ½‖r_b‖² per {@link ResidualSystem#rowBlocks() row block} at the accepted point
 * @param elapsedSeconds wall-clock seconds since the solve started
 */
public record IterationRecord(int iteration, double cost, double gradientNorm, double stepNorm, double lambda,
        double eta, int rank, double[] singularValues, int trials, boolean accepted, double[] blockCosts,
        double elapsedSeconds) {
}
