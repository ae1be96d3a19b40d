package org.sven4j.physics.condition;

/**
 * A known scalar function g : ℝᵈ → ℝ of the point x (a source term, boundary data, a variable
 * coefficient). Must be pure: the same x gives the same value, from any thread.
 */
@FunctionalInterface
public interface ScalarField {
    /**
     * @param x the point, length d (do not modify)
     * @return g(x)
     */
    double at(double[] x);

    /** @return the constant field x ↦ c */
    static ScalarField constant(double c) {
        return x -> c;
    }
}
