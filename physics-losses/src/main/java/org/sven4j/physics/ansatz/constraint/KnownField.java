package org.sven4j.physics.ansatz.constraint;

import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;

/**
 * A fixed (parameter-free) field f : ℝᵈ → ℝᵐ with derivatives, such as the lifting g or the
 * distance-like factor D of a {@link HardConstraintAnsatz}.
 */
public interface KnownField {

    /** @return d */
    int inputDimension();

    /** @return m */
    int outputCount();

    /**
     * Writes out[c·m + k] = (∂^{channel c} f_k)(x) for every channel of {@code channels}.
     *
     * @param x one point, length d
     */
    void evaluate(double[] x, ChannelSet channels, double[] out);

    /**
     * A field written once as a function of Hipparchus {@link DerivativeStructure}s; every derivative
     * up to {@code maxOrder} then comes out exactly (forward-mode automatic differentiation, one
     * evaluation per point).
     *
     * @param d inputs
     * @param m outputs
     * @param maxOrder the highest channel order that will be asked for
     * @param f maps the d input variables to m outputs
     */
    static KnownField of(int d, int m, int maxOrder, Function<DerivativeStructure[], DerivativeStructure[]> f) {
        if (d < 1 || m < 1 || maxOrder < 0) {
            throw new IllegalArgumentException("known field needs d >= 1, m >= 1, maxOrder >= 0; got " + d + ", " + m
                    + ", " + maxOrder);
        }
        DSFactory factory = new DSFactory(d, maxOrder);
        return new KnownField() {
            @Override
            public int inputDimension() {
                return d;
            }

            @Override
            public int outputCount() {
                return m;
            }

            @Override
            public void evaluate(double[] x, ChannelSet channels, double[] out) {
                channels.requireSupported("known field", d, maxOrder);
                DerivativeStructure[] xs = new DerivativeStructure[d];
                for (int i = 0; i < d; i++) {
                    xs[i] = factory.variable(i, x[i]);
                }
                DerivativeStructure[] y = f.apply(xs);
                if (y.length != m) {
                    throw new IllegalArgumentException("known field function returned " + y.length + " outputs, not " + m);
                }
                for (int c = 0; c < channels.size(); c++) {
                    Channel ch = channels.get(c);
                    for (int k = 0; k < m; k++) {
                        double v;
                        if (ch.isLaplacian()) {
                            v = 0;
                            for (int i = 0; i < d; i++) {
                                int[] o = new int[d];
                                o[i] = 2;
                                v += y[k].getPartialDerivative(o);
                            }
                        } else {
                            v = y[k].getPartialDerivative(ch.multiIndex(d));
                        }
                        out[c * m + k] = v;
                    }
                }
            }
        };
    }
}
