package org.sven4j.lsq;

import java.time.Duration;

/**
 * Stopping criteria shared by every solver; immutable. A solve stops at the first test that holds.
 *
 * <p>The stall test ends a plateau: with c*ᵢ the lowest cost after iteration i, the solve stops with
 * {@link Termination#STALLED} after iteration i ≥ w when c*ᵢ &gt; (1 − s)·c*ᵢ₋w, i.e. when the last w
 * iterations together lowered the best cost by less than the fraction s.
 *
 * @param maxIterations at most this many iterations (≥ 0)
 * @param timeBudget wall-clock budget, measured from the start of {@code solve}
 * @param costTolerance stop when c = ½‖r‖² ≤ this (absolute, ≥ 0)
 * @param functionTolerance stop when an accepted step lowers the cost by ≤ this·c (relative, ≥ 0); Sven stops when
 *        its model predicts a reduction ≤ this·c, after one last undamped step
 * @param gradientTolerance stop when ‖Jᵀr‖∞ ≤ this (absolute, ≥ 0)
 * @param stepTolerance stop when ‖δθ‖₂ ≤ this·(‖θ‖₂ + this) (relative, ≥ 0)
 * @param stallWindow w of the stall test, in iterations (≥ 0; 0 turns the test off)
 * @param stallTolerance s of the stall test, a relative decrease in [0, 1)
 */
public record Stopping(int maxIterations, Duration timeBudget, double costTolerance, double functionTolerance,
        double gradientTolerance, double stepTolerance, int stallWindow, double stallTolerance) {

    /**
     * Defaults: 1000 iterations, no time limit, cost 0, function 1e-15, gradient 0, step 1e-15, and a stall
     * test that stops when 100 iterations lower the best cost by less than 10⁻⁶ of itself.
     */
    public static final Stopping DEFAULT = new Stopping(1000, Duration.ofDays(365), 0.0, 1e-15, 0.0, 1e-15, 100,
            1e-6);

    public Stopping {
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations must be >= 0, got " + maxIterations);
        }
        if (timeBudget == null || timeBudget.isNegative()) {
            throw new IllegalArgumentException("timeBudget must be a non-negative duration, got " + timeBudget);
        }
        requireTolerance("costTolerance", costTolerance);
        requireTolerance("functionTolerance", functionTolerance);
        requireTolerance("gradientTolerance", gradientTolerance);
        requireTolerance("stepTolerance", stepTolerance);
        if (stallWindow < 0) {
            throw new IllegalArgumentException("stallWindow must be >= 0 (0 turns the stall test off), got "
                    + stallWindow);
        }
        if (!(stallTolerance >= 0 && stallTolerance < 1)) {
            throw new IllegalArgumentException("stallTolerance must be in [0, 1), got " + stallTolerance);
        }
    }

    private static void requireTolerance(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }

    public Stopping withMaxIterations(int v) {
        return new Stopping(v, timeBudget, costTolerance, functionTolerance, gradientTolerance, stepTolerance,
                stallWindow, stallTolerance);
    }

    public Stopping withTimeBudget(Duration v) {
        return new Stopping(maxIterations, v, costTolerance, functionTolerance, gradientTolerance, stepTolerance,
                stallWindow, stallTolerance);
    }

    public Stopping withCostTolerance(double v) {
        return new Stopping(maxIterations, timeBudget, v, functionTolerance, gradientTolerance, stepTolerance,
                stallWindow, stallTolerance);
    }

    public Stopping withFunctionTolerance(double v) {
        return new Stopping(maxIterations, timeBudget, costTolerance, v, gradientTolerance, stepTolerance,
                stallWindow, stallTolerance);
    }

    public Stopping withGradientTolerance(double v) {
        return new Stopping(maxIterations, timeBudget, costTolerance, functionTolerance, v, stepTolerance,
                stallWindow, stallTolerance);
    }

    public Stopping withStepTolerance(double v) {
        return new Stopping(maxIterations, timeBudget, costTolerance, functionTolerance, gradientTolerance, v,
                stallWindow, stallTolerance);
    }

    /**
     * @param window w in iterations (0 turns the test off)
     * @param tolerance s, the relative decrease of the best cost that w iterations must reach
     * @return these criteria with the stall test replaced
     */
    public Stopping withStall(int window, double tolerance) {
        return new Stopping(maxIterations, timeBudget, costTolerance, functionTolerance, gradientTolerance,
                stepTolerance, window, tolerance);
    }

    /** @return these criteria without the stall test */
    public Stopping withoutStall() {
        return withStall(0, 0.0);
    }

    /**
     * The convergence tests as a solver applies them after an accepted step, in this order: cost, gradient,
     * function (relative decrease), step.
     *
     * @param previousCost ½‖r‖² before the step
     * @param cost ½‖r‖² after the step
     * @param gradientNormInf ‖Jᵀr‖∞ after the step, or NaN when not known (the test is skipped)
     * @param stepNorm ‖δθ‖₂ of the step
     * @param thetaNorm ‖θ‖₂ after the step
     * @return the termination that holds, or null
     */
    public Termination afterStep(double previousCost, double cost, double gradientNormInf, double stepNorm,
            double thetaNorm) {
        if (cost <= costTolerance) {
            return Termination.COST_TOLERANCE;
        }
        if (gradientNormInf <= gradientTolerance) {
            return Termination.GRADIENT_TOLERANCE;
        }
        double decrease = previousCost - cost;
        if (decrease >= 0 && decrease <= functionTolerance * previousCost) {
            return Termination.FUNCTION_TOLERANCE;
        }
        if (stepNorm <= stepTolerance * (thetaNorm + stepTolerance)) {
            return Termination.STEP_TOLERANCE;
        }
        return null;
    }

    /** @return the message for a termination reached by one of these tests or budgets */
    public String describe(Termination t) {
        return switch (t) {
            case COST_TOLERANCE -> "cost <= costTolerance " + costTolerance;
            case GRADIENT_TOLERANCE -> "gradient max-norm <= gradientTolerance " + gradientTolerance;
            case FUNCTION_TOLERANCE -> "relative cost decrease <= functionTolerance " + functionTolerance;
            case STEP_TOLERANCE -> "step norm <= stepTolerance " + stepTolerance + " relative to |theta|";
            case MAX_ITERATIONS -> "maxIterations " + maxIterations + " reached";
            case TIME_BUDGET -> "time budget " + timeBudget + " spent";
            case INTERRUPTED -> "the solving thread was interrupted";
            case STALLED -> "stalled: " + stallWindow + " iterations lowered the best cost by less than "
                    + stallTolerance + " of itself";
            case USER_REQUESTED -> "an iteration callback asked to stop";
            default -> t.toString();
        };
    }
}
