package org.sven4j.baseline;

import java.util.List;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.OptionsBuilder;
import org.sven4j.lsq.Stopping;

/**
 * Options of {@link LbfgsSolver}; immutable, built with {@link #builder()}.
 *
 * @param memory m, the number of (s, y) pairs kept, ≥ 1 (default 20; PINN work often uses 50–100)
 * @param c1 sufficient-decrease constant of the strong Wolfe conditions, 0 &lt; c1 &lt; c2 (default 1e-4)
 * @param c2 curvature constant of the strong Wolfe conditions, c1 &lt; c2 &lt; 1 (default 0.9)
 * @param maxLineSearchEvaluations function+gradient evaluations allowed per line search, ≥ 1 (default 25)
 * @param stopping budgets and tolerances (default {@link Stopping#DEFAULT})
 * @param callbacks called once per iteration (default none)
 */
public record LbfgsOptions(int memory, double c1, double c2, int maxLineSearchEvaluations, Stopping stopping,
        List<IterationCallback> callbacks) {

    /** The defaults listed above. */
    public static final LbfgsOptions DEFAULT = builder().build();

    public LbfgsOptions {
        if (memory < 1) {
            throw new IllegalArgumentException("memory must be >= 1, got " + memory);
        }
        if (!(c1 > 0 && c1 < 1)) {
            throw new IllegalArgumentException("c1 must be in (0, 1), got " + c1);
        }
        if (!(c2 > c1 && c2 < 1)) {
            throw new IllegalArgumentException("c2 must be in (c1, 1) = (" + c1 + ", 1), got " + c2);
        }
        if (maxLineSearchEvaluations < 1) {
            throw new IllegalArgumentException("maxLineSearchEvaluations must be >= 1, got " + maxLineSearchEvaluations);
        }
        if (stopping == null) {
            throw new IllegalArgumentException("stopping must not be null");
        }
        callbacks = Baselines.copyCallbacks(callbacks);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder preset with these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.memory = memory;
        b.c1 = c1;
        b.c2 = c2;
        b.maxLineSearchEvaluations = maxLineSearchEvaluations;
        b.stopping(stopping).callbacks(callbacks);
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder extends OptionsBuilder<Builder> {
        private int memory = 20;
        private double c1 = 1e-4;
        private double c2 = 0.9;
        private int maxLineSearchEvaluations = 25;

        private Builder() {
        }

        @Override
        protected Builder self() { return this; }

        public Builder memory(int v) { memory = v; return this; }

        public Builder c1(double v) { c1 = v; return this; }

        public Builder c2(double v) { c2 = v; return this; }

        public Builder maxLineSearchEvaluations(int v) { maxLineSearchEvaluations = v; return this; }

        public LbfgsOptions build() {
            return new LbfgsOptions(memory, c1, c2, maxLineSearchEvaluations, builtStopping(), builtCallbacks());
        }
    }
}
