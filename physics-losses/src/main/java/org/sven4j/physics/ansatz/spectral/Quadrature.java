package org.sven4j.physics.ansatz.spectral;

/**
 * Chebyshev–Gauss–Lobatto points and 1-D quadrature rules on [−1, 1] (map them with
 * {@link QuadratureRule#mapTo(double, double)}).
 */
public final class Quadrature {
    private Quadrature() {
    }

    /** @return x_j = cos(πj/n), j = 0..n (descending from 1 to −1), n ≥ 1 */
    public static double[] chebyshevGaussLobatto(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Chebyshev-Gauss-Lobatto needs n >= 1, got " + n);
        }
        double[] x = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            // sin form keeps the symmetry x_{n−j} = −x_j exact.
            x[j] = Math.sin(Math.PI * (n - 2.0 * j) / (2.0 * n));
        }
        return x;
    }

    /**
     * Clenshaw–Curtis rule on the n+1 Chebyshev–Gauss–Lobatto points, exact for polynomials of degree ≤ n:
     * w_j = (c_j/n)·(1 − Σ_{k=1}^{⌊n/2⌋} b_k·cos(2πjk/n)/(4k² − 1)), c_0 = c_n = 1, c_j = 2 otherwise,
     * b_{n/2} = 1, b_k = 2 otherwise. O(n²).
     */
    public static QuadratureRule clenshawCurtis(int n) {
        double[] x = chebyshevGaussLobatto(n);
        double[] w = new double[n + 1];
        for (int j = 0; j <= n; j++) {
            double s = 0;
            for (int k = 1; k <= n / 2; k++) {
                double b = (2 * k == n) ? 1 : 2;
                s += b * Math.cos(2 * Math.PI * j * k / n) / (4.0 * k * k - 1);
            }
            double c = (j == 0 || j == n) ? 1 : 2;
            w[j] = c / n * (1 - s);
        }
        return new QuadratureRule(x, w);
    }

    /**
     * n-point Gauss–Legendre rule, exact for degree ≤ 2n − 1: nodes are the roots of P_n (Newton from
     * cos(π(i + 3/4)/(n + 1/2))), weights 2/((1 − x²)·P_n'(x)²). Nodes ascending. O(n²).
     */
    public static QuadratureRule gaussLegendre(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Gauss-Legendre needs n >= 1, got " + n);
        }
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double t = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = t;
                for (int k = 1; k < n; k++) {
                    double p2 = ((2 * k + 1) * t * p1 - k * p0) / (k + 1);
                    p0 = p1;
                    p1 = p2;
                }
                double pn = n == 1 ? t : p1;
                double pm = n == 1 ? 1 : p0;
                dp = n * (t * pn - pm) / (t * t - 1);
                double dt = pn / dp;
                t -= dt;
                if (Math.abs(dt) <= 1e-16 * Math.max(1, Math.abs(t))) {
                    break;
                }
            }
            double p0 = 1;
            double p1 = t;
            for (int k = 1; k < n; k++) {
                double p2 = ((2 * k + 1) * t * p1 - k * p0) / (k + 1);
                p0 = p1;
                p1 = p2;
            }
            dp = n == 1 ? 1 : n * (t * p1 - p0) / (t * t - 1);
            double wi = 2 / ((1 - t * t) * dp * dp);
            x[n - 1 - i] = t;
            x[i] = -t;
            w[i] = wi;
            w[n - 1 - i] = wi;
        }
        if (n % 2 == 1) {
            x[n / 2] = 0;
        }
        return new QuadratureRule(x, w);
    }
}
