package org.sven4j.baseline;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.analysis.MultivariateMatrixFunction;
import org.hipparchus.analysis.MultivariateVectorFunction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.Phase;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.SolveRecorder;
import org.sven4j.lsq.Termination;

/**
 * A {@link ResidualSystem} seen by Hipparchus as the model f(θ) = r(θ) with Jacobian ∂f/∂θ = J and
 * target 0, so that Hipparchus' residuals are target − model = −r, its cost is ‖r‖, and its
 * Gauss–Newton step J⁺·(target − model) = −J⁺r is ours.
 *
 * <p>Besides evaluating, it does the bookkeeping Hipparchus cannot: counts evaluations, charges their
 * time, offers every finite point to the {@link SolveRecorder} as a best-iterate candidate, caches the
 * residuals of the last two points and the last Jacobian with its gradient norm ‖Jᵀr‖∞ (Hipparchus'
 * lazy evaluations ask repeatedly for the same point), and aborts with a {@link Stop} when the time budget is spent, the thread is
 * interrupted, the system throws, or (if asked) a value is not finite.
 */
final class HipparchusModel implements MultivariateJacobianFunction {

    /** Thrown through Hipparchus to end the solve with a termination. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Termination termination;

        Stop(Termination termination, String message) {
            super(message, null, false, false);
            this.termination = termination;
        }
    }

    private final ResidualSystem system;
    private final SolveRecorder rec;
    private final boolean abortOnNonFinite;
    private final LinearAlgebra la = LinearAlgebra.get();
    private final DMatrixRMaj jac;
    private final double[] r;
    private final double[] g;
    private final double[][] cachedPoints = new double[2][];
    private final double[][] cachedValues = new double[2][];
    private double[] jacobianPoint;
    private double[][] jacobianRows;
    private double jacobianGradientNorm = Double.NaN;
    private int evaluations;
    private long tick;

    HipparchusModel(ResidualSystem system, SolveRecorder rec, boolean abortOnNonFinite, double[] theta0,
            double[] residuals0) {
        this.system = system;
        this.rec = rec;
        this.abortOnNonFinite = abortOnNonFinite;
        int n = system.residualCount();
        int p = system.parameterCount();
        this.jac = new DMatrixRMaj(n, p);
        this.r = new double[n];
        this.g = new double[p];
        remember(theta0, residuals0);
        this.tick = rec.tick();
    }

    /** @return residual or Jacobian evaluations requested by Hipparchus so far */
    int evaluations() {
        return evaluations;
    }

    /** @return ‖Jᵀr‖∞ at θ if the cached Jacobian is at θ, else NaN */
    double gradientNormAt(double[] theta) {
        return Arrays.equals(theta, jacobianPoint) ? jacobianGradientNorm : Double.NaN;
    }

    /** Charges the time since the last evaluation to {@link Phase#UPDATE} (Hipparchus' own work). */
    void chargeUpdate() {
        tick = rec.charge(Phase.UPDATE, tick);
    }

    /**
     * The value function f(θ) = r(θ) for lazy evaluation. Hipparchus' lazy evaluations recompute the
     * model on every {@code getResiduals()} and {@code getCost()}, so the last two points are cached.
     */
    MultivariateVectorFunction valueFunction() {
        return theta -> {
            double[] known = recall(theta);
            if (known != null) {
                return known.clone();
            }
            enter();
            try {
                system.residuals(theta, r);
            } catch (RuntimeException e) {
                throw new Stop(Termination.FAILURE, "the residual system threw: " + e);
            } finally {
                rec.countResidual();
                leave();
            }
            checkValue(theta);
            remember(theta, r);
            return r.clone();
        };
    }

    private double[] recall(double[] theta) {
        for (int i = 0; i < cachedPoints.length; i++) {
            if (Arrays.equals(theta, cachedPoints[i])) {
                return cachedValues[i];
            }
        }
        return null;
    }

    private void remember(double[] theta, double[] residuals) {
        cachedPoints[1] = cachedPoints[0];
        cachedValues[1] = cachedValues[0];
        cachedPoints[0] = theta.clone();
        cachedValues[0] = residuals.clone();
    }

    /** The Jacobian function ∂f/∂θ = J for lazy evaluation; a copy each call, cached by point. */
    MultivariateMatrixFunction jacobianFunction() {
        return theta -> {
            if (!Arrays.equals(theta, jacobianPoint)) {
                enter();
                evaluateJacobian(theta);
                leave();
            }
            double[][] copy = new double[jacobianRows.length][];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = jacobianRows[i].clone();
            }
            return copy;
        };
    }

    /** Residuals and Jacobian together (eager evaluation), one {@link ResidualSystem#residualsAndJacobian} call. */
    @Override
    public Pair<RealVector, RealMatrix> value(RealVector point) {
        double[] theta = point.toArray();
        enter();
        evaluateJacobian(theta);
        leave();
        checkValue(theta);
        return new Pair<>(new ArrayRealVector(r, true), new Array2DRowRealMatrix(jacobianRows, true));
    }

    private void evaluateJacobian(double[] theta) {
        try {
            system.residualsAndJacobian(theta, r, jac);
        } catch (RuntimeException e) {
            throw new Stop(Termination.FAILURE, "the residual system threw: " + e);
        } finally {
            rec.countJacobian();
        }
        int n = jac.numRows;
        int p = jac.numCols;
        double[][] rows = new double[n][p];
        for (int i = 0; i < n; i++) {
            System.arraycopy(jac.data, i * p, rows[i], 0, p);
        }
        double cost = SolveRecorder.halfSquaredNorm(r);
        double gradNorm = Double.NaN;
        if (Double.isFinite(cost)) {
            la.gemv(true, 1.0, jac, r, 0.0, g);
            gradNorm = VectorNorms.normInf(g);
            if (!Double.isFinite(gradNorm)) {
                throw new Stop(Termination.FAILURE, "non-finite Jacobian at a point with finite residuals");
            }
        }
        jacobianPoint = theta.clone();
        jacobianRows = rows;
        if (recall(theta) == null) {
            remember(theta, r);
        }
        jacobianGradientNorm = gradNorm;
    }

    private void checkValue(double[] theta) {
        double cost = SolveRecorder.halfSquaredNorm(r);
        if (Double.isFinite(cost)) {
            rec.offer(theta, cost);
        } else if (abortOnNonFinite) {
            throw new Stop(Termination.DIVERGED, "non-finite residuals at a trial point");
        }
    }

    private void enter() {
        chargeUpdate();
        Termination t = rec.checkBudget(0);
        if (t != null) {
            throw new Stop(t, rec.describe(t));
        }
        evaluations++;
    }

    private void leave() {
        tick = rec.charge(Phase.EVALUATION, tick);
    }
}
