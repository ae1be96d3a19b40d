package org.sven4j.pde.sampling;

import org.ejml.data.DMatrixRMaj;

/**
 * A deterministic source of points in the unit cube [0,1]^d. The same sampler called with the same
 * (n, d) returns the same points (seeded or low-discrepancy, never time-dependent).
 */
public interface UnitCubeSampler {

    /**
     * @param n number of points, ≥ 0
     * @param d dimension, ≥ 1
     * @return n×d points, row i is point i
     */
    DMatrixRMaj sample(int n, int d);

    /**
     * @return true when {@code sample(n, d)} is the first n rows of {@code sample(m, d)} for m ≥ n (true
     *         for sequences, false for Latin hypercube designs); rejection sampling relies on it
     */
    boolean isSequence();

    /** @return a short name, e.g. "sobol" */
    String name();

    /** Checks n ≥ 0 and d ≥ 1. */
    static void requireShape(int n, int d) {
        if (n < 0) {
            throw new IllegalArgumentException("number of points must be >= 0, got " + n);
        }
        if (d < 1) {
            throw new IllegalArgumentException("dimension must be >= 1, got " + d);
        }
    }
}
