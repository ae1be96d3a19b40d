package org.sven4j.lsq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What every solver's options builder shares: the {@link Stopping} criteria and the {@link IterationCallback}s.
 *
 * <p>{@link #stopping(Stopping)} sets the base criteria; the setters of single criteria ({@link #maxIterations},
 * {@link #timeBudget}, the tolerances, {@link #stall}) override the base whatever the order of the calls, so
 * {@code stopping(s).maxIterations(50)} and {@code maxIterations(50).stopping(s)} build the same options.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class OptionsBuilder<B extends OptionsBuilder<B>> {
    private Stopping base = Stopping.DEFAULT;
    private Integer maxIterations;
    private Duration timeBudget;
    private Double costTolerance;
    private Double functionTolerance;
    private Double gradientTolerance;
    private Double stepTolerance;
    private Integer stallWindow;
    private Double stallTolerance;
    private List<IterationCallback> callbacks = new ArrayList<>();

    protected OptionsBuilder() {
    }

    /** @return this builder as its concrete type */
    protected abstract B self();

    /** @param s the base criteria (single criteria set on this builder override it) */
    public B stopping(Stopping s) {
        if (s == null) {
            throw new IllegalArgumentException("stopping must not be null");
        }
        base = s;
        return self();
    }

    public B maxIterations(int n) { maxIterations = n; return self(); }

    public B timeBudget(Duration d) { timeBudget = d; return self(); }

    /** @param v stop when ½‖r‖² ≤ v */
    public B costTolerance(double v) { costTolerance = v; return self(); }

    /** @param v stop when the relative cost decrease (Sven: the predicted one) is ≤ v */
    public B functionTolerance(double v) { functionTolerance = v; return self(); }

    /** @param v stop when ‖Jᵀr‖∞ ≤ v */
    public B gradientTolerance(double v) { gradientTolerance = v; return self(); }

    /** @param v stop when ‖δθ‖₂ ≤ v·(‖θ‖₂ + v) */
    public B stepTolerance(double v) { stepTolerance = v; return self(); }

    /** @param window w iterations (0 turns the stall test off) @param tolerance the relative decrease they must reach */
    public B stall(int window, double tolerance) {
        stallWindow = window;
        stallTolerance = tolerance;
        return self();
    }

    /** Turns the stall test off. */
    public B withoutStall() { return stall(0, 0.0); }

    /** Adds a callback, called after the ones added before it. */
    public B callback(IterationCallback c) {
        if (c == null) {
            throw new IllegalArgumentException("callback must not be null");
        }
        callbacks.add(c);
        return self();
    }

    /** Replaces the callbacks. */
    public B callbacks(List<IterationCallback> cs) {
        if (cs == null) {
            throw new IllegalArgumentException("callbacks must not be null (use an empty list)");
        }
        callbacks = new ArrayList<>();
        cs.forEach(this::callback);
        return self();
    }

    /** @return the base criteria with the single criteria set on this builder applied (validated) */
    protected final Stopping builtStopping() {
        Stopping s = base;
        if (maxIterations != null) {
            s = s.withMaxIterations(maxIterations);
        }
        if (timeBudget != null) {
            s = s.withTimeBudget(timeBudget);
        }
        if (costTolerance != null) {
            s = s.withCostTolerance(costTolerance);
        }
        if (functionTolerance != null) {
            s = s.withFunctionTolerance(functionTolerance);
        }
        if (gradientTolerance != null) {
            s = s.withGradientTolerance(gradientTolerance);
        }
        if (stepTolerance != null) {
            s = s.withStepTolerance(stepTolerance);
        }
        if (stallWindow != null) {
            s = s.withStall(stallWindow, stallTolerance);
        }
        return s;
    }

    /** @return an immutable copy of the callbacks */
    protected final List<IterationCallback> builtCallbacks() {
        return List.copyOf(callbacks);
    }
}
