package org.sven4j.pde.catalog;

import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.NonlinearResidual;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.physics.condition.ScalarField;

/**
 * How a {@link ConditionSpec} becomes a physics-losses {@link Condition} once its points are drawn: the
 * operator or nonlinear residual of the condition, with the spec's target g as right-hand side. The
 * residual is always "left side − g" (F = L u − g, or F(x, u, ∂u) − g(x)), so an exact solution gives
 * F = 0.
 */
@FunctionalInterface
public interface ResidualForm {

    /**
     * @param name the condition name
     * @param points the condition's points (with outward normals for boundary roles)
     * @param partners the periodic images of {@code points} for {@link Role#PERIODIC}, else null
     * @param target g, the right-hand side per residual component
     * @return the condition
     */
    Condition build(String name, PointSet points, PointSet partners, PointFunction target);

    /** @return the linear PDE L u = g (one target component per operator row) */
    static ResidualForm pde(LinearOperator op) {
        return (name, pts, partners, g) -> Condition.pde(name, pts, op, components(g, op.rows()));
    }

    /**
     * A nonlinear PDE F(x, u, ∂u, …) = g; the form subtracts g(x) from each component of F.
     *
     * @param rows q, the number of components of F
     * @param f the residual on Hipparchus Gradient numbers
     * @param reads the channels F reads
     */
    static ResidualForm pde(int rows, NonlinearResidual f, Channel... reads) {
        return (name, pts, partners, g) -> Condition.pde(name, pts, rows, (lf, out) -> {
            f.evaluate(lf, out);
            double[] gv = g.at(lf.point());
            for (int i = 0; i < rows; i++) {
                if (gv[i] != 0) {
                    out[i] = out[i].subtract(gv[i]);
                }
            }
        }, reads);
    }

    /** @return the Dirichlet condition u_k = g_k for k = 0..c−1, c the number of target components */
    static ResidualForm dirichlet(int components) {
        return (name, pts, partners, g) -> Condition.dirichlet(name, pts, components(g, components));
    }

    /** @return the initial state u_k(t₀, x) = g_k for k = 0..c−1 */
    static ResidualForm initialValue(int components) {
        return (name, pts, partners, g) -> Condition.initialValue(name, pts, components(g, components));
    }

    /** @return the initial rate ∂u₀/∂t = g on the initial slice, t being input {@code timeIndex} */
    static ResidualForm initialRate(int timeIndex) {
        return (name, pts, partners, g) -> Condition.initialRate(name, pts, timeIndex, components(g, 1)[0]);
    }

    /**
     * @param matched the channels ∂^c u₀ whose values must agree at each point and its periodic image
     * @return the periodic pairing (∂^c u₀)(a_p) − (∂^c u₀)(b_p) = 0, one row per matched channel
     */
    static ResidualForm periodic(Channel... matched) {
        if (matched.length == 0) {
            throw new IllegalArgumentException("a periodic form needs at least one matched channel");
        }
        return (name, pts, partners, g) -> {
            if (partners == null) {
                throw new IllegalArgumentException("periodic condition '" + name + "' got no partner points");
            }
            return Condition.periodic(name, pts, partners, 1, matched);
        };
    }

    /** @return component i of g as a ScalarField, for i = 0..count−1 */
    private static ScalarField[] components(PointFunction g, int count) {
        ScalarField[] f = new ScalarField[count];
        for (int i = 0; i < count; i++) {
            int k = i;
            f[i] = x -> g.at(x)[k];
        }
        return f;
    }
}
