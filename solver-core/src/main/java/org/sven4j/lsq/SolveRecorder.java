package org.sven4j.lsq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Bookkeeping shared by every solver: input checks, the best iterate, history, iteration callbacks, time
 * split by {@link Phase}, and the budget tests (iterations, wall clock, interruption). A solver
 * creates one per solve; it is not thread-safe.
 */
public final class SolveRecorder {
    private final String solver;
    private final ResidualSystem system;
    private final Stopping stopping;
    private final List<IterationCallback> callbacks;
    /** Why a callback ended the solve (USER_REQUESTED or FAILURE), or null. */
    private Termination callbackStop;
    private String callbackMessage;
    private final List<RowBlock> blocks;
    private final long startNanos = System.nanoTime();
    private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
    private final List<IterationRecord> history = new ArrayList<>();
    private double[] best;
    private double bestCost = Double.POSITIVE_INFINITY;
    private double initialCost = Double.NaN;
    /** The best cost after each recorded iteration (for the stall test), newest last. */
    private double[] bestAfter = new double[16];
    private int recorded;
    private int residualEvaluations;
    private int jacobianEvaluations;

    /**
     * Checks the system and θ₀ and starts the clock.
     *
     * @throws IllegalArgumentException if P or N is not positive or θ₀ has the wrong length or is not finite
     */
    public SolveRecorder(String solver, ResidualSystem system, double[] initialParameters, Stopping stopping,
            List<IterationCallback> callbacks) {
        this.solver = solver;
        this.system = system;
        this.stopping = stopping;
        this.callbacks = List.copyOf(callbacks);
        int p = system.parameterCount();
        int n = system.residualCount();
        if (p <= 0) {
            throw new IllegalArgumentException("residual system has P = " + p + " parameters; need P >= 1");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("residual system has N = " + n + " residuals; need N >= 1");
        }
        if (initialParameters == null || initialParameters.length != p) {
            throw new IllegalArgumentException("initial parameters have length "
                    + (initialParameters == null ? "null" : initialParameters.length) + " but the system has P = " + p);
        }
        int bad = firstNonFinite(initialParameters);
        if (bad >= 0) {
            throw new IllegalArgumentException("initial parameter theta[" + bad + "] is " + initialParameters[bad]);
        }
        this.blocks = system.rowBlocks();
        this.best = initialParameters.clone();
    }

