package org.sven4j.validation.suite;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.lsq.JacobianOperator;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.RowBlock;

/**
 * A {@link ResidualSystem} that forwards every call and remembers the θ of the latest linearisation
 * ({@link #residualsAndJacobian} or {@link #linearize}).
 *
 * <p>Why: an {@link org.sven4j.lsq.IterationListener} receives the cost of each iteration but not θ,
 * and the error curve needs θ. Every solver of the suite linearises at its current iterate before
 * stepping, so during iteration i the remembered θ is the iterate accepted in iteration i − 1 (for
 * Sven, Adam, the Levenberg–Marquardt variants); for L-BFGS it is the last line-search point, which is
 * the accepted one unless the search failed. The suite therefore labels an error computed in iteration
 * i's listener with iteration i − 1. The final error is always computed from the solver's returned
 * parameters. Copying θ costs O(P) per linearisation.
 */
public final class ThetaTap implements ResidualSystem {
    private final ResidualSystem inner;
    private final double[] last;
    private boolean seen;

    public ThetaTap(ResidualSystem inner) {
        this.inner = inner;
        this.last = new double[inner.parameterCount()];
    }

    /** @return whether a linearisation happened yet */
    public boolean hasTheta() {
        return seen;
    }

    /** @return a copy of the θ of the latest linearisation */
    public double[] lastTheta() {
        if (!seen) {
            throw new IllegalStateException("no linearisation yet");
        }
        return last.clone();
    }

    @Override
    public int parameterCount() {
        return inner.parameterCount();
    }

    @Override
    public int residualCount() {
        return inner.residualCount();
    }

    @Override
    public void residuals(double[] theta, double[] residuals) {
        inner.residuals(theta, residuals);
    }

    @Override
    public void residualsAndJacobian(double[] theta, double[] residuals, DMatrixRMaj jacobian) {
        remember(theta);
        inner.residualsAndJacobian(theta, residuals, jacobian);
    }

    @Override
    public JacobianOperator linearize(double[] theta, double[] residuals) {
        remember(theta);
        return inner.linearize(theta, residuals);
    }

    @Override
    public boolean isMatrixFree() {
        return inner.isMatrixFree();
    }

    @Override
    public boolean resample(int iteration) {
        return inner.resample(iteration);
    }

    @Override
    public List<RowBlock> rowBlocks() {
        return inner.rowBlocks();
    }

    private void remember(double[] theta) {
        System.arraycopy(theta, 0, last, 0, last.length);
        seen = true;
    }
}
