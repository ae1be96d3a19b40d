package org.sven4j.pde.sampling;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Randomly shifted Sobol points (a Cranley–Patterson rotation): xᵢ = frac(sᵢ + u) with sᵢ the Sobol sequence
 * from index 1 (see {@link SobolSampler}) and one shift u ∈ [0,1)^d drawn from {@code seed}. Every seed gives a
 * different point set, and each set keeps the low discrepancy of the sequence. The shift for dimension d is the
 * first d draws of a {@link SplittableRandom} seeded with {@code seed}, so samples of different dimensions from
 * one sampler share their leading shift components. O(n·d) after the sequence.
 *
 * @param seed seed of the shift
 */
public record ShiftedSobolSampler(long seed) implements UnitCubeSampler {

    @Override
    public DMatrixRMaj sample(int n, int d) {
        UnitCubeSampler.requireShape(n, d);
        DMatrixRMaj m = new SobolSampler(1).sample(n, d);
        SplittableRandom r = new SplittableRandom(seed);
        double[] u = new double[d];
        for (int j = 0; j < d; j++) {
            u[j] = r.nextDouble();
        }
        double[] x = m.data;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j] + u[j];
                x[i * d + j] = v >= 1 ? v - 1 : v;
            }
        }
        return m;
    }

    @Override
    public boolean isSequence() {
        return true;
    }

    @Override
    public String name() {
        return "shifted-sobol(seed=" + seed + ")";
    }
}
