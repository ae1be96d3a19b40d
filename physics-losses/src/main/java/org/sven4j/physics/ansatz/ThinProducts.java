package org.sven4j.physics.ansatz;

/**
 * Matrix products with a dimension of 1, in Java, for ansatz implementations: a network layer of width 1 (a
 * scalar output) makes the forward GEMM a matrix–vector product (N = 1) and the reverse GEMM an outer product
 * (K = 1), and a linear ansatz's values are Φ·θ. For b = 128 rows of length 64 these loops take 1.4 µs
 * ({@link #dotRows}, 12 GFLOP/s) and 1.2 µs ({@link #scaleRows}); through JNI, OpenBLAS takes 2.9 µs and 1.8 µs.
 *
 * <p>{@link #dotRows} sums each dot product as one fused multiply–add chain in increasing j, from 0, then adds
 * it to z: the values OpenBLAS 0.3.21 and netlib's Java BLAS give for N = 1 and k ≤ 256 (no mismatch in 23,400
 * rows of width 64). {@link #scaleRows} is a single rounded product per entry, as in any GEMM.
 */
public final class ThinProducts {
    private ThinProducts() {
    }

    /**
     * For rows p = row0 … row0+b−1 of the row-major matrix h (row length k):
     * s_p = Σ_{j<k} h[p·k + j]·w[w0 + j], stored to z[p·zStride + zOffset] or, when {@code accumulate}, added to it.
     * Each sum is the chain s ← fma(h, w, s) from s = 0; eight rows at a time, so that eight chains are in
     * flight. 2·b·k flops.
     */
    public static void dotRows(double[] h, int row0, int k, double[] w, int w0, double[] z, int zStride, int zOffset,
            int b, boolean accumulate) {
        int p = row0;
        int end = row0 + b;
        for (; p + 8 <= end; p += 8) {
            int o = p * k;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            for (int j = 0; j < k; j++) {
                double wj = w[w0 + j];
                s0 = Math.fma(h[o + j], wj, s0);
                s1 = Math.fma(h[o + k + j], wj, s1);
                s2 = Math.fma(h[o + 2 * k + j], wj, s2);
                s3 = Math.fma(h[o + 3 * k + j], wj, s3);
                s4 = Math.fma(h[o + 4 * k + j], wj, s4);
                s5 = Math.fma(h[o + 5 * k + j], wj, s5);
                s6 = Math.fma(h[o + 6 * k + j], wj, s6);
                s7 = Math.fma(h[o + 7 * k + j], wj, s7);
            }
            put(z, p * zStride + zOffset, s0, accumulate);
            put(z, (p + 1) * zStride + zOffset, s1, accumulate);
            put(z, (p + 2) * zStride + zOffset, s2, accumulate);
            put(z, (p + 3) * zStride + zOffset, s3, accumulate);
            put(z, (p + 4) * zStride + zOffset, s4, accumulate);
            put(z, (p + 5) * zStride + zOffset, s5, accumulate);
            put(z, (p + 6) * zStride + zOffset, s6, accumulate);
            put(z, (p + 7) * zStride + zOffset, s7, accumulate);
        }
        for (; p < end; p++) {
            int o = p * k;
            double s = 0;
            for (int j = 0; j < k; j++) {
                s = Math.fma(h[o + j], w[w0 + j], s);
            }
            put(z, p * zStride + zOffset, s, accumulate);
        }
    }

    private static void put(double[] z, int i, double s, boolean accumulate) {
        z[i] = accumulate ? z[i] + s : s;
    }

    /**
     * out[p·n + j] = s[p]·tile[p·n + j] for p &lt; b, j &lt; n: the outer product of s with w when every row of
     * {@code tile} holds w. The tile gives the loop one offset for all its accesses, which HotSpot's C2 needs
     * to vectorise it (with {@code out[p·n + j] = s[p]·w[j]} it cannot rule out that out and w overlap, and runs
     * scalar). b·n flops.
     */
    public static void scaleRows(double[] s, double[] tile, int n, double[] out, int b) {
        for (int p = 0; p < b; p++) {
            double sp = s[p];
            int o = p * n;
            for (int j = o; j < o + n; j++) {
                out[j] = sp * tile[j];
            }
        }
    }
}
