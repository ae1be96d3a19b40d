package org.sven4j.baseline;

import java.util.List;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.OptionsBuilder;
import org.sven4j.lsq.Stopping;

/**
 * Options of {@link AdamSolver}; immutable, built with {@link #builder()}.
 *
 * <p>Learning-rate schedule (as TensorFlow's {@code ExponentialDecay}): at step t = 0, 1, 2, …
 * <pre>
 *   η_t = max(η_min, η₀ · γ^e),  e = t / T (continuous) or ⌊t / T⌋ (staircase)
 * </pre>
 * with η₀ = {@link #learningRate()}, γ = {@link #decayRate()}, T = {@link #decaySteps()}. γ = 1 (the
 * default) gives a constant learning rate; for example γ = 0.9, T = 1000 is a common PINN choice.
 *
 * @param learningRate η₀ > 0 (default 1e-3)
 * @param beta1 first-moment decay β₁ ∈ [0, 1) (default 0.9)
 * @param beta2 second-moment decay β₂ ∈ [0, 1) (default 0.999)
 * @param epsilon ε > 0 added to √v̂ (default 1e-8)
 * @param decayRate γ ∈ (0, 1] (default 1: no decay)
 * @param decaySteps T ≥ 1 (default 1000)
 * @param staircase whether the exponent is ⌊t/T⌋ (default false)
 * @param minLearningRate η_min ≥ 0, a floor for the schedule (default 0)
 * @param divergenceFactor the solve ends DIVERGED when the cost exceeds this·initial cost (default 1e10, > 1)
 * @param stopping budgets and tolerances (default {@link Stopping#DEFAULT})
 * @param callbacks called once per iteration (default none)
 */
public record AdamOptions(double learningRate, double beta1, double beta2, double epsilon, double decayRate,
        int decaySteps, boolean staircase, double minLearningRate, double divergenceFactor, Stopping stopping,
        List<IterationCallback> callbacks) {

    /** The defaults listed above. */
    public static final AdamOptions DEFAULT = builder().build();

    public AdamOptions {
        requirePositive("learningRate", learningRate);
        if (!(beta1 >= 0 && beta1 < 1)) {
            throw new IllegalArgumentException("beta1 must be in [0, 1), got " + beta1);
        }
        if (!(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("beta2 must be in [0, 1), got " + beta2);
        }
        requirePositive("epsilon", epsilon);
        if (!(decayRate > 0 && decayRate <= 1)) {
            throw new IllegalArgumentException("decayRate must be in (0, 1], got " + decayRate);
        }
        if (decaySteps < 1) {
            throw new IllegalArgumentException("decaySteps must be >= 1, got " + decaySteps);
        }
        if (!(minLearningRate >= 0) || Double.isInfinite(minLearningRate)) {
            throw new IllegalArgumentException("minLearningRate must be finite and >= 0, got " + minLearningRate);
        }
        if (!(divergenceFactor > 1)) {
            throw new IllegalArgumentException("divergenceFactor must be > 1, got " + divergenceFactor);
        }
        if (stopping == null) {
            throw new IllegalArgumentException("stopping must not be null");
        }
        callbacks = Baselines.copyCallbacks(callbacks);
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
    }

    /** @return η_t for step t ≥ 0 (0-based) of the schedule */
    public double learningRateAt(long step) {
        if (decayRate == 1.0) {
            return Math.max(minLearningRate, learningRate);
        }
        double e = staircase ? Math.floor((double) step / decaySteps) : (double) step / decaySteps;
        return Math.max(minLearningRate, learningRate * Math.pow(decayRate, e));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder preset with these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.learningRate = learningRate;
        b.beta1 = beta1;
        b.beta2 = beta2;
        b.epsilon = epsilon;
        b.decayRate = decayRate;
        b.decaySteps = decaySteps;
        b.staircase = staircase;
        b.minLearningRate = minLearningRate;
        b.divergenceFactor = divergenceFactor;
        b.stopping(stopping).callbacks(callbacks);
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder extends OptionsBuilder<Builder> {
        private double learningRate = 1e-3;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double epsilon = 1e-8;
        private double decayRate = 1.0;
        private int decaySteps = 1000;
        private boolean staircase;
        private double minLearningRate;
        private double divergenceFactor = 1e10;

        private Builder() {
        }

        @Override
        protected Builder self() { return this; }

        public Builder learningRate(double v) { learningRate = v; return this; }

        public Builder beta1(double v) { beta1 = v; return this; }

        public Builder beta2(double v) { beta2 = v; return this; }

        public Builder epsilon(double v) { epsilon = v; return this; }

        /** Exponential decay η₀·γ^(t/T); γ = 1 switches decay off. */
        public Builder decay(double rate, int steps, boolean staircase) {
            this.decayRate = rate;
            this.decaySteps = steps;
            this.staircase = staircase;
            return this;
        }

        public Builder minLearningRate(double v) { minLearningRate = v; return this; }

        public Builder divergenceFactor(double v) { divergenceFactor = v; return this; }

        public AdamOptions build() {
            return new AdamOptions(learningRate, beta1, beta2, epsilon, decayRate, decaySteps, staircase,
                    minLearningRate, divergenceFactor, builtStopping(), builtCallbacks());
        }
    }
}
