package org.sven4j.pde.sampling;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.random.HaltonSequenceGenerator;

/**
 * The Halton low-discrepancy sequence (Hipparchus {@link HaltonSequenceGenerator}: prime bases 2, 3,
 * 5, …, with its default Faure–Lemieux digit-scrambling weights, d ≤ 40), skipping its first
 * {@code skip} points (the default skips the origin).
 *
 * @param skip points to skip, ≥ 0
 */
public record HaltonSampler(int skip) implements UnitCubeSampler {

    public HaltonSampler {
        if (skip < 0) {
            throw new IllegalArgumentException("halton skip must be >= 0, got " + skip);
        }
    }

    /** Skips the origin. */
    public HaltonSampler() {
        this(1);
    }

    @Override
    public DMatrixRMaj sample(int n, int d) {
        UnitCubeSampler.requireShape(n, d);
        HaltonSequenceGenerator g = new HaltonSequenceGenerator(d);
        if (skip > 0) {
            g.skipTo(skip);
        }
        return Sequences.rows(g, n, d);
    }

    @Override
    public boolean isSequence() {
        return true;
    }

    @Override
    public String name() {
        return "halton(skip=" + skip + ")";
    }
}
