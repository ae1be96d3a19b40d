package org.sven4j.validation.nist;

import java.util.ArrayList;
import java.util.List;
import org.sven4j.lsq.LeastSquaresSolver;

/**
 * The solvers that {@code sven4j nist} compares. This is the one place to register a solver for the
 * NIST table: add it to {@link #defaults()}.
 */
public final class NistSolvers {

    private NistSolvers() {
    }

    /**
     * @return the registered solvers, each with a distinct {@link LeastSquaresSolver#name()}; empty
     *         when no solver is registered yet
     */
    public static List<LeastSquaresSolver> defaults() {
        List<LeastSquaresSolver> solvers = new ArrayList<>();
        // Register solvers here, for example: solvers.add(new SvenSolver(...)); solvers.add(new HipparchusLm(...));
        return List.copyOf(solvers);
    }
}
