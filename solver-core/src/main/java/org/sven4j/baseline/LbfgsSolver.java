package org.sven4j.baseline;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.Phase;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.SolveRecorder;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/**
 * Limited-memory BFGS on c(θ) = ½‖r(θ)‖², g = Jᵀr. Each iteration takes the direction d = −H·g of
 * the two-loop recursion ({@link LbfgsMemory}, H₀ = γI with γ = sᵀy/yᵀy) and a step length α from a
 * strong-Wolfe line search ({@link StrongWolfeLineSearch}), first trial α = 1 (α = min(1, 1/‖g‖₂)
 * when the memory is empty). Every function+gradient evaluation is one
 * {@link ResidualSystem#residualsAndJacobian} call plus a GEMV Jᵀr (2·N·P flops); the update costs
 * O(m·P).
 *
 * <p>Safeguards: a pair with sᵀy ≤ ε·yᵀy is not stored; a direction that is not a descent direction is
 * replaced by −g with the memory cleared; when a line search finds no decrease the memory is cleared
 * and steepest descent is tried once, and if that fails too the solve ends NO_PROGRESS (typically a
 * minimum to working precision). A line search that runs out of evaluations after finding a decrease
 * takes that point. Points with non-finite residuals are treated as too long a step.
 */
public final class LbfgsSolver implements LeastSquaresSolver {
    private final LbfgsOptions options;

    public LbfgsSolver(LbfgsOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    public LbfgsSolver() {
        this(LbfgsOptions.DEFAULT);
    }

    public LbfgsOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "lbfgs";
    }

    @Override
    public Summary solve(ResidualSystem system, double[] initialParameters) {
        return new Run(system, initialParameters).solve();
    }

    /** The state of one solve. */
    private final class Run {
        private final ResidualSystem system;
        private final SolveRecorder rec;
        private final LinearAlgebra la = LinearAlgebra.get();
        private final DMatrixRMaj jac;
        private final double[] direction;
        private final double[] base;
        private final double[] s;
        private final double[] y;
        private final LineTrial current;
        private final LbfgsMemory memory;
        private final StrongWolfeLineSearch search;
        private long tick;

        Run(ResidualSystem system, double[] theta0) {
            this.system = system;
            this.rec = new SolveRecorder(name(), system, theta0, options.stopping(), options.callbacks());
            int p = system.parameterCount();
            int n = system.residualCount();
            jac = new DMatrixRMaj(n, p);
            direction = new double[p];
            base = new double[p];
            s = new double[p];
            y = new double[p];
            current = new LineTrial(p, n);
            System.arraycopy(theta0, 0, current.theta, 0, p);
            memory = new LbfgsMemory(options.memory(), p);
            search = new StrongWolfeLineSearch(options.c1(), options.c2(), options.maxLineSearchEvaluations(), p, n);
            tick = rec.tick();
        }

        /** Fills r, g, φ = ½‖r‖² at {@code t.theta}; φ' = gᵀd is set by the caller. */
        private void evaluateAt(LineTrial t) {
            tick = rec.charge(Phase.UPDATE, tick);
            try {
                system.residualsAndJacobian(t.theta, t.residuals, jac);
            } finally {
                rec.countJacobian();
                tick = rec.charge(Phase.EVALUATION, tick);
            }
            t.value = SolveRecorder.halfSquaredNorm(t.residuals);
            if (Double.isFinite(t.value)) {
                la.gemv(true, 1.0, jac, t.residuals, 0.0, t.gradient);
                rec.offer(t.theta, t.value);
            }
        }

        private void evaluateOnLine(LineTrial t) {
            double[] th = t.theta;
            for (int j = 0; j < th.length; j++) {
                th[j] = base[j] + t.alpha * direction[j];
            }
            evaluateAt(t);
            t.slope = Double.isFinite(t.value) ? VectorNorms.dot(t.gradient, direction) : Double.NaN;
            tick = rec.charge(Phase.UPDATE, tick);
        }

        Summary solve() {
            evaluateAt(current);
            rec.start(current.theta, current.residuals);
            var stopping = options.stopping();
            if (current.value <= stopping.costTolerance()) {
                return rec.finish(0, Termination.COST_TOLERANCE,
                        rec.describe(Termination.COST_TOLERANCE) + " at the initial point");
            }
            double gradNorm = VectorNorms.normInf(current.gradient);
            if (!Double.isFinite(gradNorm)) {
                return rec.finish(0, Termination.FAILURE, "non-finite gradient J^T r at the initial point");
            }
            if (gradNorm <= stopping.gradientTolerance()) {
                return rec.finish(0, Termination.GRADIENT_TOLERANCE,
                        rec.describe(Termination.GRADIENT_TOLERANCE) + " at the initial point");
            }
            int it = 0;
            while (true) {
                Termination budget = rec.checkBudget(it);
                if (budget != null) {
                    return rec.finish(it, budget, rec.describe(budget));
                }
                memory.direction(current.gradient, direction);
                current.slope = VectorNorms.dot(current.gradient, direction);
                if (!(current.slope < 0)) {
                    memory.clear();
                    memory.direction(current.gradient, direction);
                    current.slope = VectorNorms.dot(current.gradient, direction);
                }
                double alpha0 = memory.size() > 0 ? 1.0 : Math.min(1.0, 1.0 / VectorNorms.norm2(current.gradient));
                System.arraycopy(current.theta, 0, base, 0, base.length);
                boolean steepest = memory.size() == 0;
                StrongWolfeLineSearch.Result res;
                try {
                    res = search.search(this::evaluateOnLine, current, alpha0);
                } catch (RuntimeException e) {
                    return rec.finish(it, Termination.FAILURE, "the residual system threw at iteration " + (it + 1)
                            + ": " + e);
                }
                it++;
                if (res.status() == StrongWolfeLineSearch.Status.FAILED) {
                    rec.record(new IterationRecord(it, current.value, gradNorm, 0.0, Double.NaN, 0.0, -1,
                            new double[0], res.evaluations(), false, rec.blockCosts(current.residuals),
                            rec.elapsedSeconds()), current.theta);
                    tick = rec.charge(Phase.UPDATE, tick);
                    if (steepest) {
                        return rec.finish(it, Termination.NO_PROGRESS, "the line search along -g found no decrease"
                                + " in " + res.evaluations() + " evaluations");
                    }
                    memory.clear();
                    continue;
                }
                LineTrial next = res.point();
                for (int j = 0; j < s.length; j++) {
                    s[j] = next.theta[j] - current.theta[j];
                    y[j] = next.gradient[j] - current.gradient[j];
                }
                memory.push(s, y);
                double previousCost = current.value;
                double linearisationGradNorm = gradNorm;
                current.copyFrom(next);
                gradNorm = VectorNorms.normInf(current.gradient);
                double stepNorm = VectorNorms.norm2(s);
                rec.record(new IterationRecord(it, current.value, linearisationGradNorm, stepNorm, Double.NaN,
                        next.alpha, -1, new double[0], res.evaluations(), true, rec.blockCosts(current.residuals),
                        rec.elapsedSeconds()), current.theta);
                Termination t = stopping.afterStep(previousCost, current.value, gradNorm, stepNorm,
                        VectorNorms.norm2(current.theta));
                tick = rec.charge(Phase.UPDATE, tick);
                if (t != null) {
                    return rec.finish(it, t, rec.describe(t));
                }
                if (!Double.isFinite(gradNorm)) {
                    return rec.finish(it, Termination.FAILURE, "non-finite gradient J^T r at iteration " + it);
                }
            }
        }
    }
}
