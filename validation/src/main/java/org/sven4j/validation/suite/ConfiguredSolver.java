package org.sven4j.validation.suite;

import org.sven4j.lsq.LeastSquaresSolver;

/**
 * A solver made for one run, with its settings in words for the report.
 *
 * @param solver the solver, or null when the run is skipped
 * @param settings the settings, e.g. "line search, rtol 1e-12"
 * @param skipReason why the run is skipped, or null
 */
public record ConfiguredSolver(LeastSquaresSolver solver, String settings, String skipReason) {

    /** @return whether the run is skipped */
    public boolean skipped() {
        return solver == null;
    }
}
