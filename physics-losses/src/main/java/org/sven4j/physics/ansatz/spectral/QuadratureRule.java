package org.sven4j.physics.ansatz.spectral;

/**
 * A 1-D quadrature rule ∫ f ≈ Σ_j w_j·f(x_j).
 *
 * @param nodes x_j
 * @param weights w_j
 */
public record QuadratureRule(double[] nodes, double[] weights) {
    public QuadratureRule {
        if (nodes.length != weights.length) {
            throw new IllegalArgumentException("quadrature has " + nodes.length + " nodes and " + weights.length
                    + " weights");
        }
        nodes = nodes.clone();
        weights = weights.clone();
    }

    @Override
    public double[] nodes() {
        return nodes.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** @return the rule for [a, b]: x ↦ a + (b − a)(x + 1)/2, w ↦ w·(b − a)/2 (from a rule on [−1, 1]) */
    public QuadratureRule mapTo(double a, double b) {
        double[] x = new double[nodes.length];
        double[] w = new double[nodes.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = a + (b - a) * (nodes[j] + 1) / 2;
            w[j] = weights[j] * (b - a) / 2;
        }
        return new QuadratureRule(x, w);
    }

    /** @return Σ_j w_j·f(x_j) */
    public double integrate(java.util.function.DoubleUnaryOperator f) {
        double s = 0;
        for (int j = 0; j < nodes.length; j++) {
            s += weights[j] * f.applyAsDouble(nodes[j]);
        }
        return s;
    }
}
