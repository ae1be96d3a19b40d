package org.sven4j.pde.sampling;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Latin hypercube design: in every coordinate each of the n strata [k/n, (k+1)/n) holds exactly one
 * point; strata are matched across coordinates by independent seeded permutations (Fisher–Yates) and
 * each point is jittered uniformly inside its stratum. Cost O(n·d).
 *
 * @param seed the seed
 */
public record LatinHypercubeSampler(long seed) implements UnitCubeSampler {

    @Override
    public DMatrixRMaj sample(int n, int d) {
        UnitCubeSampler.requireShape(n, d);
        SplittableRandom rng = new SplittableRandom(seed);
        DMatrixRMaj u = new DMatrixRMaj(n, d);
        int[] perm = new int[n];
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int k = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[k];
                perm[k] = t;
            }
            for (int i = 0; i < n; i++) {
                u.set(i, j, (perm[i] + rng.nextDouble()) / n);
            }
        }
        return u;
    }

    @Override
    public boolean isSequence() {
        return false;
    }

    @Override
    public String name() {
        return "lhs(seed=" + seed + ")";
    }
}
