package org.sven4j.physics.condition;

import org.sven4j.physics.ansatz.Channel;

/**
 * One term a(x)·[κ]·(∂^c u_k)(x) of residual row {@code row} of a {@link LinearOperator}.
 *
 * @param row the residual component this term adds to (0 ≤ row < rows)
 * @param side 0 for the condition's points; 1 for the partner points of a periodic pair
 * @param component k, the output of the field
 * @param channel c, the derivative channel
 * @param coefficient the known factor a(x)
 * @param unknown the name of an unknown physical coefficient κ multiplying the term, or null
 */
public record Term(int row, int side, int component, Channel channel, Coefficient coefficient, String unknown) {
    public Term {
        if (row < 0 || component < 0 || side < 0 || side > 1) {
            throw new IllegalArgumentException("term needs row >= 0, component >= 0, side 0 or 1; got row=" + row
                    + ", component=" + component + ", side=" + side);
        }
        if (channel == null || coefficient == null) {
            throw new IllegalArgumentException("term needs a channel and a coefficient");
        }
    }

    Term withRow(int r) {
        return new Term(r, side, component, channel, coefficient, unknown);
    }

    Term withCoefficient(Coefficient c) {
        return new Term(row, side, component, channel, c, unknown);
    }

    Term withComponent(int k) {
        return new Term(row, side, k, channel, coefficient, unknown);
    }

    Term withSide(int s) {
        return new Term(row, s, component, channel, coefficient, unknown);
    }

    Term withUnknown(String name) {
        return new Term(row, side, component, channel, coefficient, name);
    }
}
