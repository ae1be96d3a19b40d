package org.sven4j.lsq;

/** Why a solve ended. */
public enum Termination {
    /** The cost ½‖r‖² fell to {@link Stopping#costTolerance()}. */
    COST_TOLERANCE(true),
    /**
     * An accepted step reduced the cost by less than {@link Stopping#functionTolerance()}·cost (Sven: its model
     * predicted no more than that).
     */
    FUNCTION_TOLERANCE(true),
    /** ‖Jᵀr‖∞ fell to {@link Stopping#gradientTolerance()}. */
    GRADIENT_TOLERANCE(true),
    /** ‖δθ‖ fell to {@link Stopping#stepTolerance()}·(‖θ‖ + stepTolerance). */
    STEP_TOLERANCE(true),
    /** No trial step reduced the cost within the allowed damping or step sizes: a (local) minimum to working precision. */
    NO_PROGRESS(false),
    /**
     * The stall test of {@link Stopping} held: the last {@link Stopping#stallWindow()} iterations lowered the
     * best cost by less than {@link Stopping#stallTolerance()} of itself. A plateau, not a proven minimum.
     */
    STALLED(false),
    /** {@link Stopping#maxIterations()} reached. */
    MAX_ITERATIONS(false),
    /** {@link Stopping#timeBudget()} spent. */
    TIME_BUDGET(false),
    /** An {@link IterationCallback} returned {@link IterationCallback.Decision#STOP}. */
    USER_REQUESTED(false),
    /** The calling thread was interrupted. */
    INTERRUPTED(false),
    /** The cost grew without bound or became non-finite and could not be recovered. */
    DIVERGED(false),
    /** The residual system threw or produced non-finite values that the solver could not step around. */
    FAILURE(false);

    private final boolean converged;

    Termination(boolean converged) {
        this.converged = converged;
    }

    /** @return true when this reason is a convergence test, not a budget or a failure. */
    public boolean isConverged() {
        return converged;
    }
}
