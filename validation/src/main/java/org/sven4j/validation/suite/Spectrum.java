package org.sven4j.validation.suite;

/**
 * The singular values σ₁ ≥ … ≥ σ_k Sven kept at one iteration.
 *
 * @param iteration the iteration
 * @param singularValues the kept singular values, descending
 */
public record Spectrum(int iteration, double[] singularValues) {

    public Spectrum {
        singularValues = singularValues.clone();
    }

    @Override
    public double[] singularValues() {
        return singularValues.clone();
    }
}
