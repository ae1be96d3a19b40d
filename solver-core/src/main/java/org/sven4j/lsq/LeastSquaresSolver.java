package org.sven4j.lsq;

/**
 * A method that minimises c(θ) = ½‖r(θ)‖² for a {@link ResidualSystem}. Sven and the baselines
 * (Adam, L-BFGS, Hipparchus' LM) share this contract so one harness can compare them.
 *
 * <p>Implementations are immutable and may be reused for many solves, also concurrently.
 */
public interface LeastSquaresSolver {

    /** @return a short id used in reports, for example {@code "sven"} or {@code "adam"}. */
    String name();

    /**
     * Minimises ½‖r(θ)‖² from θ₀.
     *
     * <p>Input is checked first: a θ₀ whose length is not P, a system with P = 0 or N = 0, or
     * non-finite residuals at θ₀ raise {@link IllegalArgumentException}. After that nothing is
     * thrown: a failure mid-run (non-finite values, an exception from the system, interruption of
     * the calling thread, an exhausted budget) ends the solve with the best iterate found so far,
     * its history and a {@link Termination} that says why.
     *
     * @param system the residuals
     * @param initialParameters θ₀, length P (not modified)
     * @return the summary, with the best θ found
     */
    Summary solve(ResidualSystem system, double[] initialParameters);
}
