package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;

/** Turns a problem id, ansatz family and seed into a {@link PreparedProblem}. */
@FunctionalInterface
public interface ProblemFactory {
    /**
     * @param problem catalog id
     * @param ansatz ansatz family
     * @param seed seed for θ₀ and random points
     * @return a fresh prepared problem
     * @throws IllegalArgumentException when the problem is unknown or the ansatz does not fit it
     */
    PreparedProblem prepare(String problem, AnsatzKind ansatz, long seed);
}
