package org.sven4j.testproblems;

import java.util.Objects;
import org.sven4j.lsq.ResidualSystem;

/**
 * One Moré–Garbow–Hillstrom problem: the residual function, the paper's standard starting point and
 * the known minimum. Costs use Sven's convention c = ½‖r‖² = F/2, where F = Σfᵢ² is the sum of squares
 * the paper tabulates. Immutable; array accessors return copies.
 */
public final class MghProblem {
    private final String name;
    private final MghFunction function;
    private final double[] start;
    private final double minimumSumOfSquares;
    private final double alternativeSumOfSquares;
    private final double[] minimiser;
    private final boolean minimiserUnique;
    private final String note;

    MghProblem(String name, MghFunction function, double[] start, double minimumSumOfSquares,
            double alternativeSumOfSquares, double[] minimiser, boolean minimiserUnique, String note) {
        this.name = Objects.requireNonNull(name);
        this.function = Objects.requireNonNull(function);
        this.start = start.clone();
        this.minimumSumOfSquares = minimumSumOfSquares;
        this.alternativeSumOfSquares = alternativeSumOfSquares;
        this.minimiser = minimiser == null ? null : minimiser.clone();
        this.minimiserUnique = minimiserUnique;
        this.note = note == null ? "" : note;
        if (start.length != function.variables() || (minimiser != null && minimiser.length != function.variables())) {
            throw new IllegalArgumentException(name + ": start/minimiser length must be " + function.variables());
        }
    }

    /** @return a short name such as {@code "rosenbrock"} */
    public String name() { return name; }

    /** @return the residual function */
    public MghFunction function() { return function; }

    /** @return a new residual system (values in double, Jacobian by forward-mode AD) */
    public ResidualSystem system() { return new FieldResidualSystem(function); }

    /** @return the standard starting point x₀ of the paper */
    public double[] start() { return start.clone(); }

    /** @return the global minimum of c = ½Σfᵢ² (the paper's F* / 2) */
    public double minimumCost() { return 0.5 * minimumSumOfSquares; }

    /** @return the global minimum of F = Σfᵢ², as tabulated in the paper */
    public double minimumSumOfSquares() { return minimumSumOfSquares; }

    /**
     * @return the cost ½F of a documented other minimum that local methods may reach from the standard start
     *         (a local minimum, or a limit at infinity, see {@link #note()}), or null if none is documented
     */
    public Double alternativeMinimumCost() {
        return Double.isNaN(alternativeSumOfSquares) ? null : 0.5 * alternativeSumOfSquares;
    }

    /** @return a point where {@link #minimumCost()} is attained (to about 10 digits), or null if none is given */
    public double[] minimiser() { return minimiser == null ? null : minimiser.clone(); }

    /** @return true when the minimiser is the only global minimiser */
    public boolean minimiserUnique() { return minimiserUnique; }

    /** @return remarks on other minima or on the problem's difficulty; empty if none */
    public String note() { return note; }

    @Override
    public String toString() {
        return "MGH " + name + " (n = " + function.variables() + ", m = " + function.residuals() + ")";
    }
}
