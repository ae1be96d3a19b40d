package org.sven4j.lsq;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a solve, in the spirit of Ceres' {@code Solver::Summary}: the best parameters
 * found, why the solve stopped, its full iteration history, and where the time went. Immutable.
 */
public final class Summary {
    private final String solver;
    private final double[] parameters;
    private final double initialCost;
    private final double finalCost;
    private final int iterations;
    private final Termination termination;
    private final String message;
    private final List<IterationRecord> history;
    private final Map<Phase, Double> seconds;
    private final double totalSeconds;
    private final int residualEvaluations;
    private final int jacobianEvaluations;

    Summary(String solver, double[] parameters, double initialCost, double finalCost, int iterations,
            Termination termination, String message, List<IterationRecord> history, Map<Phase, Double> seconds,
            double totalSeconds, int residualEvaluations, int jacobianEvaluations) {
        this.solver = solver;
        this.parameters = parameters.clone();
        this.initialCost = initialCost;
        this.finalCost = finalCost;
        this.iterations = iterations;
        this.termination = termination;
        this.message = message;
        this.history = List.copyOf(history);
        this.seconds = new EnumMap<>(seconds);
        this.totalSeconds = totalSeconds;
        this.residualEvaluations = residualEvaluations;
        this.jacobianEvaluations = jacobianEvaluations;
    }

    /** @return the solver's id */
    public String solver() { return solver; }

    /** @return a copy of the best θ found (the one with the lowest cost) */
    public double[] parameters() { return parameters.clone(); }

    /** @return ½‖r(θ₀)‖² */
    public double initialCost() { return initialCost; }

    /** @return ½‖r(θ)‖² at {@link #parameters()} */
    public double finalCost() { return finalCost; }

    /** @return iterations performed */
    public int iterations() { return iterations; }

    public Termination termination() { return termination; }

    /** @return a human-readable account of the termination */
    public String message() { return message; }

    /** @return true if the solve ended on a convergence test */
    public boolean isConverged() { return termination.isConverged(); }

    /** @return one record per iteration, in order (immutable) */
    public List<IterationRecord> history() { return history; }

    /** @return wall-clock seconds spent in {@code phase} */
    public double seconds(Phase phase) { return seconds.getOrDefault(phase, 0.0); }

    /** @return wall-clock seconds of the whole solve */
    public double totalSeconds() { return totalSeconds; }

    public int residualEvaluations() { return residualEvaluations; }

    public int jacobianEvaluations() { return jacobianEvaluations; }

    /**
     * @return this summary
     * @throws SolveFailedException if the solve did not end on a convergence test; the exception carries this summary
     */
    public Summary requireConverged() {
        if (!isConverged()) {
            throw new SolveFailedException(this);
        }
        return this;
    }

    /** @return one line: solver, termination, iterations, costs and time */
    public String briefReport() {
        return String.format(Locale.ROOT, "%s: %s after %d iterations, cost %.6e -> %.6e, %.3f s",
                solver, termination, iterations, initialCost, finalCost, totalSeconds);
    }

    /** @return a multi-line report with the time split and evaluation counts */
    public String fullReport() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Solver            %s%n", solver));
        sb.append(String.format(Locale.ROOT, "Parameters        %d%n", parameters.length));
        sb.append(String.format(Locale.ROOT, "Initial cost      %.12e%n", initialCost));
        sb.append(String.format(Locale.ROOT, "Final cost        %.12e%n", finalCost));
        sb.append(String.format(Locale.ROOT, "Iterations        %d%n", iterations));
        sb.append(String.format(Locale.ROOT, "Residual evals    %d%n", residualEvaluations));
        sb.append(String.format(Locale.ROOT, "Jacobian evals    %d%n", jacobianEvaluations));
        for (Phase p : Phase.values()) {
            sb.append(String.format(Locale.ROOT, "Time %-12s %.3f s%n", p.name().toLowerCase(Locale.ROOT), seconds(p)));
        }
        sb.append(String.format(Locale.ROOT, "Time total        %.3f s%n", totalSeconds));
        sb.append(String.format(Locale.ROOT, "Termination       %s: %s%n", termination, message));
        return sb.toString();
    }

    @Override
    public String toString() {
        return briefReport();
    }
}
