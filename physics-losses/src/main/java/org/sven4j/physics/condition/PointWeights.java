package org.sven4j.physics.condition;

/** The per-point weights w_p &gt; 0 of a {@link Condition}: none (all 1), explicit values, or a function of x. */
public sealed interface PointWeights permits PointWeights.Uniform, PointWeights.Explicit, PointWeights.Field {

    /** w_p = 1. */
    record Uniform() implements PointWeights {
    }

    /** @param values w_p, one per point (a copy is kept and returned) */
    record Explicit(double[] values) implements PointWeights {
        public Explicit {
            values = values.clone();
        }

        @Override public double[] values() { return values.clone(); }
    }

    /** @param function w_p = w(x_p) */
    record Field(ScalarField function) implements PointWeights {
    }
}
