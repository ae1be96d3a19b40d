package org.sven4j.physics.ansatz;

import org.ejml.data.DMatrixRMaj;

/** Shared argument checks of {@link Ansatz#evaluate}; every failure names the offending item. */
public final class AnsatzChecks {
    private AnsatzChecks() {
    }

    /**
     * Checks θ, the points and the buffer against {@code ansatz}, and the channels against its
     * dimension and order.
     */
    public static void check(Ansatz ansatz, double[] theta, DMatrixRMaj points, AnsatzOutput out,
            boolean withJacobian) {
        String who = ansatz.getClass().getSimpleName();
        if (theta == null || theta.length != ansatz.parameterCount()) {
            throw new IllegalArgumentException("theta has length " + (theta == null ? "null" : theta.length)
                    + " but " + who + " has " + ansatz.parameterCount() + " parameters");
        }
        checkPoints(who, ansatz.inputDimension(), points);
        if (out == null) {
            throw new IllegalArgumentException("output buffer is null");
        }
        if (out.pointCount() != points.numRows) {
            throw new IllegalArgumentException("output buffer holds " + out.pointCount() + " points but "
                    + points.numRows + " points were given");
        }
        if (out.outputCount() != ansatz.outputDimension()) {
            throw new IllegalArgumentException("output buffer has " + out.outputCount() + " outputs but " + who
                    + " has " + ansatz.outputDimension());
        }
        if (out.parameterCount() != ansatz.parameterCount()) {
            throw new IllegalArgumentException("output buffer has " + out.parameterCount() + " parameters but " + who
                    + " has " + ansatz.parameterCount());
        }
        if (withJacobian && !out.hasJacobians()) {
            throw new IllegalArgumentException("Jacobians requested but the output buffer has none");
        }
        out.channels().requireSupported(who, ansatz.inputDimension(), ansatz.maxDerivativeOrder());
    }

    /** Checks the point matrix: d columns, at least one row, finite coordinates. */
    public static void checkPoints(String who, int d, DMatrixRMaj points) {
        if (points == null) {
            throw new IllegalArgumentException("points is null");
        }
        if (points.numCols != d) {
            throw new IllegalArgumentException("points have dimension " + points.numCols + " but " + who
                    + " has input dimension " + d);
        }
        if (points.numRows < 1) {
            throw new IllegalArgumentException("no points given");
        }
        double[] x = points.data;
        int len = points.numRows * d;
        for (int i = 0; i < len; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("point " + (i / d) + " has non-finite coordinate x" + (i % d)
                        + " = " + x[i]);
            }
        }
    }
}
