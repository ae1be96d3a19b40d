package org.sven4j.lsq;

import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks a {@link ResidualSystem}'s Jacobian against finite differences of its residuals, as Ceres'
 * {@code GradientChecker} does; for users who write {@link ResidualSystem#residualsAndJacobian} by hand.
 *
 * <p>For each column j, with hⱼ = s·max(|θⱼ|, 1), the central difference
 * C(h) = (r(θ + h·eⱼ) − r(θ − h·eⱼ))/(2h) is Richardson-extrapolated, Dⱼ = (4·C(hⱼ/2) − C(hⱼ))/3, whose truncation
 * error is O(h⁴) and rounding error about ε·‖r‖∞/h. The error of column j is
 * ‖J_{:,j} − Dⱼ‖∞ / max(‖J_{:,j}‖∞, 10⁻³·max|J|, ε): relative to the column, with a floor so that
 * columns that are (nearly) zero are judged against the Jacobian's scale. A correct Jacobian of a smooth system
 * gives errors of 10⁻⁹ or below at the default s = 10⁻³; a wrong entry gives O(1).
 *
 * <p>It also compares {@link ResidualSystem#residuals} with the residuals returned alongside the Jacobian.
 * Matrix-free systems are checked through {@link JacobianOperator#multiply} on blocks of unit vectors.
 * Cost: one Jacobian and 4·P residual evaluations.
 */
public final class JacobianCheck {
    /** Default relative step s. */
    public static final double DEFAULT_STEP = 1e-3;
    private static final int BLOCK = 64;

    private JacobianCheck() {
    }

    /**
     * The outcome of a check.
     *
     * @param columnErrors the error of each column, as defined in {@link JacobianCheck}
     * @param worstColumn the column with the largest error
     * @param worstRow the row of that column's largest difference
     * @param analytic J at (worstRow, worstColumn)
     * @param numeric the finite-difference estimate there
     * @param residualMismatch max |rᵢ − r'ᵢ| / max(‖r‖∞, ε) between the two residual paths
     */
    public record Report(double[] columnErrors, int worstColumn, int worstRow, double analytic, double numeric,
            double residualMismatch) {

        /** @return the largest column error */
        public double worstError() {
            return columnErrors[worstColumn];
        }

        /** @return whether every column error and the residual mismatch are at most {@code tolerance} */
        public boolean passes(double tolerance) {
            return worstError() <= tolerance && residualMismatch <= tolerance;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "worst column %d: error %.3e (row %d: J = %.17g, finite differences %.17g);"
                    + " residual paths differ by %.3e", worstColumn, worstError(), worstRow, analytic, numeric,
                    residualMismatch);
        }
    }

    /** @return the check at θ with the default step */
    public static Report at(ResidualSystem system, double[] theta) {
        return at(system, theta, DEFAULT_STEP);
    }

    /**
     * @param relativeStep s in hⱼ = s·max(|θⱼ|, 1), in (0, 1)
     * @throws IllegalArgumentException if θ has the wrong length or is not finite, or s is out of range
     */
    public static Report at(ResidualSystem system, double[] theta, double relativeStep) {
        int n = system.residualCount();
        int p = system.parameterCount();
        if (theta == null || theta.length != p) {
            throw new IllegalArgumentException("theta has length " + (theta == null ? "null" : theta.length)
                    + " but the system has P = " + p);
        }
        if (SolveRecorder.firstNonFinite(theta) >= 0) {
            throw new IllegalArgumentException("theta[" + SolveRecorder.firstNonFinite(theta) + "] is not finite");
        }
        if (!(relativeStep > 0 && relativeStep < 1)) {
            throw new IllegalArgumentException("relativeStep must be in (0, 1), got " + relativeStep);
        }
        double[] r = new double[n];
        DMatrixRMaj jac = jacobian(system, theta, r);
        double[] r2 = new double[n];
        system.residuals(theta, r2);
        double rMax = Double.MIN_NORMAL;
        double rDiff = 0;
        for (int i = 0; i < n; i++) {
            rMax = Math.max(rMax, Math.abs(r[i]));
            rDiff = Math.max(rDiff, Math.abs(r[i] - r2[i]));
        }
        double jMax = 0;
        for (double v : jac.data) {
            jMax = Math.max(jMax, Math.abs(v));
        }
        double[] x = theta.clone();
        double[] wide = new double[n];
        double[] narrow = new double[n];
        double[] minus = new double[n];
        double[] errors = new double[p];
        int worstColumn = 0;
        int worstRow = 0;
        double worstAnalytic = Double.NaN;
        double worstNumeric = Double.NaN;
        for (int j = 0; j < p; j++) {
            double h = relativeStep * Math.max(Math.abs(theta[j]), 1.0);
            central(system, x, j, h, wide, minus);
            central(system, x, j, h / 2, narrow, minus);
            double colMax = 0;
            double diff = -1;
            int row = 0;
            double numericAtRow = Double.NaN;
            for (int i = 0; i < n; i++) {
                double a = jac.get(i, j);
                double d = (4 * narrow[i] - wide[i]) / 3;
                colMax = Math.max(colMax, Math.abs(a));
                double e = Math.abs(a - d);
                if (!(e <= diff)) {
                    diff = Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
                    row = i;
                    numericAtRow = d;
                }
            }
            errors[j] = diff / Math.max(Math.max(colMax, 1e-3 * jMax), Math.ulp(1.0));
            if (j == 0 || errors[j] > errors[worstColumn]) {
                worstColumn = j;
                worstRow = row;
                worstAnalytic = jac.get(row, j);
                worstNumeric = numericAtRow;
            }
        }
        return new Report(errors, worstColumn, worstRow, worstAnalytic, worstNumeric, rDiff / rMax);
    }

    private static DMatrixRMaj jacobian(ResidualSystem system, double[] theta, double[] r) {
        int n = system.residualCount();
        int p = system.parameterCount();
        DMatrixRMaj jac = new DMatrixRMaj(n, p);
        if (!system.isMatrixFree()) {
            system.residualsAndJacobian(theta, r, jac);
            return jac;
        }
        JacobianOperator op = system.linearize(theta, r);
        for (int start = 0; start < p; start += BLOCK) {
            int b = Math.min(BLOCK, p - start);
            DMatrixRMaj unit = new DMatrixRMaj(p, b);
            for (int k = 0; k < b; k++) {
                unit.set(start + k, k, 1.0);
            }
            DMatrixRMaj cols = new DMatrixRMaj(n, b);
            op.multiply(unit, cols);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < b; k++) {
                    jac.set(i, start + k, cols.get(i, k));
                }
            }
        }
        return jac;
    }

    /** out = (r(x + h·eⱼ) − r(x − h·eⱼ))/(2h), leaving x unchanged; {@code minus} is scratch of length N. */
    private static void central(ResidualSystem system, double[] x, int j, double h, double[] out, double[] minus) {
        int n = out.length;
        double save = x[j];
        x[j] = save + h;
        double up = x[j] - save;
        system.residuals(x, out);
        x[j] = save - h;
        double down = save - x[j];
        system.residuals(x, minus);
        x[j] = save;
        double width = up + down;
        for (int i = 0; i < n; i++) {
            out[i] = (out[i] - minus[i]) / width;
        }
    }
}
