package org.sven4j.pde.sampling;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * The Sobol low-discrepancy sequence (Hipparchus {@link SobolSequenceGenerator}, Joe–Kuo direction
 * numbers, d ≤ 1000), skipping its first {@code skip} points; the first point of the sequence is the
 * origin, which the default {@link #SobolSampler()} skips.
 *
 * @param skip points to skip, ≥ 0
 */
public record SobolSampler(int skip) implements UnitCubeSampler {

    public SobolSampler {
        if (skip < 0) {
            throw new IllegalArgumentException("sobol skip must be >= 0, got " + skip);
        }
    }

    /** Skips the origin. */
    public SobolSampler() {
        this(1);
    }

    @Override
    public DMatrixRMaj sample(int n, int d) {
        UnitCubeSampler.requireShape(n, d);
        SobolSequenceGenerator g = new SobolSequenceGenerator(d);
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
        return "sobol(skip=" + skip + ")";
    }
}
