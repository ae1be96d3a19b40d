package org.sven4j.baseline;

/**
 * One point θ = θ₀ + α·d of a line search with its residuals r, gradient g = Jᵀr, φ(α) = ½‖r‖²
 * and slope φ'(α) = gᵀd. Mutable scratch storage owned by one solve.
 */
final class LineTrial {
    final double[] theta;
    final double[] residuals;
    final double[] gradient;
    double alpha;
    double value;
    double slope;

    LineTrial(int parameters, int residualCount) {
        theta = new double[parameters];
        residuals = new double[residualCount];
        gradient = new double[parameters];
    }

    /** @return whether φ and φ' are both finite */
    boolean finite() {
        return Double.isFinite(value) && Double.isFinite(slope);
    }

    void copyFrom(LineTrial o) {
        System.arraycopy(o.theta, 0, theta, 0, theta.length);
        System.arraycopy(o.residuals, 0, residuals, 0, residuals.length);
        System.arraycopy(o.gradient, 0, gradient, 0, gradient.length);
        alpha = o.alpha;
        value = o.value;
        slope = o.slope;
    }
}
