package org.sven4j.physics.condition;

import java.util.ArrayList;
import java.util.List;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;

/**
 * One declared requirement on the field u: a point set and a pointwise residual F with q components,
 * which becomes one block of n·q rows of the residual system (row p·q + i of the block is component i
 * at point p). Independent of the ansatz, so a catalog can hold conditions and pick the ansatz later.
 *
 * <p>The {@link Residual} is linear, F = L u − g with a {@link LinearOperator} L and known data g
 * (functions of x, or observed values), or a {@link NonlinearResidual} F(x, u, ∂u, …, κ) on
 * declared channels. Rows are scaled by √(w·w_p·β) with the condition weight w &gt; 0, the optional
 * per-point weight w_p &gt; 0 and the system's {@link Balancing} factor β, so the cost is
 * ½·Σ β·w·w_p·‖F(x_p)‖².
 *
 * <p>Immutable: {@link #weight(double)}, {@link #pointWeights(double[])} and {@link #resampling(Resampling)}
 * return modified copies. Every failure names the condition.
 */
public final class Condition {
    /** What the condition expresses (for reports; the math is in the residual). */
    public enum Kind { PDE, DIRICHLET, NEUMANN, ROBIN, PERIODIC, INITIAL, DATA }

    private static final PointWeights UNIFORM = new PointWeights.Uniform();

    private final String name;
    private final Kind kind;
    private final PointSet points;
    private final PointSet partner;
    private final Residual residual;
    private final double weight;
    private final PointWeights pointWeights;
    private final Resampling resampling;

    private Condition(String name, Kind kind, PointSet points, PointSet partner, Residual residual, double weight,
            PointWeights pointWeights, Resampling resampling) {
        this.name = name;
        this.kind = kind;
        this.points = points;
        this.partner = partner;
        this.residual = residual;
        this.weight = weight;
        this.pointWeights = pointWeights;
        this.resampling = resampling;
    }

    private Condition with(double w, PointWeights pw, Resampling r) {
        return new Condition(name, kind, points, partner, residual, w, pw, r);
    }

