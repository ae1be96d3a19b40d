package org.sven4j.physics.ansatz.mlp;

import java.util.SplittableRandom;

/**
 * A fixed random Fourier-feature embedding of the (normalised) input x̃ ∈ ℝᵈ:
 * φ(x̃) = [x̃ (optional), sin(2π·Bx̃), cos(2π·Bx̃)] with B ∈ ℝᵏˣᵈ, B_{jl} ~ N(0, σ²) drawn once from
 * a seed. Immutable.
 *
 * @param count k, the number of frequencies (≥ 1)
 * @param scale σ > 0, the standard deviation of the frequencies
 * @param seed the seed of B
 * @param includeInput whether x̃ itself precedes the sin and cos features
 */
public record FourierFeatures(int count, double scale, long seed, boolean includeInput) {
    public FourierFeatures {
        if (count < 1) {
            throw new IllegalArgumentException("Fourier feature count must be >= 1, got " + count);
        }
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("Fourier feature scale must be finite and > 0, got " + scale);
        }
    }

    /** @return the width of the embedding for d inputs: (includeInput ? d : 0) + 2k */
    public int width(int d) {
        return (includeInput ? d : 0) + 2 * count;
    }

    /** @return B, k×d row-major, drawn from {@link #seed()} */
    public double[] frequencies(int d) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] b = new double[count * d];
        for (int i = 0; i < b.length; i++) {
            b[i] = scale * rng.nextGaussian();
        }
        return b;
    }
}
