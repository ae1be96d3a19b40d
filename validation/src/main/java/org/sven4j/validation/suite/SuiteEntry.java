package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import java.time.Duration;
import java.util.List;

/**
 * One row of a suite definition: a problem with an ansatz, the solvers run on it, how many seeds each
 * solver gets, and the wall-clock budget per run.
 *
 * @param problem catalog id
 * @param ansatz ansatz family
 * @param solvers the solvers, each with its number of seeds (seeds base, base + 1, …)
 * @param budget wall-clock budget of every run of this row
 */
public record SuiteEntry(String problem, AnsatzKind ansatz, List<Seeded> solvers, Duration budget) {

    /**
     * @param solver a solver
     * @param seeds how many seeds it runs, ≥ 1
     */
    public record Seeded(SolverId solver, int seeds) {
        public Seeded {
            if (seeds < 1) {
                throw new IllegalArgumentException("seeds must be >= 1, got " + seeds);
            }
        }
    }

    public SuiteEntry {
        solvers = List.copyOf(solvers);
        if (solvers.isEmpty()) {
            throw new IllegalArgumentException("suite entry " + problem + "/" + ansatz + " has no solvers");
        }
    }

    /** @return the runs of this row for seeds starting at {@code baseSeed}, solver by solver */
    public List<RunSpec> specs(long baseSeed) {
        return solvers.stream().flatMap(s -> java.util.stream.LongStream.range(0, s.seeds())
                .mapToObj(k -> new RunSpec(problem, ansatz, s.solver(), baseSeed + k, budget))).toList();
    }

    /** @return the worst-case wall-clock time of this row: runs × budget */
    public Duration worstCase() {
        int runs = solvers.stream().mapToInt(Seeded::seeds).sum();
        return budget.multipliedBy(runs);
    }
}
