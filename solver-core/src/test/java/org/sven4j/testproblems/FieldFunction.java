package org.sven4j.testproblems;

import org.hipparchus.CalculusFieldElement;

/**
 * A residual function r : ℝⁿ → ℝᵐ written once over a generic field, so that {@link FieldResidualSystem}
 * gets values from {@code Binary64} and the exact Jacobian from forward-mode AD ({@code Gradient}).
 */
public interface FieldFunction {
    /** @return n, the number of variables */
    int variables();

    /** @return m, the number of residuals */
    int residuals();

    /**
     * @param x the variables, length n
     * @param r output, length m
     */
    <T extends CalculusFieldElement<T>> void evaluate(T[] x, T[] r);
}
