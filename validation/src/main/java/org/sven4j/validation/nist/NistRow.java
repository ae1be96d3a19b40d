package org.sven4j.validation.nist;

/**
 * One (dataset, start, solver) result of {@link NistBenchmark}.
 *
 * @param dataset NIST dataset name
 * @param start 1 or 2
 * @param solver the solver's {@code name()}
 * @param minLre smallest parameter LRE (see {@link Lre}); NaN when the solve threw
 * @param rssLre LRE of Σr² at the returned parameters against the certified RSS; NaN when the solve threw
 * @param iterations iterations reported by the solver; 0 when it threw
 * @param seconds wall-clock seconds of the call to {@code solve}
 * @param error the exception as "Class: message" when the solve threw, otherwise null
 */
public record NistRow(String dataset, int start, String solver, double minLre, double rssLre, int iterations,
        double seconds, String error) {

    /** A score of at least this many correct digits in every parameter counts as a pass. */
    public static final double PASS_LRE = 6.0;

    /** @return true when the solve did not throw and every parameter has LRE ≥ {@link #PASS_LRE} */
    public boolean passed() {
        return error == null && minLre >= PASS_LRE;
    }
}
