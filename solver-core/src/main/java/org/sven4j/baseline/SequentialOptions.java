package org.sven4j.baseline;

import java.util.ArrayList;
import java.util.List;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.OptionsBuilder;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.Stopping;

/**
 * Options of {@link SequentialSolver}; immutable, built with {@link #builder()}.
 *
 * @param name the composite's id in reports, for example {@code "adam-lbfgs"}
 * @param stages at least one stage, run in order
 * @param stopping the overall budgets (split between stages) and the tolerances every stage uses
 * @param callbacks called once per iteration of any stage, with iteration numbers continued across stages
 */
public record SequentialOptions(String name, List<Stage> stages, Stopping stopping, List<IterationCallback> callbacks) {

    /** Builds a stage's solver for the stopping criteria and callbacks the chain hands it. */
    @FunctionalInterface
    public interface StageFactory {
        LeastSquaresSolver create(Stopping stopping, List<IterationCallback> callbacks);
    }

    /**
     * One stage.
     *
     * @param factory builds the solver
     * @param budgetShare the fraction of the overall iteration and time budgets this stage may use,
     *        in (0, 1]; the last stage gets whatever the earlier ones left, whatever its share
     */
    public record Stage(StageFactory factory, double budgetShare) {
        public Stage {
            if (factory == null) {
                throw new IllegalArgumentException("stage factory must not be null");
            }
            if (!(budgetShare > 0 && budgetShare <= 1)) {
                throw new IllegalArgumentException("budgetShare must be in (0, 1], got " + budgetShare);
            }
        }
    }

    public SequentialOptions {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (stages == null || stages.isEmpty()) {
            throw new IllegalArgumentException("a sequential solver needs at least one stage");
        }
        double sum = 0;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i) == null) {
                throw new IllegalArgumentException("stages[" + i + "] is null");
            }
            if (i < stages.size() - 1) {
                sum += stages.get(i).budgetShare();
            }
        }
        if (sum >= 1) {
            throw new IllegalArgumentException("the budget shares of all stages but the last sum to " + sum
                    + ", leaving nothing for the last stage; need < 1");
        }
        stages = List.copyOf(stages);
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
        private String name = "sequential";
        private final List<Stage> stages = new ArrayList<>();

        private Builder() {
        }

        @Override
        protected Builder self() { return this; }

        public Builder name(String v) { name = v; return this; }

        /** Appends a stage. */
        public Builder stage(StageFactory factory, double budgetShare) {
            stages.add(new Stage(factory, budgetShare));
            return this;
        }

        public SequentialOptions build() {
            return new SequentialOptions(name, stages, builtStopping(), builtCallbacks());
        }
    }
}
