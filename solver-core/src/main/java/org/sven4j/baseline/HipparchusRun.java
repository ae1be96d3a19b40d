package org.sven4j.baseline;

import java.util.List;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.Localizable;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.ConvergenceChecker;
import org.hipparchus.optim.LocalizedOptimFormats;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem.Evaluation;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.Phase;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.SolveRecorder;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/**
 * One solve through a Hipparchus {@link LeastSquaresOptimizer}: builds the problem around a
 * {@link HipparchusModel}, turns Hipparchus' convergence-checker calls (one per accepted step for both
 * Levenberg–Marquardt and Gauss–Newton) into {@link IterationRecord}s and our {@link Stopping} tests,
 * and maps Hipparchus' exceptions to terminations. Hipparchus' own iteration limit is disabled; ours is
 * enforced in the checker.
 */
final class HipparchusRun {
    private final String name;
    private final LeastSquaresOptimizer optimizer;
    private final boolean lazy;
    private final int maxEvaluations;
    private final Stopping stopping;
    private final List<IterationCallback> callbacks;
    private final double eta;

    /**
     * @param lazy whether trial residuals are evaluated without the Jacobian (right for LM, which
     *        needs J only at accepted points)
     * @param eta the step length reported in the history (1 for Gauss–Newton, NaN for LM)
     */
    HipparchusRun(String name, LeastSquaresOptimizer optimizer, boolean lazy, int maxEvaluations, Stopping stopping,
            List<IterationCallback> callbacks, double eta) {
        this.name = name;
        this.optimizer = optimizer;
        this.lazy = lazy;
        this.maxEvaluations = maxEvaluations;
        this.stopping = stopping;
        this.callbacks = callbacks;
        this.eta = eta;
    }

    Summary solve(ResidualSystem system, double[] theta0) {
        SolveRecorder rec = new SolveRecorder(name, system, theta0, stopping, callbacks);
        double[] r0 = new double[system.residualCount()];
        long tick = rec.tick();
        system.residuals(theta0, r0);
        rec.countResidual();
        rec.charge(Phase.EVALUATION, tick);
        rec.start(theta0, r0);
        if (rec.bestCost() <= stopping.costTolerance()) {
            return rec.finish(0, Termination.COST_TOLERANCE,
                    rec.describe(Termination.COST_TOLERANCE) + " at the initial point");
        }
        Termination budget = rec.checkBudget(0);
        if (budget != null) {
            return rec.finish(0, budget, rec.describe(budget));
        }
        HipparchusModel model = new HipparchusModel(system, rec, !lazy, theta0, r0);
        Checker checker = new Checker(rec, model, theta0, r0);
        LeastSquaresBuilder builder = new LeastSquaresBuilder()
                .start(theta0)
                .target(new double[system.residualCount()])
                .maxIterations(Integer.MAX_VALUE)
                .maxEvaluations(maxEvaluations)
                .checker(checker)
                .lazyEvaluation(lazy);
        if (lazy) {
            builder.model(model.valueFunction(), model.jacobianFunction());
        } else {
            builder.model(model);
        }
        Termination termination;
        String message;
        try {
            optimizer.optimize(builder.build());
            if (checker.termination != null) {
                termination = checker.termination;
                message = rec.describe(termination);
            } else if (rec.bestCost() <= stopping.costTolerance()) {
                termination = Termination.COST_TOLERANCE;
                message = rec.describe(termination);
            } else {
                termination = Termination.FUNCTION_TOLERANCE;
                message = name + " converged on its own cost, parameter or orthogonality tolerance";
            }
        } catch (HipparchusModel.Stop stop) {
            termination = stop.termination;
            message = stop.getMessage();
        } catch (MathRuntimeException e) {
            Localizable what = e.getSpecifier();
            if (what == LocalizedOptimFormats.TOO_SMALL_COST_RELATIVE_TOLERANCE) {
                termination = Termination.FUNCTION_TOLERANCE;
                message = "no further cost reduction possible at machine precision (" + e.getMessage() + ")";
            } else if (what == LocalizedOptimFormats.TOO_SMALL_PARAMETERS_RELATIVE_TOLERANCE) {
                termination = Termination.STEP_TOLERANCE;
                message = "no further parameter change possible at machine precision (" + e.getMessage() + ")";
            } else if (what == LocalizedOptimFormats.TOO_SMALL_ORTHOGONALITY_TOLERANCE) {
                termination = Termination.GRADIENT_TOLERANCE;
                message = "residuals orthogonal to the Jacobian at machine precision (" + e.getMessage() + ")";
            } else if (what == LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
                termination = Termination.MAX_ITERATIONS;
                message = "Hipparchus evaluation budget maxEvaluations = " + maxEvaluations + " exhausted";
            } else {
                termination = Termination.FAILURE;
                message = name + " failed: " + e.getMessage();
            }
        } catch (RuntimeException e) {
            termination = Termination.FAILURE;
            message = name + " failed: " + e;
        }
        model.chargeUpdate();
        checker.recordTrailingTrials();
        return rec.finish(checker.iterations, termination, message);
    }