    /** @return index of the first NaN or infinite entry, or -1 */
    public static int firstNonFinite(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                return i;
            }
        }
        return -1;
    }

    /** @return ½‖v‖² */
    public static double halfSquaredNorm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return 0.5 * s;
    }

    /**
     * Records the initial point.
     *
     * @throws IllegalArgumentException naming the first non-finite residual
     */
    public void start(double[] theta0, double[] residuals0) {
        int bad = firstNonFinite(residuals0);
        if (bad >= 0) {
            throw new IllegalArgumentException("residual r[" + bad + "] is " + residuals0[bad]
                    + " at the initial parameters (row block '" + blockOf(bad) + "')");
        }
        initialCost = halfSquaredNorm(residuals0);
        offer(theta0, initialCost);
    }

    private String blockOf(int row) {
        for (RowBlock b : blocks) {
            if (row >= b.start() && row < b.start() + b.count()) {
                return b.name();
            }
        }
        return "?";
    }

    /** Keeps θ if its cost is the lowest seen. Non-finite costs are ignored. */
    public void offer(double[] theta, double cost) {
        if (cost < bestCost) {
            bestCost = cost;
            System.arraycopy(theta, 0, best, 0, best.length);
        }
    }

    /**
     * Makes θ the best iterate when its cost is within the rounding noise of the best cost,
     * cost ≤ best·(1 + slack): for a final step that refines θ where the cost can no longer tell.
     */
    public void offerWithin(double[] theta, double cost, double slack) {
        if (cost <= bestCost * (1 + slack)) {
            bestCost = Math.min(bestCost, cost);
            System.arraycopy(theta, 0, best, 0, best.length);
        }
    }

    /** Forgets the best iterate, for when the rows were resampled and old costs are not comparable. */
    public void resetBest(double[] theta, double cost) {
        bestCost = Double.POSITIVE_INFINITY;
        recorded = 0;
        offer(theta, cost);
    }

    public double bestCost() { return bestCost; }

    public void countResidual() { residualEvaluations++; }

    public void countJacobian() { jacobianEvaluations++; }

    /** @return a timestamp for {@link #charge} */
    public long tick() {
        return System.nanoTime();
    }

    /** Charges the time since {@code tick} to {@code phase} and returns a new tick. */
    public long charge(Phase phase, long tick) {
        long now = System.nanoTime();
        nanos.merge(phase, now - tick, Long::sum);
        return now;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) * 1e-9;
    }

    /** @return ½‖r_b‖² for each row block */
    public double[] blockCosts(double[] residuals) {
        double[] c = new double[blocks.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = blocks.get(i).cost(residuals);
        }
        return c;
    }

    /**
     * Appends a record to the history and calls the callbacks with θ after the iteration. A callback that
     * returns STOP or throws makes the next {@link #checkBudget} return USER_REQUESTED or FAILURE; the callbacks
     * after it are not called for this iteration.
     */
    public void record(IterationRecord r, double[] theta) {
        record(r, ParameterView.of(theta));
    }

    /** As {@link #record(IterationRecord, double[])}, with θ as a view (for solvers that forward another's). */
    public void record(IterationRecord r, ParameterView theta) {
        history.add(r);
        if (recorded == bestAfter.length) {
            bestAfter = Arrays.copyOf(bestAfter, 2 * recorded);
        }
        bestAfter[recorded++] = bestCost;
        if (callbackStop != null || callbacks.isEmpty()) {
            return;
        }
        for (int i = 0; i < callbacks.size(); i++) {
            try {
                if (callbacks.get(i).onIteration(r, theta) == IterationCallback.Decision.STOP) {
                    callbackStop = Termination.USER_REQUESTED;
                    callbackMessage = "iteration callback " + i + " asked to stop after iteration " + r.iteration();
                    return;
                }
            } catch (RuntimeException | AssertionError e) {
                callbackStop = Termination.FAILURE;
                callbackMessage = "iteration callback " + i + " threw " + e + " after iteration " + r.iteration();
                return;
            }
        }
    }

    /** @return whether a callback has asked to stop (or thrown) */
    public boolean stopRequested() {
        return callbackStop != null;
    }

    /**
     * Budget tests made before each iteration.
     *
     * @param completedIterations iterations done so far
     * @return the termination that applies, or null to go on
     */
    public Termination checkBudget(int completedIterations) {
        if (callbackStop != null) {
            return callbackStop;
        }
        if (Thread.currentThread().isInterrupted()) {
            return Termination.INTERRUPTED;
        }
        if (completedIterations >= stopping.maxIterations()) {
            return Termination.MAX_ITERATIONS;
        }
        if (System.nanoTime() - startNanos >= stopping.timeBudget().toNanos()) {
            return Termination.TIME_BUDGET;
        }
        return stalled() ? Termination.STALLED : null;
    }

    /** @return whether the stall test of {@link Stopping} holds over the recorded iterations */
    public boolean stalled() {
        int w = stopping.stallWindow();
        if (w == 0 || recorded <= w) {
            return false;
        }
        double then = bestAfter[recorded - 1 - w];
        return bestCost > (1 - stopping.stallTolerance()) * then;
    }

    /**
     * @return the message for a termination returned by {@link #checkBudget} (or any test of {@link Stopping}):
     *         the callback's account when a callback ended the solve
     */
    public String describe(Termination t) {
        if (t == callbackStop) {
            return callbackMessage;
        }
        return t == Termination.STALLED ? stallMessage() : stopping.describe(t);
    }

    /** @return the message of a {@link Termination#STALLED} stop */
    public String stallMessage() {
        return "stalled: the last " + stopping.stallWindow() + " iterations lowered the best cost by less than "
                + stopping.stallTolerance() + " of itself (best cost " + bestCost + ")";
    }

    /** @return the stopping criteria in force */
    public Stopping stopping() { return stopping; }

    /** @return the system being solved */
    public ResidualSystem system() { return system; }

    /** Builds the summary with the best iterate. */
    public Summary finish(int iterations, Termination termination, String message) {
        Map<Phase, Double> sec = new EnumMap<>(Phase.class);
        nanos.forEach((k, v) -> sec.put(k, v * 1e-9));
        return new Summary(solver, best, initialCost, bestCost, iterations, termination, message, history, sec,
                elapsedSeconds(), residualEvaluations, jacobianEvaluations);
    }
}
