package org.sven4j.physics.ansatz.mlp;

import org.ejml.data.DMatrixRMaj;

/**
 * The Jacobian rows of one reverse pass, layer by layer: ∂c/∂W_l[a][j] = Σ_u h_{l−1,u}[p][j]·ẑ_u[p][a] and
 * ∂c/∂b_l[a] = ẑ_0[p][a] for each point p of a block, a rank-t update per point (t = closure size, 2·t flops
 * per entry). Runs are formed in a scratch array at the offset of their source rows, so that every access of
 * the vectorised loop uses one offset (see {@link TaylorBlock}), then copied out with {@link System#arraycopy}.
 */
final class JacobianRows {
    /** Jacobian runs are formed here, at the offset of the point's row, then copied out. */
    private final double[] run;
    /** The terms of one run: coefficients and their vectors. */
    private final double[] termG;
    private final double[][] termA;

    /**
     * @param runLength the block size times the widest layer
     * @param maxTerms the largest closure
     */
    JacobianRows(int runLength, int maxTerms) {
        run = new double[runLength];
        termG = new double[maxTerms];
        termA = new double[maxTerms][];
    }

    /** Layers narrower than this (n_l, typically the output layer) are written with a stride (see {@link #write}). */
    private static final int SHORT_RUN = 8;

    /**
     * For each point p of the block, the layer-l segment of its Jacobian row in {@code jac}, starting at
     * w0 + p·rowStride: the weights ∂c/∂W_l[a][j] = Σ_u h_{l−1,cl[u]}[p][j]·ẑ_u[p][a], then the biases ẑ_0[p][a]
     * (θ keeps b_l right after W_l), with hp = the streams h_{l−1} and zbar = the closure adjoints ẑ of layer l.
     * Each entry is written once. In θ's column-major layout input unit j owns the run [j·n_l, (j+1)·n_l), so
     * for n_l ≥ {@value #SHORT_RUN} the run is one fused sum of the t vectors ẑ_u[p] (vectorisable along a)
     * with scalar coefficients h_u[p][j]; in the first layer, terms whose coefficient is 0 are skipped (the
     * constant derivative streams of the input layer: ∂ᵢx̃ is a multiple of a unit vector, ∂ᵢ∂ⱼx̃ = 0), which
     * leaves the result exact. For n_l = 1 (a scalar output) the single run, over j, sums the vectors h_u[p]
     * with coefficients ẑ_u[p]; other narrow layers are written entry by entry. The sum runs over u in
     * closure order in every case.
     */
    void write(boolean firstLayer, DMatrixRMaj[] hp, DMatrixRMaj[] zbar, int[] cl, int b, int w, int nin, double[] jac,
            int w0, int rowStride) {
        int t = cl.length;
        for (int p = 0; p < b; p++) {
            int base = w0 + p * rowStride;
            int pw = p * w;
            int pn = p * nin;
            if (w >= SHORT_RUN && firstLayer) {
                for (int j = 0; j < nin; j++) {
                    int cnt = 0;
                    for (int u = 0; u < t; u++) {
                        double g = hp[cl[u]].data[pn + j];
                        if (g != 0.0) {
                            termG[cnt] = g;
                            termA[cnt] = zbar[u].data;
                            cnt++;
                        }
                    }
                    combine(pw, w, cnt);
                    System.arraycopy(run, pw, jac, base + j * w, w);
                }
            } else if (w >= SHORT_RUN) {
                for (int u = 0; u < t; u++) {
                    termA[u] = hp[cl[u]].data;
                }
                runs(jac, base, pn, pw, nin, w, t, zbar);
            } else if (w == 1) {
                for (int u = 0; u < t; u++) {
                    termG[u] = zbar[u].data[p];
                    termA[u] = hp[cl[u]].data;
                }
                combine(pn, nin, t);
                System.arraycopy(run, pn, jac, base, nin);
            } else {
                for (int j = 0; j < nin; j++) {
                    for (int a = 0; a < w; a++) {
                        double v = 0;
                        for (int u = 0; u < t; u++) {
                            v += zbar[u].data[pw + a] * hp[cl[u]].data[pn + j];
                        }
                        jac[base + j * w + a] = v;
                    }
                }
            }
            System.arraycopy(zbar[0].data, pw, jac, base + w * nin, w);
        }
    }

