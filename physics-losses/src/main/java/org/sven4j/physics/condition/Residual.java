package org.sven4j.physics.condition;

import java.util.List;
import org.sven4j.physics.ansatz.ChannelSet;

/**
 * The pointwise residual F of a {@link Condition}, with q = {@link #rows()} components at each point: one of
 * <ul>
 * <li>{@link Linear}: F = L u − g(x), a {@link LinearOperator} L and one known function per row;</li>
 * <li>{@link Observed}: F = (L u)(x_p) − y_p, observed values y (n·q, row p·q + i);</li>
 * <li>{@link Nonlinear}: F(x, u, ∂u, …, κ), a {@link NonlinearResidual} on declared channels.</li>
 * </ul>
 */
public sealed interface Residual permits Residual.Linear, Residual.Observed, Residual.Nonlinear {

    /** @return q, the components of F per point */
    int rows();

    /** @return the ansatz channels F reads */
    ChannelSet channels();

    /** @return the linear operator L, or null for a nonlinear residual */
    default LinearOperator operator() {
        return null;
    }

    /**
     * F = L u − g(x).
     *
     * @param operator L
     * @param rightHandSides g_i for each row i of L (x ↦ 0 where the condition has none)
     */
    record Linear(LinearOperator operator, List<ScalarField> rightHandSides) implements Residual {
        public Linear {
            rightHandSides = List.copyOf(rightHandSides);
        }

        @Override public int rows() { return operator.rows(); }

        @Override public ChannelSet channels() { return ChannelSet.of(operator.channels()); }
    }

    /**
     * F = (L u)(x_p) − y_p.
     *
     * @param operator L
     * @param observations y, n·q values (row p·q + i); a copy is kept and returned
     */
    record Observed(LinearOperator operator, double[] observations) implements Residual {
        public Observed {
            observations = observations.clone();
        }

        @Override public double[] observations() { return observations.clone(); }

        @Override public int rows() { return operator.rows(); }

        @Override public ChannelSet channels() { return ChannelSet.of(operator.channels()); }
    }

    /**
     * F(x, u, ∂u, …, κ) with q components.
     *
     * @param function F
     * @param reads the channels F reads (of every output component)
     * @param rows q
     */
    record Nonlinear(NonlinearResidual function, ChannelSet reads, int rows) implements Residual {
        @Override public ChannelSet channels() { return reads; }
    }
}
