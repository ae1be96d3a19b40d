package org.sven4j.physics.ansatz.mlp;

import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.sven4j.physics.ansatz.Channel;

/**
 * Independent reference for {@link MlpAnsatz}: the same network written with Hipparchus
 * DerivativeStructure in the d inputs and one parameter perturbation t (θ_j ← θ_j + t), order 3,
 * so ∂^α u and ∂(∂^α u)/∂θ_j (|α| ≤ 2) are read off exactly.
 */
final class MlpReference {
    private final MlpAnsatz net;
    private final int d;
    private final DSFactory factory;

    MlpReference(MlpAnsatz net) {
        this.net = net;
        this.d = net.inputDimension();
        this.factory = new DSFactory(d + 1, 3);
    }

    /** @return u_k as a DS in (x, t), with θ_j perturbed by t (j = −1: no perturbation) */
    DerivativeStructure[] evaluate(double[] x, double[] theta, int j) {
        MlpOptions o = net.options();
        DerivativeStructure[] xs = new DerivativeStructure[d];
        double[] lo = o.lower();
        double[] hi = o.upper();
        for (int i = 0; i < d; i++) {
            DerivativeStructure xi = factory.variable(i, x[i]);
            if (lo != null) {
                xi = xi.subtract(lo[i]).multiply(2 / (hi[i] - lo[i])).subtract(1);
            }
            xs[i] = xi;
        }
        DerivativeStructure[] h;
        FourierFeatures f = o.fourier();
        if (f == null) {
            h = xs;
        } else {
            double[] b = net.fourierFrequencies();
            int k = f.count();
            int off = f.includeInput() ? d : 0;
            h = new DerivativeStructure[off + 2 * k];
            for (int i = 0; i < off; i++) {
                h[i] = xs[i];
            }
            for (int q = 0; q < k; q++) {
                DerivativeStructure a = factory.constant(0);
                for (int i = 0; i < d; i++) {
                    a = a.add(xs[i].multiply(2 * Math.PI * b[q * d + i]));
                }
                h[off + q] = a.sin();
                h[off + k + q] = a.cos();
            }
        }
        int[] n = net.layerWidths();
        Activation[] act = o.activations();
        for (int l = 1; l < n.length; l++) {
            DerivativeStructure[] next = new DerivativeStructure[n[l]];
            for (int a = 0; a < n[l]; a++) {
                DerivativeStructure s = param(theta, net.biasOffset(l) + a, j);
                for (int c = 0; c < n[l - 1]; c++) {
                    s = s.add(h[c].multiply(param(theta, net.weightOffset(l) + c * n[l] + a, j)));
                }
                next[a] = apply(act[l - 1], s);
            }
            h = next;
        }
        return h;
    }

    private DerivativeStructure param(double[] theta, int idx, int j) {
        return idx == j ? factory.variable(d, theta[idx]) : factory.constant(theta[idx]);
    }

    static DerivativeStructure apply(Activation a, DerivativeStructure z) {
        switch (a) {
            case TANH:
                return z.tanh();
            case SIN:
                return z.sin();
            case SOFTPLUS:
                return z.exp().log1p();
            case GELU: {
                double z0 = z.getValue();
                double phi = Math.exp(-0.5 * z0 * z0) / Math.sqrt(2 * Math.PI);
                double cdf = 0.5 * org.hipparchus.special.Erf.erfc(-z0 / Math.sqrt(2));
                // Φ and its derivatives φ, φ' = −zφ, φ'' = (z² − 1)φ; the product rule is left to DS.
                DerivativeStructure bigPhi = z.compose(cdf, phi, -z0 * phi, (z0 * z0 - 1) * phi);
                return z.multiply(bigPhi);
            }
            default:
                return z;
        }
    }

    /** @return ∂^α u (tOrder = 0) or ∂(∂^α u)/∂t (tOrder = 1) from a DS of this factory */
    static double channel(DerivativeStructure u, Channel c, int d, int tOrder) {
        int[] orders = new int[d + 1];
        orders[d] = tOrder;
        if (c.isLaplacian()) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                orders[i] = 2;
                s += u.getPartialDerivative(orders);
                orders[i] = 0;
            }
            return s;
        }
        int[] alpha = c.multiIndex(d);
        System.arraycopy(alpha, 0, orders, 0, d);
        return u.getPartialDerivative(orders);
    }
}
