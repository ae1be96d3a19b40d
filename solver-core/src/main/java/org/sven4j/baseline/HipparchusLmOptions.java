package org.sven4j.baseline;

import java.util.List;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.OptionsBuilder;
import org.sven4j.lsq.Stopping;

/**
 * Options of {@link HipparchusLevenbergMarquardtSolver}; immutable, built with {@link #builder()}.
 * The three MINPACK tolerances default to 1e-15 (Hipparchus' own defaults are 1e-10), so that LM runs
 * to full double accuracy, as needed for the NIST StRD certified values; when a tolerance cannot be met
 * at machine precision the solve ends on the corresponding convergence test.
 *
 * @param costRelativeTolerance stop when actual and predicted relative reductions of ‖r‖² are both ≤ this (≥ 0)
 * @param parameterRelativeTolerance stop when the trust-region radius is ≤ this·‖D·θ‖ (≥ 0)
 * @param orthoTolerance stop when the cosine between r and every column of J is ≤ this (≥ 0)
 * @param initialStepBoundFactor initial trust-region radius factor, &gt; 0 (MINPACK's 100)
 * @param rankingThreshold pivot threshold of the QR factorisation, &gt; 0 (Hipparchus' default 2⁻¹⁰²²)
 * @param maxEvaluations residual evaluations Hipparchus may make, ≥ 1 (default {@link Integer#MAX_VALUE})
 * @param stopping budgets and tolerances, applied after each accepted step (default {@link Stopping#DEFAULT})
 * @param callbacks called once per accepted step (default none)
 */
public record HipparchusLmOptions(double costRelativeTolerance, double parameterRelativeTolerance,
        double orthoTolerance, double initialStepBoundFactor, double rankingThreshold, int maxEvaluations,
        Stopping stopping, List<IterationCallback> callbacks) {

    /** The defaults listed above. */
    public static final HipparchusLmOptions DEFAULT = builder().build();

    public HipparchusLmOptions {
        requireTolerance("costRelativeTolerance", costRelativeTolerance);
        requireTolerance("parameterRelativeTolerance", parameterRelativeTolerance);
        requireTolerance("orthoTolerance", orthoTolerance);
        AdamOptions.requirePositive("initialStepBoundFactor", initialStepBoundFactor);
        AdamOptions.requirePositive("rankingThreshold", rankingThreshold);
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
        if (stopping == null) {
            throw new IllegalArgumentException("stopping must not be null");
        }
        callbacks = Baselines.copyCallbacks(callbacks);
    }

    static void requireTolerance(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder extends OptionsBuilder<Builder> {
        private double costRelativeTolerance = 1e-15;
        private double parameterRelativeTolerance = 1e-15;
        private double orthoTolerance = 1e-15;
        private double initialStepBoundFactor = 100;
        private double rankingThreshold = 0x1.0p-1022;
        private int maxEvaluations = Integer.MAX_VALUE;

        private Builder() {
        }

        @Override
        protected Builder self() { return this; }

        public Builder costRelativeTolerance(double v) { costRelativeTolerance = v; return this; }

        public Builder parameterRelativeTolerance(double v) { parameterRelativeTolerance = v; return this; }

        public Builder orthoTolerance(double v) { orthoTolerance = v; return this; }

        public Builder initialStepBoundFactor(double v) { initialStepBoundFactor = v; return this; }

        public Builder rankingThreshold(double v) { rankingThreshold = v; return this; }

        public Builder maxEvaluations(int v) { maxEvaluations = v; return this; }

        public HipparchusLmOptions build() {
            return new HipparchusLmOptions(costRelativeTolerance, parameterRelativeTolerance, orthoTolerance,
                    initialStepBoundFactor, rankingThreshold, maxEvaluations, builtStopping(), builtCallbacks());
        }
    }
}
