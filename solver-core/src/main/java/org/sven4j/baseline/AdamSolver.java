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
 * Adam (Kingma &amp; Ba, 2015) on c(θ) = ½‖r(θ)‖², full batch. With g = Jᵀr at θ_t:
 * <pre>
 *   m ← β₁m + (1−β₁)g,   v ← β₂v + (1−β₂)g²,
 *   θ ← θ − η_t · (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε)
 * </pre>
 * with the learning-rate schedule η_t of {@link AdamOptions}. One iteration costs one
 * {@link ResidualSystem#residualsAndJacobian} call (N·P Jacobian entries) plus a GEMV Jᵀr (2·N·P flops).
 *
 * <p>Adam is not a descent method: an iteration may raise the cost. The best iterate is kept. The
 * solve ends DIVERGED when the cost becomes non-finite or exceeds {@link AdamOptions#divergenceFactor()}
 * times the initial cost, and FAILURE when the Jacobian is non-finite at a point with finite residuals
 * or the system throws. The function-tolerance test applies only to iterations that lowered the cost.
 */
public final class AdamSolver implements LeastSquaresSolver {
    private final AdamOptions options;

    public AdamSolver(AdamOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    public AdamSolver() {
        this(AdamOptions.DEFAULT);
    }

    public AdamOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "adam";
    }

    @Override
    public Summary solve(ResidualSystem system, double[] initialParameters) {
        SolveRecorder rec = new SolveRecorder(name(), system, initialParameters, options.stopping(),
                options.callbacks());
        LinearAlgebra la = LinearAlgebra.get();
        int p = system.parameterCount();
        int n = system.residualCount();
        double[] theta = initialParameters.clone();
        double[] r = new double[n];
        DMatrixRMaj jac = new DMatrixRMaj(n, p);
        double[] g = new double[p];
        double[] m = new double[p];
        double[] v = new double[p];
        double beta1 = options.beta1();
        double beta2 = options.beta2();
        double eps = options.epsilon();

        long tick = rec.tick();
        system.residualsAndJacobian(theta, r, jac);
        rec.countJacobian();
        tick = rec.charge(Phase.EVALUATION, tick);
        rec.start(theta, r);
        double cost = SolveRecorder.halfSquaredNorm(r);
        double limit = options.divergenceFactor() * cost;
        if (cost <= options.stopping().costTolerance()) {
            return rec.finish(0, Termination.COST_TOLERANCE,
                    rec.describe(Termination.COST_TOLERANCE) + " at the initial point");
        }

        double beta1Power = 1;
        double beta2Power = 1;
        int it = 0;
        while (true) {
            Termination budget = rec.checkBudget(it);
            if (budget != null) {
                return rec.finish(it, budget, rec.describe(budget));
            }
            la.gemv(true, 1.0, jac, r, 0.0, g);
            double gradNorm = VectorNorms.normInf(g);
            if (!Double.isFinite(gradNorm)) {
                return rec.finish(it, Termination.FAILURE, "non-finite gradient J^T r at iteration " + (it + 1)
                        + " although the residuals are finite");
            }
            if (gradNorm <= options.stopping().gradientTolerance()) {
                return rec.finish(it, Termination.GRADIENT_TOLERANCE,
                        rec.describe(Termination.GRADIENT_TOLERANCE));
            }
            double eta = options.learningRateAt(it);
            beta1Power *= beta1;
            beta2Power *= beta2;
            double c1 = 1 - beta1Power;
            double c2 = 1 - beta2Power;
            double step2 = 0;
            double theta2 = 0;
            for (int j = 0; j < p; j++) {
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
                double d = -eta * (m[j] / c1) / (Math.sqrt(v[j] / c2) + eps);
                theta[j] += d;
                step2 += d * d;
                theta2 += theta[j] * theta[j];
            }
            tick = rec.charge(Phase.UPDATE, tick);
            it++;
            double previous = cost;
            try {
                system.residualsAndJacobian(theta, r, jac);
            } catch (RuntimeException e) {
                rec.charge(Phase.EVALUATION, tick);
                return rec.finish(it - 1, Termination.FAILURE,
                        "the residual system threw at iteration " + it + ": " + e);
            } finally {
                rec.countJacobian();
            }
            tick = rec.charge(Phase.EVALUATION, tick);
            cost = SolveRecorder.halfSquaredNorm(r);
            rec.offer(theta, cost);
            double stepNorm = Math.sqrt(step2);
            rec.record(new IterationRecord(it, cost, gradNorm, stepNorm, Double.NaN, eta, -1, new double[0], 1,
                    true, rec.blockCosts(r), rec.elapsedSeconds()), theta);
            if (!Double.isFinite(cost) || cost > limit) {
                return rec.finish(it, Termination.DIVERGED, "cost " + cost + " at iteration " + it
                        + (Double.isFinite(cost) ? " exceeds divergenceFactor * initial cost = " + limit
                                : " is not finite"));
            }
            Termination t = options.stopping().afterStep(previous, cost, Double.NaN, stepNorm,
                    Math.sqrt(theta2));
            tick = rec.charge(Phase.UPDATE, tick);
            if (t != null) {
                return rec.finish(it, t, rec.describe(t));
            }
        }
    }
}
