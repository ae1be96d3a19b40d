package org.sven4j.pde.catalog;

import java.util.function.Function;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.sven4j.physics.ansatz.constraint.KnownField;

/**
 * A closed-form solution written once over Hipparchus {@link DerivativeStructure}s, so that values and
 * every partial derivative come out exactly (forward-mode automatic differentiation, O(1) per point for
 * fixed order). {@link #field(int)} hands it to physics-losses as a {@link KnownField} (e.g. as a lifting
 * or for checking residuals).
 */
public final class ClosedForm implements ReferenceSolution {
    private final int d;
    private final int m;
    private final Function<DerivativeStructure[], DerivativeStructure[]> f;
    private final DSFactory valueFactory;

    /**
     * @param d inputs
     * @param m outputs
     * @param f the solution, mapping d input variables to m outputs
     */
    public ClosedForm(int d, int m, Function<DerivativeStructure[], DerivativeStructure[]> f) {
        if (d < 1 || m < 1 || f == null) {
            throw new IllegalArgumentException("closed form needs d >= 1, m >= 1 and a function");
        }
        this.d = d;
        this.m = m;
        this.f = f;
        this.valueFactory = new DSFactory(d, 0);
    }

    @Override
    public int inputDimension() {
        return d;
    }

    @Override
    public int outputCount() {
        return m;
    }

    @Override
    public void value(double[] x, double[] out) {
        DerivativeStructure[] y = evaluate(valueFactory, x);
        for (int k = 0; k < m; k++) {
            out[k] = y[k].getValue();
        }
    }

    /**
     * @param x the point
     * @param order the highest derivative order wanted
     * @return the m outputs as derivative structures in d variables
     */
    public DerivativeStructure[] derivatives(double[] x, int order) {
        if (order < 0) {
            throw new IllegalArgumentException("derivative order must be >= 0, got " + order);
        }
        return evaluate(new DSFactory(d, order), x);
    }

    private DerivativeStructure[] evaluate(DSFactory factory, double[] x) {
        if (x.length != d) {
            throw new IllegalArgumentException("point must have length " + d + ", got " + x.length);
        }
        DerivativeStructure[] xs = new DerivativeStructure[d];
        for (int i = 0; i < d; i++) {
            xs[i] = factory.variable(i, x[i]);
        }
        DerivativeStructure[] y = f.apply(xs);
        if (y.length != m) {
            throw new IllegalStateException("closed form returned " + y.length + " outputs, not " + m);
        }
        return y;
    }

    /**
     * @param maxOrder the highest derivative order the field will be asked for
     * @return the solution as a physics-losses {@link KnownField}
     */
    public KnownField field(int maxOrder) {
        return KnownField.of(d, m, maxOrder, f);
    }

    @Override
    public boolean isExact() {
        return true;
    }

    @Override
    public String accuracy() {
        return "closed form (exact to rounding)";
    }
}
