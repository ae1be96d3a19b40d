package org.sven4j.pde.sampling;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.random.RandomVectorGenerator;

/** Shared by the low-discrepancy samplers. */
final class Sequences {
    private Sequences() {
    }

    /** @return the next n vectors of {@code g} as the rows of an n×d matrix */
    static DMatrixRMaj rows(RandomVectorGenerator g, int n, int d) {
        DMatrixRMaj u = new DMatrixRMaj(n, d);
        for (int r = 0; r < n; r++) {
            System.arraycopy(g.nextVector(), 0, u.data, r * d, d);
        }
        return u;
    }
}
