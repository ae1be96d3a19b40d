package org.sven4j.physics.ansatz.mlp;

/**
 * The products of the Taylor passes that have a dimension of 1, written in Java: a layer of width
 * n_l = 1 (a scalar output) makes the forward GEMM a matrix–vector product (N = 1) and the reverse GEMM an
 * outer product (K = 1). At b = 128 points and width 64 these loops take 1.4 µs (N = 1, 12 GFLOP/s) and
 * 1.2 µs (K = 1); through JNI, OpenBLAS takes 2.9 µs and 1.8 µs.
 *
 * <p>Both give the values of OpenBLAS's dgemm: {@link #dotRows} sums each dot product as one fused
 * multiply–add chain in increasing j, from 0, then adds it to z (what OpenBLAS 0.3.21 and netlib's Java
 * BLAS do for N = 1: no mismatch in 23,400 rows of width 64); {@link #scaleRows} is a single rounded
 * product per entry.
 */
final class ThinProducts {
    private ThinProducts() {
    }

    /**
     * z[p] = z[p] + Σ_{j<k} h[p·k + j]·w[j] ({@code accumulate}) or z[p] = Σ_j h[p·k + j]·w[j], for p &lt; b.
     * Each sum is the chain s ← fma(h, w[j], s) from s = 0; eight points at a time, so that eight chains
     * are in flight. 2·b·k flops.
     */
    static void dotRows(double[] h, double[] w, int k, double[] z, int b, boolean accumulate) {
        int p = 0;
        for (; p + 8 <= b; p += 8) {
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
                double wj = w[j];
                s0 = Math.fma(h[o + j], wj, s0);
                s1 = Math.fma(h[o + k + j], wj, s1);
                s2 = Math.fma(h[o + 2 * k + j], wj, s2);
                s3 = Math.fma(h[o + 3 * k + j], wj, s3);
                s4 = Math.fma(h[o + 4 * k + j], wj, s4);
                s5 = Math.fma(h[o + 5 * k + j], wj, s5);
                s6 = Math.fma(h[o + 6 * k + j], wj, s6);
                s7 = Math.fma(h[o + 7 * k + j], wj, s7);
            }
            z[p] = accumulate ? z[p] + s0 : s0;
            z[p + 1] = accumulate ? z[p + 1] + s1 : s1;
            z[p + 2] = accumulate ? z[p + 2] + s2 : s2;
            z[p + 3] = accumulate ? z[p + 3] + s3 : s3;
            z[p + 4] = accumulate ? z[p + 4] + s4 : s4;
            z[p + 5] = accumulate ? z[p + 5] + s5 : s5;
            z[p + 6] = accumulate ? z[p + 6] + s6 : s6;
            z[p + 7] = accumulate ? z[p + 7] + s7 : s7;
        }
        for (; p < b; p++) {
            int o = p * k;
            double s = 0;
            for (int j = 0; j < k; j++) {
                s = Math.fma(h[o + j], w[j], s);
            }
            z[p] = accumulate ? z[p] + s : s;
        }
    }

    /**
     * out[p·n + j] = s[p]·tile[p·n + j] for p &lt; b, j &lt; n: the outer product of s with w when every row of
     * {@code tile} holds w. The tile gives the loop one offset for all its accesses, which HotSpot needs
     * to vectorise it (see {@link TaylorBlock}). b·n flops.
     */
    static void scaleRows(double[] s, double[] tile, int n, double[] out, int b) {
        for (int p = 0; p < b; p++) {
            double sp = s[p];
            int o = p * n;
            for (int j = o; j < o + n; j++) {
                out[j] = sp * tile[j];
            }
        }
    }
}
