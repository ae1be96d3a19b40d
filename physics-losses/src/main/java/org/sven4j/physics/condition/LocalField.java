package org.sven4j.physics.condition;

import java.util.List;
import org.hipparchus.analysis.differentiation.Gradient;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;

/**
 * The view a {@link NonlinearResidual} gets of one point: the coordinates x, the declared channels
 * of every output component as {@link Gradient} numbers, and the unknown coefficients.
 *
 * <p>Variable layout (the Gradient's free parameters, when differentiating): index c·m + k for channel
 * number c of the declared {@link ChannelSet} and output k, then C·m + j for unknown coefficient j.
 * One instance per thread; the assembly refills it for each point ({@link #load}).
 */
public final class LocalField {
    private final String condition;
    private final ChannelSet channels;
    private final int outputs;
    private final List<String> coefficientNames;
    private final double[] x;
    private final Gradient[] vars;
    private final Gradient[] coefs;
    private int free;

    /**
     * @param condition the owning condition's name, for messages
     * @param channels the declared channels (C)
     * @param outputs m, the field's output count
     * @param dimension d
     * @param coefficientNames the system's unknown coefficients, in parameter order
     */
    public LocalField(String condition, ChannelSet channels, int outputs, int dimension, List<String> coefficientNames) {
        this.condition = condition;
        this.channels = channels;
        this.outputs = outputs;
        this.coefficientNames = List.copyOf(coefficientNames);
        this.x = new double[dimension];
        this.vars = new Gradient[channels.size() * outputs];
        this.coefs = new Gradient[coefficientNames.size()];
    }

    /** @return C·m + K, the number of Gradient variables when differentiating */
    public int variableCount() {
        return vars.length + coefs.length;
    }

    /**
     * Engine side: installs one point.
     *
     * @param point x_p (length d, copied)
     * @param values values[c·m + k] = (∂^c u_k)(x_p)
     * @param kappa the unknown coefficients' current values
     * @param differentiate whether to make Gradient variables (else constants with no free parameters)
     */
    public void load(double[] point, double[] values, double[] kappa, boolean differentiate) {
        System.arraycopy(point, 0, x, 0, x.length);
        free = differentiate ? variableCount() : 0;
        for (int v = 0; v < vars.length; v++) {
            vars[v] = differentiate ? Gradient.variable(free, v, values[v]) : Gradient.constant(0, values[v]);
        }
        for (int j = 0; j < coefs.length; j++) {
            coefs[j] = differentiate ? Gradient.variable(free, vars.length + j, kappa[j])
                    : Gradient.constant(0, kappa[j]);
        }
    }

    /** @return d */
    public int dimension() {
        return x.length;
    }

    /** @return coordinate x_i of the point */
    public double x(int i) {
        return x[i];
    }

    /** @return a copy of the point */
    public double[] point() {
        return x.clone();
    }

    /** @return the constant v as a Gradient compatible with this point's variables */
    public Gradient constant(double v) {
        return Gradient.constant(free, v);
    }

    /** @return (∂^c u_k)(x), which the condition must have declared */
    public Gradient channel(int k, Channel c) {
        int ci = channels.indexOf(c);
        if (ci < 0) {
            throw new IllegalArgumentException("condition '" + condition + "' reads channel " + c
                    + " which it did not declare (declared: " + channels + ")");
        }
        if (k < 0 || k >= outputs) {
            throw new IllegalArgumentException("condition '" + condition + "' reads output component " + k
                    + " but the ansatz has " + outputs + " outputs");
        }
        return vars[ci * outputs + k];
    }

    /** @return (∂^c u₀)(x) */
    public Gradient channel(Channel c) {
        return channel(0, c);
    }

    /** @return u₀(x) */
    public Gradient u() {
        return channel(0, Channel.value());
    }

    /** @return u_k(x) */
    public Gradient u(int k) {
        return channel(k, Channel.value());
    }

    /** @return ∂u₀/∂x_i */
    public Gradient dx(int i) {
        return channel(0, Channel.d(i));
    }

    /** @return ∂u_k/∂x_i */
    public Gradient dx(int k, int i) {
        return channel(k, Channel.d(i));
    }

    /** @return ∂²u₀/∂x_i∂x_j */
    public Gradient dxx(int i, int j) {
        return channel(0, Channel.d(i, j));
    }

    /** @return ∂²u_k/∂x_i∂x_j */
    public Gradient dxx(int k, int i, int j) {
        return channel(k, Channel.d(i, j));
    }

    /** @return Δu₀ (the contracted Laplacian channel) */
    public Gradient laplacian() {
        return channel(0, Channel.laplacian());
    }

    /** @return Δu_k */
    public Gradient laplacian(int k) {
        return channel(k, Channel.laplacian());
    }

    /** @return the unknown coefficient {@code name} (declared on the system) */
    public Gradient coefficient(String name) {
        int j = coefficientNames.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("condition '" + condition + "' reads unknown coefficient '" + name
                    + "' which the system does not declare (declared: " + coefficientNames + ")");
        }
        return coefs[j];
    }
}
