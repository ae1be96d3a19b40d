package org.sven4j.validation.nist;

import java.util.List;
import org.sven4j.lsq.LeastSquaresSolver;

/** Solvers for tests outside this package (the CLI test). */
public final class TestSolvers {
    private TestSolvers() {
    }

    /** @return one test-only Hipparchus LM solver named {@code test-lm} */
    public static List<LeastSquaresSolver> lm() {
        return List.of(new TestLmSolver("test-lm"));
    }
}
