package org.sven4j.physics.condition;

/**
 * The automatic factor β_b applied to each condition's squared residual on top of its weight:
 * the cost is ½ Σ_b β_b·w_b·Σ_p w_p‖F_b(x_p)‖², i.e. every row of condition b is scaled by √(β_b·w_b·w_p).
 */
public enum Balancing {
    /** β_b = 1: the plain sum of squares over all points. */
    SUM,
    /**
     * β_b = 1/n_b, with n_b the number of points of condition b: each condition contributes its
     * mean square, as in the usual PINN loss ½ Σ_b (w_b/n_b) Σ_p ‖F_b(x_p)‖². Conditions with few
     * points (boundaries) are then not drowned by conditions with many (interiors), and the cost does
     * not grow when points are added. This is the default.
     */
    MEAN
}
