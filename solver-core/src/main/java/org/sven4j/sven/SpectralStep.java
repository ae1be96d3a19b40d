package org.sven4j.sven;

/**
 * The Sven step in the coordinates of the truncated SVD. With c = Uᵀr and weights
 * wᵢ(λ) = cᵢ·σᵢ/(σᵢ² + λ), the step is δ = −η·V·w, its norm is η·‖w‖ (V orthonormal), and the
 * Gauss–Newton model predicts the cost reduction
 * pred = η·Σ σᵢwᵢcᵢ − ½η²·Σ σᵢ²wᵢ² (all O(k)).
 */
final class SpectralStep {
    private final double[] sigma;
    private final double[] c;

    SpectralStep(double[] sigma, double[] c) {
        this.sigma = sigma;
        this.c = c;
    }

    int rank() {
        return sigma.length;
    }

    /** Fills w(λ) and returns ‖w‖. */
    double weights(double lambda, double[] w) {
        double s = 0;
        for (int i = 0; i < sigma.length; i++) {
            w[i] = c[i] * sigma[i] / (sigma[i] * sigma[i] + lambda);
            s += w[i] * w[i];
        }
        return Math.sqrt(s);
    }

    /** @return the model's predicted reduction of ½‖r‖² for the step −η·V·w */
    double predictedReduction(double[] w, double eta) {
        double lin = 0;
        double quad = 0;
        for (int i = 0; i < sigma.length; i++) {
            double sw = sigma[i] * w[i];
            lin += sw * c[i];
            quad += sw * sw;
        }
        return eta * lin - 0.5 * eta * eta * quad;
    }

    /** @return −(directional derivative of ½‖r‖² along the step −V·w) = Σ σᵢwᵢcᵢ ≥ 0 */
    double descent(double[] w) {
        double lin = 0;
        for (int i = 0; i < sigma.length; i++) {
            lin += sigma[i] * w[i] * c[i];
        }
        return lin;
    }

    /** @return ½·Σ cᵢ², the largest reduction the linear model allows at this rank */
    double fullReduction() {
        double s = 0;
        for (double x : c) {
            s += x * x;
        }
        return 0.5 * s;
    }

    /**
     * Solves ‖w(λ)‖ = radius for λ ≥ 0 by Newton's method on 1/‖w(λ)‖ − 1/radius (Moré's secular
     * equation), which is nearly linear in λ. Returns 0 if the undamped step is already inside.
     * Stops at 1% relative accuracy on ‖w‖, which is all a trust radius needs.
     */
    double lambdaForRadius(double radius, double[] w) {
        double norm = weights(0.0, w);
        if (norm <= radius) {
            return 0.0;
        }
        double lambda = 0.0;
        for (int it = 0; it < 100; it++) {
            double dsum = 0;
            for (int i = 0; i < sigma.length; i++) {
                dsum += w[i] * w[i] / (sigma[i] * sigma[i] + lambda);
            }
            // ψ(λ) = 1/‖w‖ − 1/Δ, ψ'(λ) = Σ wᵢ²/(σᵢ²+λ) / ‖w‖³.
            double psi = 1.0 / norm - 1.0 / radius;
            double dpsi = dsum / (norm * norm * norm);
            lambda = Math.max(lambda - psi / dpsi, lambda * 1e-3);
            norm = weights(lambda, w);
            if (Math.abs(norm - radius) <= 0.01 * radius) {
                break;
            }
        }
        return lambda;
    }
}
