package org.sven4j.baseline;

import java.time.Duration;
import java.util.List;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.Phase;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.SolveRecorder;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/**
 * Runs several solvers one after the other, each starting from the best iterate of the previous
 * one, for example Adam followed by L-BFGS ({@link #adamThenLbfgs}). Stage k (not the last) may use
 * ⌊share_k·maxIterations⌋ iterations and share_k of the time budget, capped by what is left; the last
 * stage gets the rest. Every stage uses the overall tolerances. The history is the stages' histories
 * concatenated, with iteration numbers and elapsed times continued; callbacks see it live.
 *
 * <p>The chain stops early when a stage reaches the cost tolerance, is interrupted, or throws (FAILURE);
 * after any other termination the next stage starts. The summary's termination is that of the last stage run.
 * Evaluation counts and phase times are the sums over the stages, plus one residual evaluation at θ₀.
 */
public final class SequentialSolver implements LeastSquaresSolver {
    private final SequentialOptions options;

    public SequentialSolver(SequentialOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /**
     * Adam, then L-BFGS, named {@code "adam-lbfgs"}; each stage keeps its own method options but takes
     * {@code stopping}'s tolerances and its share of the budgets, and reports to the chain's callbacks
     * (callbacks inside {@code adam} and {@code lbfgs} are replaced).
     *
     * @param adamShare the fraction of iterations and time given to Adam, in (0, 1)
     */
    public static SequentialSolver adamThenLbfgs(AdamOptions adam, LbfgsOptions lbfgs, double adamShare,
            Stopping stopping, List<IterationCallback> callbacks) {
        if (adam == null || lbfgs == null) {
            throw new IllegalArgumentException("adam and lbfgs options must not be null");
        }
        return new SequentialSolver(SequentialOptions.builder()
                .name("adam-lbfgs")
                .stage((s, l) -> new AdamSolver(adam.toBuilder().stopping(s).callbacks(l).build()), adamShare)
                .stage((s, l) -> new LbfgsSolver(lbfgs.toBuilder().stopping(s).callbacks(l).build()), 1 - adamShare)
                .stopping(stopping)
                .callbacks(callbacks)
                .build());
    }

    public SequentialOptions options() {
        return options;
    }

    @Override
    public String name() {
        return options.name();
    }

    @Override
    public Summary solve(ResidualSystem system, double[] initialParameters) {
        Stopping stopping = options.stopping();
        SolveRecorder rec = new SolveRecorder(name(), system, initialParameters, stopping, options.callbacks());
        double[] r0 = new double[system.residualCount()];
        long tick = rec.tick();
        system.residuals(initialParameters, r0);
        rec.countResidual();
        rec.charge(Phase.EVALUATION, tick);
        rec.start(initialParameters, r0);
        if (rec.bestCost() <= stopping.costTolerance()) {
            return rec.finish(0, Termination.COST_TOLERANCE,
                    rec.describe(Termination.COST_TOLERANCE) + " at the initial point");
        }
        double[] theta = initialParameters.clone();
        int[] done = {0};
        Termination last = null;
        StringBuilder message = new StringBuilder();
        List<SequentialOptions.Stage> stages = options.stages();
        for (int k = 0; k < stages.size(); k++) {
            Termination budget = rec.checkBudget(done[0]);
            if (budget != null) {
                return rec.finish(done[0], budget, message + rec.describe(budget));
            }
            boolean isLast = k == stages.size() - 1;
            int iterationsLeft = stopping.maxIterations() - done[0];
            Duration timeLeft = min(stopping.timeBudget(), stopping.timeBudget().minusNanos((long) (rec.elapsedSeconds() * 1e9)));
            double share = stages.get(k).budgetShare();
            int iterations = isLast ? iterationsLeft
                    : Math.min(iterationsLeft, (int) Math.floor(share * stopping.maxIterations()));
            Duration time = isLast ? timeLeft : min(timeLeft, scale(stopping.timeBudget(), share));
            if (iterations == 0 && !isLast) {
                continue;
            }
            Stopping stageStopping = stopping.withMaxIterations(iterations).withTimeBudget(time);
            double stageStart = rec.elapsedSeconds();
            IterationCallback forward = (r, view) -> {
                done[0]++;
                rec.record(new IterationRecord(done[0], r.cost(), r.gradientNorm(), r.stepNorm(), r.lambda(), r.eta(),
                        r.rank(), r.singularValues(), r.trials(), r.accepted(), r.blockCosts(),
                        stageStart + r.elapsedSeconds()), view);
                return rec.stopRequested() ? IterationCallback.Decision.STOP : IterationCallback.Decision.CONTINUE;
            };
            Summary s;
            String stageName = "stage " + (k + 1);
            try {
                LeastSquaresSolver solver = stages.get(k).factory().create(stageStopping, List.of(forward));
                stageName += " (" + solver.name() + ")";
                s = solver.solve(system, theta);
            } catch (RuntimeException e) {
                return rec.finish(done[0], Termination.FAILURE, message + stageName + " threw: " + e);
            }
            absorb(rec, s);
            rec.offer(s.parameters(), s.finalCost());
            theta = s.parameters();
            last = s.termination();
            if (rec.stopRequested()) {
                Termination stop = rec.checkBudget(done[0]);
                return rec.finish(done[0], stop, message + rec.describe(stop));
            }
            message.append(stageName).append(": ").append(last).append(" after ").append(s.iterations())
                    .append(" iterations, cost ").append(s.finalCost()).append(" (").append(s.message()).append(")");
            if (last == Termination.COST_TOLERANCE || last == Termination.INTERRUPTED) {
                break;
            }
            if (!isLast) {
                message.append("; ");
            }
        }
        return rec.finish(done[0], last, message.toString());
    }

    /** Adds a stage's evaluation counts and phase times to the chain's recorder. */
    private static void absorb(SolveRecorder rec, Summary s) {
        for (int i = 0; i < s.residualEvaluations(); i++) {
            rec.countResidual();
        }
        for (int i = 0; i < s.jacobianEvaluations(); i++) {
            rec.countJacobian();
        }
        for (Phase phase : Phase.values()) {
            long nanos = Math.round(s.seconds(phase) * 1e9);
            rec.charge(phase, rec.tick() - nanos);
        }
    }

    private static Duration scale(Duration d, double f) {
        double nanos = d.getSeconds() * 1e9 * f + d.getNano() * f;
        return nanos >= Long.MAX_VALUE ? d : Duration.ofNanos((long) nanos);
    }

    private static Duration min(Duration a, Duration b) {
        Duration m = a.compareTo(b) <= 0 ? a : b;
        return m.isNegative() ? Duration.ZERO : m;
    }
}
