package org.sven4j.pde.sampling;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Independent uniform points from a {@link SplittableRandom} with the given seed, drawn row by row
 * (so {@code sample(n, d)} is a prefix of {@code sample(m, d)}).
 *
 * @param seed the seed
 */
public record UniformRandomSampler(long seed) implements UnitCubeSampler {

    @Override
    public DMatrixRMaj sample(int n, int d) {
        UnitCubeSampler.requireShape(n, d);
        SplittableRandom rng = new SplittableRandom(seed);
        DMatrixRMaj u = new DMatrixRMaj(n, d);
        for (int i = 0; i < u.data.length; i++) {
            u.data[i] = rng.nextDouble();
        }
        return u;
    }

    @Override
    public boolean isSequence() {
        return true;
    }

    @Override
    public String name() {
        return "uniform(seed=" + seed + ")";
    }
}