    /** Called by Hipparchus after each accepted step; records it and applies {@link Stopping}. */
    private final class Checker implements ConvergenceChecker<Evaluation> {
        private final SolveRecorder rec;
        private final HipparchusModel model;
        private int iterations;
        private int evaluationsRecorded;
        private double lastCost;
        private double[] lastPoint;
        private double[] lastResiduals;
        private Termination termination;

        Checker(SolveRecorder rec, HipparchusModel model, double[] theta0, double[] r0) {
            this.rec = rec;
            this.model = model;
            this.lastPoint = theta0.clone();
            this.lastResiduals = r0.clone();
            this.lastCost = SolveRecorder.halfSquaredNorm(r0);
        }

        @Override
        public boolean converged(int hipparchusIteration, Evaluation previous, Evaluation current) {
            double[] prevPoint = previous.getPoint().toArray();
            double[] point = current.getPoint().toArray();
            double[] residuals = current.getResiduals().toArray();
            double prevCost = halfSquared(previous.getResiduals());
            double cost = SolveRecorder.halfSquaredNorm(residuals);
            double linearisationGradient = model.gradientNormAt(prevPoint);
            double stepNorm = 0;
            for (int j = 0; j < point.length; j++) {
                double d = point[j] - prevPoint[j];
                stepNorm += d * d;
            }
            stepNorm = Math.sqrt(stepNorm);
            double gradientNorm = Double.NaN;
            if (stopping.gradientTolerance() > 0) {
                current.getJacobian();
                gradientNorm = model.gradientNormAt(point);
            }
            iterations++;
            int trials = model.evaluations() - evaluationsRecorded;
            evaluationsRecorded = model.evaluations();
            lastCost = cost;
            lastPoint = point;
            lastResiduals = residuals;
            rec.record(new IterationRecord(iterations, cost, linearisationGradient, stepNorm, Double.NaN, eta, -1,
                    new double[0], trials, true, rec.blockCosts(residuals), rec.elapsedSeconds()), point);
            Termination t = stopping.afterStep(prevCost, cost, gradientNorm, stepNorm,
                    VectorNorms.norm2(point));
            if (t == null) {
                t = rec.checkBudget(iterations);
            }
            termination = t;
            return t != null;
        }

        /** Records the rejected trials after the last accepted step as one unaccepted iteration. */
        void recordTrailingTrials() {
            int trials = model.evaluations() - evaluationsRecorded;
            if (trials <= 0 || termination != null) {
                return;
            }
            iterations++;
            evaluationsRecorded = model.evaluations();
            rec.record(new IterationRecord(iterations, lastCost, model.gradientNormAt(lastPoint), 0.0, Double.NaN, eta, -1,
                    new double[0], trials, false, rec.blockCosts(lastResiduals), rec.elapsedSeconds()), lastPoint);
        }

        private double halfSquared(RealVector v) {
            double s = 0;
            for (int i = 0; i < v.getDimension(); i++) {
                s += v.getEntry(i) * v.getEntry(i);
            }
            return 0.5 * s;
        }
    }
}
