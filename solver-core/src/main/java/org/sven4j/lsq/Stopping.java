package org.sven4j.lsq;

import java.time.Duration;

/**
 * Stopping criteria shared by every solver; immutable. A solve stops at the first test that holds.
 *
 * @param maxIterations at most this many iterations (≥ 0)
 * @param timeBudget wall-clock budget, measured from the start of {@code solve}
 * @param costTolerance stop when c = ½‖r‖² ≤ this (absolute, ≥ 0)
 * @param functionTolerance stop when an accepted step lowers the cost by ≤ this·c (relative, ≥ 0)
 * @param gradientTolerance stop when ‖Jᵀr‖∞ ≤ this (absolute, ≥ 0)
 * @param stepTolerance stop when ‖δθ‖₂ ≤ this·(‖θ‖₂ + this) (relative, ≥ 0)
 */
public record Stopping(int maxIterations, Duration timeBudget, double costTolerance, double functionTolerance,
        double gradientTolerance, double stepTolerance) {

    /** Defaults: 1000 iterations, no time limit, cost 0, function 1e-15, gradient 0, step 1e-15. */
    public static final Stopping DEFAULT = new Stopping(1000, Duration.ofDays(365), 0.0, 1e-15, 0.0, 1e-15);

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
    }

    private static void requireTolerance(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }

    public Stopping withMaxIterations(int v) {
        return new Stopping(v, timeBudget, costTolerance, functionTolerance, gradientTolerance, stepTolerance);
    }

    public Stopping withTimeBudget(Duration v) {
        return new Stopping(maxIterations, v, costTolerance, functionTolerance, gradientTolerance, stepTolerance);
    }

    public Stopping withCostTolerance(double v) {
        return new Stopping(maxIterations, timeBudget, v, functionTolerance, gradientTolerance, stepTolerance);
    }

    public Stopping withFunctionTolerance(double v) {
        return new Stopping(maxIterations, timeBudget, costTolerance, v, gradientTolerance, stepTolerance);
    }

    public Stopping withGradientTolerance(double v) {
        return new Stopping(maxIterations, timeBudget, costTolerance, functionTolerance, v, stepTolerance);
    }

    public Stopping withStepTolerance(double v) {
        return new Stopping(maxIterations, timeBudget, costTolerance, functionTolerance, gradientTolerance, v);
    }
}
