package org.sven4j.validation.suite;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The solvers the suite compares, with the ids used on the command line and in the results files.
 */
public enum SolverId {
    /** Sven: truncated-SVD Gauss–Newton step (step control per problem class, see {@link SolverRegistry}). */
    SVEN("sven"),
    /** Damped Sven: Levenberg–Marquardt filter factors σ/(σ²+λ) on the same SVD. */
    SVEN_LM("sven-lm"),
    /** Adam (first-order, the usual PINN optimiser). */
    ADAM("adam"),
    /** L-BFGS with a strong Wolfe line search. */
    LBFGS("lbfgs"),
    /** Adam for a share of the budget, then L-BFGS from Adam's best iterate. */
    ADAM_LBFGS("adam-lbfgs"),
    /** Hipparchus' MINPACK Levenberg–Marquardt (dense QR), only where P·N is small enough. */
    HIPPARCHUS_LM("hipparchus-lm");

    private final String id;

    SolverId(String id) {
        this.id = id;
    }

    /** @return the id, e.g. "sven-lm" */
    public String id() {
        return id;
    }

    /**
     * @param id a solver id (case-insensitive)
     * @return the solver
     * @throws IllegalArgumentException for an unknown id, listing the known ones
     */
    public static SolverId of(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (SolverId s : values()) {
            if (s.id.equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown solver '" + id + "'; known: " + ids());
    }

    /** @return every id, in declaration order */
    public static List<String> ids() {
        return Arrays.stream(values()).map(SolverId::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
