package org.sven4j.baseline;

import java.util.List;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.OptionsBuilder;
import org.sven4j.lsq.Stopping;

/**
 * Options of {@link HipparchusGaussNewtonSolver}; immutable, built with {@link #builder()}.
 *
 * @param decomposition how the linearised problem J·δ = −r is solved
 * @param singularityThreshold QR: pivots below this make J singular (Hipparchus' 1e-11); SVD: ignored
 * @param formNormalEquations solve JᵀJ·δ = −Jᵀr instead of J·δ = −r (squares the condition number; default false)
 * @param maxEvaluations evaluations Hipparchus may make, ≥ 1 (default {@link Integer#MAX_VALUE})
 * @param stopping budgets and tolerances, applied after each step (default {@link Stopping#DEFAULT})
 * @param callbacks called once per step (default none)
 */
public record HipparchusGnOptions(Decomposition decomposition, double singularityThreshold,
        boolean formNormalEquations, int maxEvaluations, Stopping stopping, List<IterationCallback> callbacks) {

    /** Solver for the linearised problem. */
    public enum Decomposition {
        /** Householder QR (Hipparchus {@code QRDecomposer}); fails on a rank-deficient J. */
        QR,
        /** SVD pseudo-inverse (Hipparchus {@code SingularValueDecomposer}), minimum-norm steps with a fixed cut-off. */
        SVD
    }

    /** The defaults listed above. */
    public static final HipparchusGnOptions DEFAULT = builder().build();

    public HipparchusGnOptions {
        if (decomposition == null) {
            throw new IllegalArgumentException("decomposition must not be null");
        }
        HipparchusLmOptions.requireTolerance("singularityThreshold", singularityThreshold);
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
        if (stopping == null) {
            throw new IllegalArgumentException("stopping must not be null");
        }
        callbacks = Baselines.copyCallbacks(callbacks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder extends OptionsBuilder<Builder> {
        private Decomposition decomposition = Decomposition.QR;
        private double singularityThreshold = 1e-11;
        private boolean formNormalEquations;
        private int maxEvaluations = Integer.MAX_VALUE;

        private Builder() {
        }

        @Override
        protected Builder self() { return this; }

        public Builder decomposition(Decomposition v) { decomposition = v; return this; }

        public Builder singularityThreshold(double v) { singularityThreshold = v; return this; }

        public Builder formNormalEquations(boolean v) { formNormalEquations = v; return this; }

        public Builder maxEvaluations(int v) { maxEvaluations = v; return this; }

        public HipparchusGnOptions build() {
            return new HipparchusGnOptions(decomposition, singularityThreshold, formNormalEquations, maxEvaluations,
                    builtStopping(), builtCallbacks());
        }
    }
}
