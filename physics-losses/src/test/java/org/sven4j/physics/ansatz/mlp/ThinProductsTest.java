package org.sven4j.physics.ansatz.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThinProductsTest {
    private static double[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * r.nextDouble() - 1;
        }
        return v;
    }

    /** Every point count mod 8 (the unrolled body and its tail), with and without accumulation. */
    @Test
    void dotRowsIsAFusedChainPerRow() {
        int k = 13;
        double[] w = random(k, 1);
        for (int b = 1; b <= 17; b++) {
            double[] h = random(b * k, b);
            double[] z0 = random(b, 100 + b);
            double[] stored = z0.clone();
            double[] added = z0.clone();
            ThinProducts.dotRows(h, w, k, stored, b, false);
            ThinProducts.dotRows(h, w, k, added, b, true);
            for (int p = 0; p < b; p++) {
                double s = 0;
                double plain = 0;
                for (int j = 0; j < k; j++) {
                    s = Math.fma(h[p * k + j], w[j], s);
                    plain += h[p * k + j] * w[j];
                }
                assertEquals(s, stored[p], 0.0, "b=" + b + " p=" + p);
                assertEquals(z0[p] + s, added[p], 0.0, "b=" + b + " p=" + p);
                assertEquals(plain, stored[p], 1e-14);
            }
        }
    }

    @Test
    void scaleRowsIsTheOuterProduct() {
        int b = 5;
        int n = 11;
        double[] s = random(b, 3);
        double[] w = random(n, 4);
        double[] tile = new double[b * n];
        for (int p = 0; p < b; p++) {
            System.arraycopy(w, 0, tile, p * n, n);
        }
        double[] out = new double[b * n];
        ThinProducts.scaleRows(s, tile, n, out, b);
        for (int p = 0; p < b; p++) {
            for (int j = 0; j < n; j++) {
                assertEquals(s[p] * w[j], out[p * n + j], 0.0);
            }
        }
    }
}