    /**
     * run[off + i] = Σ_{c<cnt} termG[c]·termA[c][off + i] for i &lt; len, summed left to right in c. Every access
     * uses the same offset, so the loops vectorise.
     */
    private void combine(int off, int len, int cnt) {
        double[] r = run;
        switch (cnt) {
            case 0:
                java.util.Arrays.fill(r, off, off + len, 0.0);
                return;
            case 1: {
                double g0 = termG[0];
                double[] v0 = termA[0];
                for (int i = off; i < off + len; i++) {
                    r[i] = g0 * v0[i];
                }
                return;
            }
            case 2: {
                double g0 = termG[0];
                double g1 = termG[1];
                double[] v0 = termA[0];
                double[] v1 = termA[1];
                for (int i = off; i < off + len; i++) {
                    r[i] = g0 * v0[i] + g1 * v1[i];
                }
                return;
            }
            case 3: {
                double g0 = termG[0];
                double g1 = termG[1];
                double g2 = termG[2];
                double[] v0 = termA[0];
                double[] v1 = termA[1];
                double[] v2 = termA[2];
                for (int i = off; i < off + len; i++) {
                    r[i] = g0 * v0[i] + g1 * v1[i] + g2 * v2[i];
                }
                return;
            }
            default: {
                double g0 = termG[0];
                double g1 = termG[1];
                double g2 = termG[2];
                double g3 = termG[3];
                double[] v0 = termA[0];
                double[] v1 = termA[1];
                double[] v2 = termA[2];
                double[] v3 = termA[3];
                for (int i = off; i < off + len; i++) {
                    r[i] = g0 * v0[i] + g1 * v1[i] + g2 * v2[i] + g3 * v3[i];
                }
                for (int c = 4; c < cnt; c++) {
                    double gc = termG[c];
                    double[] vc = termA[c];
                    for (int i = off; i < off + len; i++) {
                        r[i] += gc * vc[i];
                    }
                }
            }
        }
    }

    /**
     * The dense runs of a hidden layer (n_l ≥ {@value #SHORT_RUN}) at point p: for each input unit j,
     * jac[base + j·w + a] = Σ_{u<t} h_u[pn + j]·ẑ_u[pw + a] (h_u = termA[u]), formed in {@link #run} at offset pw.
     */
    private void runs(double[] jac, int base, int pn, int pw, int nin, int w, int t, DMatrixRMaj[] zbar) {
        double[] r = run;
        double[] v0 = zbar[0].data;
        double[] v1 = t > 1 ? zbar[1].data : v0;
        double[] v2 = t > 2 ? zbar[2].data : v0;
        double[] v3 = t > 3 ? zbar[3].data : v0;
        double[] c0 = termA[0];
        double[] c1 = t > 1 ? termA[1] : c0;
        double[] c2 = t > 2 ? termA[2] : c0;
        double[] c3 = t > 3 ? termA[3] : c0;
        int end = pw + w;
        for (int j = 0; j < nin; j++) {
            double g0 = c0[pn + j];
            switch (t) {
                case 1:
                    for (int i = pw; i < end; i++) {
                        r[i] = g0 * v0[i];
                    }
                    break;
                case 2: {
                    double g1 = c1[pn + j];
                    for (int i = pw; i < end; i++) {
                        r[i] = g0 * v0[i] + g1 * v1[i];
                    }
                    break;
                }
                case 3: {
                    double g1 = c1[pn + j];
                    double g2 = c2[pn + j];
                    for (int i = pw; i < end; i++) {
                        r[i] = g0 * v0[i] + g1 * v1[i] + g2 * v2[i];
                    }
                    break;
                }
                default: {
                    double g1 = c1[pn + j];
                    double g2 = c2[pn + j];
                    double g3 = c3[pn + j];
                    for (int i = pw; i < end; i++) {
                        r[i] = g0 * v0[i] + g1 * v1[i] + g2 * v2[i] + g3 * v3[i];
                    }
                    for (int u = 4; u < t; u++) {
                        double gu = termA[u][pn + j];
                        double[] vu = zbar[u].data;
                        for (int i = pw; i < end; i++) {
                            r[i] += gu * vu[i];
                        }
                    }
                }
            }
            System.arraycopy(r, pw, jac, base + j * w, w);
        }
    }
}
