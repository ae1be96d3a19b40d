package org.sven4j.baseline;

import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Termination;

/** The convergence tests of {@link Stopping} as the baselines apply them after an accepted step. */
final class StoppingTests {
    private StoppingTests() {
    }

    /**
     * Applies, in order, the cost, gradient, function and step tests of {@link Stopping}.
     *
     * @param previousCost ½‖r‖² before the step
     * @param cost ½‖r‖² after the step
     * @param gradientNormInf ‖Jᵀr‖∞ after the step, or NaN when not known (the test is skipped)
     * @param stepNorm ‖δθ‖₂ of the step
     * @param thetaNorm ‖θ‖₂ after the step
     * @return the termination that holds, or null
     */
    static Termination afterStep(Stopping s, double previousCost, double cost, double gradientNormInf,
            double stepNorm, double thetaNorm) {
        if (cost <= s.costTolerance()) {
            return Termination.COST_TOLERANCE;
        }
        if (gradientNormInf <= s.gradientTolerance()) {
            return Termination.GRADIENT_TOLERANCE;
        }
        double decrease = previousCost - cost;
        if (decrease >= 0 && decrease <= s.functionTolerance() * previousCost) {
            return Termination.FUNCTION_TOLERANCE;
        }
        if (stepNorm <= s.stepTolerance() * (thetaNorm + s.stepTolerance())) {
            return Termination.STEP_TOLERANCE;
        }
        return null;
    }

    /** @return ‖v‖₂ */
    static double norm2(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** @return ‖v‖∞ (NaN if any entry is NaN) */
    static double normInf(double[] v) {
        double m = 0;
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** @return uᵀv */
    static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    /** @return the message for a termination reached by a convergence test */
    static String describe(Termination t, Stopping s) {
        return switch (t) {
            case COST_TOLERANCE -> "cost <= costTolerance " + s.costTolerance();
            case GRADIENT_TOLERANCE -> "gradient max-norm <= gradientTolerance " + s.gradientTolerance();
            case FUNCTION_TOLERANCE -> "relative cost decrease <= functionTolerance " + s.functionTolerance();
            case STEP_TOLERANCE -> "step norm <= stepTolerance " + s.stepTolerance() + " relative to |theta|";
            case MAX_ITERATIONS -> "maxIterations " + s.maxIterations() + " reached";
            case TIME_BUDGET -> "time budget " + s.timeBudget() + " spent";
            case INTERRUPTED -> "the solving thread was interrupted";
            case STALLED -> "stalled: " + s.stallWindow() + " iterations lowered the best cost by less than "
                    + s.stallTolerance() + " of itself";
            default -> t.toString();
        };
    }
}
