package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import java.time.Duration;

/**
 * One cell of a suite matrix: a catalog problem with one ansatz, one solver, one seed and a wall-clock
 * budget. Every solver of the same problem × ansatz × seed sees the same residual system (same points)
 * and the same initial parameters.
 *
 * @param problem catalog id, e.g. "poisson2d"
 * @param ansatz the ansatz family
 * @param solver the solver
 * @param seed seed of the initial parameters and of random collocation points
 * @param budget wall-clock budget of the solve (not counting setup and error evaluation afterwards)
 */
public record RunSpec(String problem, AnsatzKind ansatz, SolverId solver, long seed, Duration budget) {

    public RunSpec {
        if (problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("problem id must not be blank");
        }
        if (ansatz == null || solver == null) {
            throw new IllegalArgumentException("ansatz and solver must not be null");
        }
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be a positive duration, got " + budget);
        }
    }

    /** @return the same run with another budget */
    public RunSpec withBudget(Duration b) {
        return new RunSpec(problem, ansatz, solver, seed, b);
    }

    /** @return "problem/ansatz/solver/seed" */
    public String label() {
        return problem + "/" + ansatz.id() + "/" + solver.id() + "/s" + seed;
    }
}
