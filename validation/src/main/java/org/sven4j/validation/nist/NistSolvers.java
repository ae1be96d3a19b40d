package org.sven4j.validation.nist;

import java.util.ArrayList;
import java.util.List;
import org.sven4j.baseline.HipparchusLevenbergMarquardtSolver;
import org.sven4j.baseline.HipparchusLmOptions;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.Stopping;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * The solvers that {@code sven4j nist} compares. This is the one place to register a solver for the
 * NIST table: add it to {@link #defaults()}.
 *
 * <p>Sven runs with its default options (trust-region step control, no parameter scaling, full rank,
 * rtol = 10⁻¹²); only the iteration cap is raised to 10,000, since MGH17, MGH09 and Bennett5 from
 * start 1 need several hundred iterations.
 */
public final class NistSolvers {
    /** Iteration cap for every solver in the NIST table. */
    public static final int MAX_ITERATIONS = 10_000;

    private NistSolvers() {
    }

    /** @return Sven with default options */
    public static LeastSquaresSolver sven() {
        return new SvenSolver(SvenOptions.builder()
                .stopping(Stopping.DEFAULT.withMaxIterations(MAX_ITERATIONS)).build());
    }

    /** @return Hipparchus' MINPACK-style Levenberg–Marquardt with tolerances of 1e-15 (the baseline) */
    public static LeastSquaresSolver hipparchusLm() {
        return new HipparchusLevenbergMarquardtSolver(HipparchusLmOptions.builder()
                .stopping(Stopping.DEFAULT.withMaxIterations(MAX_ITERATIONS)).build());
    }

    /**
     * @return the registered solvers, each with a distinct {@link LeastSquaresSolver#name()}
     */
    public static List<LeastSquaresSolver> defaults() {
        List<LeastSquaresSolver> solvers = new ArrayList<>();
        solvers.add(sven());
        solvers.add(hipparchusLm());
        return List.copyOf(solvers);
    }
}
