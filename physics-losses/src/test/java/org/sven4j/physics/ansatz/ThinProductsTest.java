package org.sven4j.physics.ansatz;

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

    /** Every row count mod 8 (the unrolled body and its tail), offsets, strides, with and without accumulation. */
    @Test
    void dotRowsIsAFusedChainPerRow() {
        int k = 13;
        double[] w = random(k + 3, 1);
        for (int b = 1; b <= 17; b++) {
            int row0 = b % 3;
            double[] h = random((row0 + b) * k, b);
            int stride = 1 + b % 2;
            double[] z0 = random((row0 + b) * stride, 100 + b);
            double[] stored = z0.clone();
            double[] added = z0.clone();
            ThinProducts.dotRows(h, row0, k, w, 3, stored, stride, stride - 1, b, false);
            ThinProducts.dotRows(h, row0, k, w, 3, added, stride, stride - 1, b, true);
            for (int p = 0; p < row0 + b; p++) {
                int i = p * stride + stride - 1;
                if (p < row0) {
                    assertEquals(z0[i], stored[i], 0.0, "row before row0 untouched");
                    continue;
                }
                double s = 0;
                double plain = 0;
                for (int j = 0; j < k; j++) {
                    s = Math.fma(h[p * k + j], w[3 + j], s);
                    plain += h[p * k + j] * w[3 + j];
                }
                assertEquals(s, stored[i], 0.0, "b=" + b + " p=" + p);
                assertEquals(z0[i] + s, added[i], 0.0, "b=" + b + " p=" + p);
                assertEquals(plain, stored[i], 1e-14);
                if (stride == 2) {
                    assertEquals(z0[i - 1], stored[i - 1], 0.0, "other column untouched");
                }
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
