package org.sven4j.pde.reference;

import java.util.Arrays;
import org.hipparchus.linear.EigenDecompositionSymmetric;

/**
 * The n-point Gauss–Hermite rule ∫ f(η) e^{−η²} dη ≈ Σᵢ wᵢ f(ηᵢ), exact for polynomials of degree
 * ≤ 2n − 1. Nodes by Newton's method on the orthonormal Hermite recurrence
 * p_j = η√(2/j) p_{j−1} − √((j−1)/j) p_{j−2}, evaluated as Hermite functions p_j e^{−η²/2} so that
 * nothing overflows; weights wᵢ = 1/(n p_{n−1}(ηᵢ)²) are kept as logarithms, because the outer
 * weights (≈ e^{−ηᵢ²}) underflow long before their products with a large integrand do.
 * Cost O(n³) once (the eigenvalues), then O(n²). Valid for 1 ≤ n ≤ 600 (beyond, e^{−η²/2} underflows at the outer nodes).
 */
public final class GaussHermite {
    private final double[] nodes;
    private final double[] logWeights;

    /**
     * @param n number of nodes, 1 ≤ n ≤ 600
     */
    public GaussHermite(int n) {
        if (n < 1 || n > 600) {
            throw new IllegalArgumentException("Gauss-Hermite node count must be in [1, 600], got " + n);
        }
        nodes = new double[n];
        logWeights = new double[n];
        double[] main = new double[n];
        double[] off = new double[Math.max(0, n - 1)];
        for (int j = 1; j < n; j++) {
            off[j - 1] = Math.sqrt(j / 2.0);
        }
        double[] guess = n == 1 ? new double[] {0}
                : new EigenDecompositionSymmetric(main, off).getEigenvalues();
        Arrays.sort(guess);
        double[] ps = new double[2];
        int half = (n + 1) / 2;
        for (int i = 0; i < half; i++) {
            double z = Math.max(0, guess[n - 1 - i]);
            for (int it = 0; it < 20; it++) {
                hermiteFunctions(n, z, ps);
                double dz = ps[0] / (Math.sqrt(2.0 * n) * ps[1]);
                z -= dz;
                if (Math.abs(dz) <= 1e-15 * Math.max(1, Math.abs(z))) {
                    break;
                }
            }
            hermiteFunctions(n, z, ps);
            double lw = -Math.log(n) - 2 * Math.log(Math.abs(ps[1])) - z * z;
            nodes[n - 1 - i] = z;
            nodes[i] = -z;
            logWeights[n - 1 - i] = lw;
            logWeights[i] = lw;
        }
        if (n % 2 == 1) {
            nodes[n / 2] = 0;
        }
    }

    /** Writes {ψ_n(z), ψ_{n−1}(z)} with ψ_j = p_j e^{−z²/2}. */
    private static void hermiteFunctions(int n, double z, double[] out) {
        double p1 = Math.pow(Math.PI, -0.25) * Math.exp(-0.5 * z * z);
        double p2 = 0;
        for (int j = 1; j <= n; j++) {
            double p3 = p2;
            p2 = p1;
            p1 = z * Math.sqrt(2.0 / j) * p2 - Math.sqrt((j - 1.0) / j) * p3;
        }
        out[0] = p1;
        out[1] = p2;
    }

    /** @return n */
    public int size() {
        return nodes.length;
    }

    /** @return the nodes η₁ &lt; … &lt; η_n (a copy) */
    public double[] nodes() {
        return nodes.clone();
    }

    /** @return ln wᵢ (a copy) */
    public double[] logWeights() {
        return logWeights.clone();
    }

    /** @return wᵢ (a copy; the outer ones may underflow to 0) */
    public double[] weights() {
        double[] w = new double[nodes.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(logWeights[i]);
        }
        return w;
    }

    double node(int i) {
        return nodes[i];
    }

    double logWeight(int i) {
        return logWeights[i];
    }
}