    private static Condition linear(String name, Kind kind, PointSet points, PointSet partner, LinearOperator op,
            ScalarField[] targets, double[] data) {
        checkName(name);
        if (op == null) {
            throw new IllegalArgumentException("condition '" + name + "': operator is null");
        }
        checkPoints(name, points);
        if (targets != null) {
            if (targets.length != op.rows()) {
                throw new IllegalArgumentException("condition '" + name + "': operator has " + op.rows()
                        + " rows but " + targets.length + " right-hand sides were given");
            }
            for (ScalarField g : targets) {
                if (g == null) {
                    throw new IllegalArgumentException("condition '" + name + "': a right-hand side is null");
                }
            }
        }
        if (data != null && data.length != points.size() * op.rows()) {
            throw new IllegalArgumentException("condition '" + name + "' has " + points.size() + " points × "
                    + op.rows() + " rows but " + data.length + " observations");
        }
        boolean normals = op.terms().stream().anyMatch(t -> t.coefficient().needsNormals());
        if (normals && !points.hasNormals()) {
            throw new IllegalArgumentException("condition '" + name + "' uses outward normals but its points carry none"
                    + " (attach them with PointSet.withNormals)");
        }
        Residual f;
        if (data != null) {
            f = new Residual.Observed(op, data);
        } else {
            List<ScalarField> g = new ArrayList<>();
            for (int i = 0; i < op.rows(); i++) {
                g.add(targets == null ? ScalarField.constant(0.0) : targets[i]);
            }
            f = new Residual.Linear(op, g);
        }
        return new Condition(name, kind, points, partner, f, 1.0, UNIFORM, Resampling.fixed());
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a condition needs a non-blank name");
        }
    }

    private static void checkPoints(String name, PointSet points) {
        if (points == null || points.size() == 0) {
            throw new IllegalArgumentException("condition '" + name + "' has no points");
        }
    }

    /** PDE L u = 0 on the points. */
    public static Condition pde(String name, PointSet points, LinearOperator op) {
        return linear(name, Kind.PDE, points, null, op, null, null);
    }

    /** PDE L u = f on the points (one right-hand side per operator row). */
    public static Condition pde(String name, PointSet points, LinearOperator op, ScalarField... f) {
        return linear(name, Kind.PDE, points, null, op, f, null);
    }

    /**
     * Nonlinear PDE F(x, u, ∂u, …, κ) = 0.
     *
     * @param rows q, the number of components of F
     * @param f the residual
     * @param reads the channels F reads (of every output component)
     */
    public static Condition pde(String name, PointSet points, int rows, NonlinearResidual f, Channel... reads) {
        checkName(name);
        checkPoints(name, points);
        if (rows < 1) {
            throw new IllegalArgumentException("condition '" + name + "' needs at least one residual row, got " + rows);
        }
        if (f == null) {
            throw new IllegalArgumentException("condition '" + name + "': residual is null");
        }
        if (reads.length == 0) {
            throw new IllegalArgumentException("condition '" + name + "' declares no channels to read");
        }
        return new Condition(name, Kind.PDE, points, null, new Residual.Nonlinear(f, ChannelSet.of(reads), rows), 1.0,
                UNIFORM, Resampling.fixed());
    }

    /** Dirichlet u_k = g_k on the points, for k = 0..g.length−1. */
    public static Condition dirichlet(String name, PointSet points, ScalarField... g) {
        return linear(name, Kind.DIRICHLET, points, null, components(name, g.length), g, null);
    }

    /** Dirichlet u_k = g on the points for one component k. */
    public static Condition dirichlet(String name, PointSet points, int component, ScalarField g) {
        return linear(name, Kind.DIRICHLET, points, null, LinearOperator.value().onComponent(component),
                new ScalarField[] {g}, null);
    }

    private static LinearOperator components(String name, int m) {
        if (m < 1) {
            throw new IllegalArgumentException("condition '" + name + "' needs at least one boundary value");
        }
        LinearOperator[] ops = new LinearOperator[m];
        for (int k = 0; k < m; k++) {
            ops[k] = LinearOperator.value().onComponent(k);
        }
        return LinearOperator.stack(ops);
    }

    /** Neumann ∂u₀/∂n = g, n the unit outward normal carried by the points. */
    public static Condition neumann(String name, PointSet points, ScalarField g) {
        checkName(name);
        checkPoints(name, points);
        return linear(name, Kind.NEUMANN, points, null, LinearOperator.normalDerivative(points.dimension()),
                new ScalarField[] {g}, null);
    }

    /** Robin α·u₀ + β·∂u₀/∂n = g. */
    public static Condition robin(String name, PointSet points, double alpha, double beta, ScalarField g) {
        checkName(name);
        checkPoints(name, points);
        LinearOperator op = LinearOperator.value().times(alpha)
                .plus(LinearOperator.normalDerivative(points.dimension()).times(beta));
        return linear(name, Kind.ROBIN, points, null, op, new ScalarField[] {g}, null);
    }

    /**
     * Periodicity between paired points: (∂^c u_k)(a_p) − (∂^c u_k)(b_p) = 0 for every channel c of
     * {@code matched} and every output k of {@code components}.
     *
     * @param a the points on one side
     * @param b their partners, same count and dimension
     * @param components the number of output components to match (from 0)
     * @param matched the channels to match; empty means the value and all first derivatives
     */
    public static Condition periodic(String name, PointSet a, PointSet b, int components, Channel... matched) {
        checkName(name);
        checkPoints(name, a);
        if (b == null || b.size() != a.size()) {
            throw new IllegalArgumentException("condition '" + name + "' pairs " + a.size() + " points with "
                    + (b == null ? "null" : b.size()) + " partner points; a periodic pair needs equal sizes");
        }
        if (b.dimension() != a.dimension()) {
            throw new IllegalArgumentException("condition '" + name + "' pairs points of dimension " + a.dimension()
                    + " with partners of dimension " + b.dimension());
        }
        if (components < 1) {
            throw new IllegalArgumentException("condition '" + name + "' must match at least one component");
        }
        List<Channel> ch = new ArrayList<>();
        if (matched.length == 0) {
            ch.add(Channel.value());
            for (int i = 0; i < a.dimension(); i++) {
                ch.add(Channel.d(i));
            }
        } else {
            ch.addAll(List.of(matched));
        }
        List<LinearOperator> ops = new ArrayList<>();
        for (int k = 0; k < components; k++) {
            for (Channel c : ch) {
                LinearOperator here = LinearOperator.channel(c).onComponent(k);
                ops.add(here.minus(here.onPartner()));
            }
        }
        return linear(name, Kind.PERIODIC, a, b, LinearOperator.stack(ops.toArray(new LinearOperator[0])), null,
                null);
    }

    /** Initial state u_k(x, t₀) = g_k on points of the initial slice, k = 0..g.length−1. */
    public static Condition initialValue(String name, PointSet points, ScalarField... g) {
        return linear(name, Kind.INITIAL, points, null, components(name, g.length), g, null);
    }

    /** Initial rate ∂u₀/∂t = h on the initial slice (second order in time); input {@code timeIndex} is t. */
    public static Condition initialRate(String name, PointSet points, int timeIndex, ScalarField h) {
        return linear(name, Kind.INITIAL, points, null, LinearOperator.timeDerivative(timeIndex),
                new ScalarField[] {h}, null);
    }

    /** Observations u₀(x_p) = y_p. */
    public static Condition data(String name, PointSet points, double[] observations) {
        return data(name, points, LinearOperator.value(), observations);
    }

    /**
     * Observations of a linear functional: (L u)_i(x_p) = y[p·q + i] (for example a component, a flux).
     */
    public static Condition data(String name, PointSet points, LinearOperator observed, double[] observations) {
        if (observations == null) {
            throw new IllegalArgumentException("condition '" + name + "': observations are null");
        }
        for (int i = 0; i < observations.length; i++) {
            if (!Double.isFinite(observations[i])) {
                throw new IllegalArgumentException("condition '" + name + "': observation " + i + " is "
                        + observations[i]);
            }
        }
        return linear(name, Kind.DATA, points, null, observed, null, observations);
    }

    /** @return a copy with condition weight w (finite, &gt; 0) */
    public Condition weight(double w) {
        if (!(w > 0) || !Double.isFinite(w)) {
            throw new IllegalArgumentException("condition '" + name + "' has weight " + w + "; weights must be > 0");
        }
        return with(w, pointWeights, resampling);
    }

    /** @return a copy with per-point weights w_p (one per point, finite, &gt; 0); fixed points only */
    public Condition pointWeights(double[] w) {
        if (w == null || w.length != points.size()) {
            throw new IllegalArgumentException("condition '" + name + "' has " + points.size() + " points but "
                    + (w == null ? "null" : w.length) + " point weights");
        }
        for (int p = 0; p < w.length; p++) {
            if (!(w[p] > 0) || !Double.isFinite(w[p])) {
                throw new IllegalArgumentException("condition '" + name + "': point weight " + p + " is " + w[p]
                        + "; weights must be > 0");
            }
        }
        return with(weight, new PointWeights.Explicit(w), resampling);
    }

    /** @return a copy with per-point weights w(x_p) from a function (must be &gt; 0 at every point used) */
    public Condition pointWeights(ScalarField w) {
        if (w == null) {
            throw new IllegalArgumentException("condition '" + name + "': point weight function is null");
        }
        return with(weight, new PointWeights.Field(w), resampling);
    }

    /** @return a copy with this resampling policy (not for periodic or data conditions, or explicit point weights) */
    public Condition resampling(Resampling r) {
        if (r == null) {
            throw new IllegalArgumentException("condition '" + name + "': resampling policy is null");
        }
        boolean observed = residual instanceof Residual.Observed;
        boolean explicit = pointWeights instanceof PointWeights.Explicit;
        if (r.kind() != Resampling.Kind.FIXED && (partner != null || observed || explicit)) {
            throw new IllegalArgumentException("condition '" + name + "' cannot be resampled: its points are tied to "
                    + (partner != null ? "periodic partners" : observed ? "observations" : "explicit point weights"));
        }
        return with(weight, pointWeights, r);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** @return the (initial) points */
    public PointSet points() {
        return points;
    }

    /** @return the partner points of a periodic pair, or null */
    public PointSet partner() {
        return partner;
    }

    /** @return the residual F */
    public Residual residual() {
        return residual;
    }

    /** @return q, rows per point */
    public int rows() {
        return residual.rows();
    }

    public double weight() {
        return weight;
    }

    /** @return the per-point weights */
    public PointWeights pointWeighting() {
        return pointWeights;
    }

    public Resampling resampling() {
        return resampling;
    }

    /** @return the ansatz channels this condition reads */
    public ChannelSet channels() {
        return residual.channels();
    }

    @Override
    public String toString() {
        return "Condition[" + name + ", " + kind + ", " + points.size() + " points × " + rows() + " rows]";
    }
}
