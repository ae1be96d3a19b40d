package org.sven4j.lsq;

/** Thrown by {@link Summary#requireConverged()}; carries the summary, so nothing is lost. */
public final class SolveFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Summary summary;

    public SolveFailedException(Summary summary) {
        super(summary.solver() + " did not converge: " + summary.termination() + ": " + summary.message());
        this.summary = summary;
    }

    /** @return the summary of the failed solve, with its best iterate and history */
    public Summary summary() {
        return summary;
    }
}
