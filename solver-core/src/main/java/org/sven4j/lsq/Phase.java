package org.sven4j.lsq;

/** Where a solver spends its time, as split in {@link Summary#seconds(Phase)}. */
public enum Phase {
    /** Residuals and Jacobians (including trial-point residuals). */
    EVALUATION,
    /** The (truncated) SVD or other factorisation of the linearised problem. */
    DECOMPOSITION,
    /** Forming steps, line searches, damping updates and bookkeeping. */
    UPDATE
}
