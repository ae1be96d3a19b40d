package org.sven4j.validation.nist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.Summary;

/**
 * Runs solvers on the NIST StRD nonlinear regression problems: every dataset from both starting
 * points with every solver, sequentially and in a fixed order. Each solve is isolated: an exception
 * is caught and recorded in its {@link NistRow}, and the run goes on. The score of a solve is the
 * smallest parameter LRE of the parameters it returns and the LRE of their residual sum of squares,
 * recomputed from the residual system (not taken from the solver's own report).
 */
public final class NistBenchmark {

    private NistBenchmark() {
    }

    /**
     * All 25 datasets from the directory {@link NistData#requireDirectory()} finds.
     *
     * @throws IllegalStateException if the data directory is not found
     */
    public static List<NistRow> run(List<LeastSquaresSolver> solvers) {
        return run(NistData.loadAll(NistData.requireDirectory()), solvers);
    }

    /** The named datasets (case-insensitive names) from {@code directory}. */
    public static List<NistRow> run(Path directory, List<String> datasetNames, List<LeastSquaresSolver> solvers) {
        return run(NistData.load(directory, datasetNames), solvers);
    }

    /**
     * @param datasets the problems, in the order the rows should come
     * @param solvers solvers with distinct names
     * @return one row per (dataset, start 1 and 2, solver), dataset-major
     * @throws IllegalArgumentException if two solvers share a name
     */
    public static List<NistRow> run(List<NistDataset> datasets, List<LeastSquaresSolver> solvers) {
        Set<String> names = new HashSet<>();
        for (LeastSquaresSolver s : solvers) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("two solvers are named '" + s.name() + "'");
            }
        }
        List<NistRow> rows = new ArrayList<>(datasets.size() * 2 * solvers.size());
        for (NistDataset d : datasets) {
            NistResidualSystem system = new NistResidualSystem(d);
            for (int start = 1; start <= 2; start++) {
                for (LeastSquaresSolver s : solvers) {
                    rows.add(solveOne(d, system, start, s));
                }
            }
        }
        return rows;
    }

    /** Solves one dataset from one start and scores the result; never throws for a failing solver. */
    public static NistRow solveOne(NistDataset dataset, NistResidualSystem system, int start, LeastSquaresSolver solver) {
        double[] theta0 = dataset.start(start);
        long t0 = System.nanoTime();
        try {
            Summary summary = solver.solve(system, theta0);
            double seconds = (System.nanoTime() - t0) * 1e-9;
            if (summary == null) {
                throw new IllegalStateException("solver returned no summary");
            }
            double[] theta = summary.parameters();
            if (theta == null || theta.length != dataset.parameterCount()) {
                throw new IllegalStateException("solver returned " + (theta == null ? "no" : theta.length)
                        + " parameters, expected " + dataset.parameterCount());
            }
            double minLre = Lre.min(theta, dataset.certifiedValues());
            double rssLre = Lre.of(system.residualSumOfSquares(theta), dataset.certifiedRss());
            return new NistRow(dataset.name(), start, solver.name(), minLre, rssLre, summary.iterations(), seconds, null);
        } catch (Exception | StackOverflowError e) {
            double seconds = (System.nanoTime() - t0) * 1e-9;
            String msg = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new NistRow(dataset.name(), start, solver.name(), Double.NaN, Double.NaN, 0, seconds, msg);
        }
    }

    /** @return per solver, in order of first appearance, the number of rows that {@link NistRow#passed() passed} */
    public static Map<String, Integer> passCounts(List<NistRow> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NistRow r : rows) {
            counts.merge(r.solver(), r.passed() ? 1 : 0, Integer::sum);
        }
        return counts;
    }

    /** @return per solver, in order of first appearance, the number of rows */
    public static Map<String, Integer> attemptCounts(List<NistRow> rows) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NistRow r : rows) {
            counts.merge(r.solver(), 1, Integer::sum);
        }
        return counts;
    }
}
