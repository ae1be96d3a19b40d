package org.sven4j.physics.ansatz.mlp;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;

/**
 * One worker's scratch and the two passes over one block of b points.
 *
 * <p><b>Forward (Taylor mode).</b> The S streams of layer l are stacked as rows of one matrix, so
 * z_l = h_{l−1}·W_lᵀ (+ b_l on the value rows) is a single GEMM of (S·b)×n_{l−1} by n_{l−1}×n_l.
 * Then, with σ⁽ʳ⁾ evaluated at the value stream z:
 * h = σ(z), ∂ᵢh = σ'·∂ᵢz, ∂ᵢ∂ⱼh = σ''·∂ᵢz·∂ⱼz + σ'·∂ᵢ∂ⱼz, Δh = σ''·Σᵢ(∂ᵢz)² + σ'·Δz.
 *
 * <p><b>Reverse.</b> For requested channel c and output k, the adjoint is seeded with 1 at output k
 * of c's stream for every point of the block and pulled back through the elementwise map (the
 * transpose of the formulas above, which brings in σ''') and through W_l (one GEMM per layer,
 * ĥ_{l−1} = ẑ_l·W_l). The Jacobian row of point p is ∂c/∂W_l[a][j] = Σ_{s∈closure(c)} ẑ_s[p][a]·h_{l−1,s}[p][j]
 * and ∂c/∂b_l[a] = ẑ_value[p][a]: a rank-|closure| update per point, written straight into the
 * caller's matrix (this write is the memory-bound part).
 */
final class TaylorBlock {
    private final MlpAnsatz net;
    private final TaylorPlan plan;
    private final int blockSize;
    private final DMatrixRMaj[] h;
    private final DMatrixRMaj[] z;
    private final double[][] d1;
    private final double[][] d2;
    private final double[][] d3;
    /** Σᵢ(∂ᵢz)² per layer (value-stream layout), when the plan has a Laplacian stream; else null. */
    private final double[][] gradSq;
    private final int[] zOff;
    private final int[] hOff;
    private final int[] termZ;
    private final double[] termG;
    /** One point's short-row W block (n_l × n_{l−1} with n_{l−1} < {@value #SHORT_ROW}), formed in L1 then copied out. */
    private final double[] shortBlock;
    private DMatrixRMaj adj;
    private DMatrixRMaj adjPrev;
    private DMatrixRMaj zbar;

    TaylorBlock(MlpAnsatz net, TaylorPlan plan, int blockSize) {
        this.net = net;
        this.plan = plan;
        this.blockSize = blockSize;
        int[] n = net.widths();
        int layers = n.length - 1;
        int s = plan.streams;
        h = new DMatrixRMaj[layers + 1];
        z = new DMatrixRMaj[layers + 1];
        d1 = new double[layers + 1][];
        d2 = new double[layers + 1][];
        d3 = new double[layers + 1][];
        gradSq = new double[layers + 1][];
        boolean lap = false;
        for (int q = 0; q < plan.secondI.length; q++) {
            lap |= plan.secondI[q] < 0;
        }
        int maxW = 0;
        for (int l = 0; l <= layers; l++) {
            h[l] = new DMatrixRMaj(s * blockSize, n[l]);
            maxW = Math.max(maxW, n[l]);
            if (l > 0) {
                z[l] = new DMatrixRMaj(s * blockSize, n[l]);
                d1[l] = new double[blockSize * n[l]];
                d2[l] = new double[blockSize * n[l]];
                d3[l] = new double[blockSize * n[l]];
                if (lap) {
                    gradSq[l] = new double[blockSize * n[l]];
                }
            }
        }
        int t = plan.maxClosure();
        adj = new DMatrixRMaj(t * blockSize, maxW);
        adjPrev = new DMatrixRMaj(t * blockSize, maxW);
        zbar = new DMatrixRMaj(t * blockSize, maxW);
        zOff = new int[t];
        hOff = new int[t];
        termZ = new int[t];
        termG = new double[t];
        shortBlock = new double[maxW * SHORT_ROW];
    }

    TaylorPlan plan() {
        return plan;
    }

    int blockSize() {
        return blockSize;
    }

    /**
     * Forward pass for points p0..p0+b−1 of {@code x} (row-major n×d). The activation derivatives
     * are evaluated up to the order the streams need (σ' for first-order, σ'' for second-order
     * streams), plus one when a reverse pass follows ({@code withJacobian}).
     */
    void forward(double[] x, int p0, int b, boolean withJacobian) {
        LinearAlgebra la = LinearAlgebra.get();
        int[] n = net.widths();
        int layers = n.length - 1;
        int s = plan.streams;
        int nFirst = plan.firstDims.length;
        int order = (plan.secondI.length > 0 ? 2 : nFirst > 0 ? 1 : 0) + (withJacobian ? 1 : 0);
        h[0].reshape(s * b, n[0]);
        net.embedding().fill(x, p0, b, plan, h[0].data);
        for (int l = 1; l <= layers; l++) {
            int w = n[l];
            int bw = b * w;
            DMatrixRMaj zl = z[l];
            DMatrixRMaj hl = h[l];
            zl.reshape(s * b, w);
            hl.reshape(s * b, w);
            la.gemm(false, true, 1.0, h[l - 1], net.weight(l), 0.0, zl);
            double[] zd = zl.data;
            double[] hd = hl.data;
            double[] bias = net.bias(l);
            for (int p = 0; p < b; p++) {
                int r = p * w;
                for (int a = 0; a < w; a++) {
                    zd[r + a] += bias[a];
                }
            }
            double[] e1 = d1[l];
            double[] e2 = d2[l];
            net.activation(l).evaluate(zd, bw, order, hd, e1, e2, d3[l]);
            for (int f = 1; f <= nFirst; f++) {
                int o = f * bw;
                for (int i = 0; i < bw; i++) {
                    hd[o + i] = e1[i] * zd[o + i];
                }
            }
            double[] sq = gradSq[l];
            if (sq != null) {
                for (int i = 0; i < bw; i++) {
                    double g = zd[bw + i];
                    sq[i] = g * g;
                }
                for (int f = 2; f <= nFirst; f++) {
                    int o = f * bw;
                    for (int i = 0; i < bw; i++) {
                        double g = zd[o + i];
                        sq[i] += g * g;
                    }
                }
            }
            for (int q = 0; q < plan.secondI.length; q++) {
                int o = (1 + nFirst + q) * bw;
                if (plan.secondI[q] < 0) {
                    for (int i = 0; i < bw; i++) {
                        hd[o + i] = e2[i] * sq[i] + e1[i] * zd[o + i];
                    }
                } else {
                    int oi = plan.firstStream[plan.secondI[q]] * bw;
                    int oj = plan.firstStream[plan.secondJ[q]] * bw;
                    for (int i = 0; i < bw; i++) {
                        hd[o + i] = e2[i] * zd[oi + i] * zd[oj + i] + e1[i] * zd[o + i];
                    }
                }
            }
        }
    }

    /** Copies the requested channel values of the last forward pass into {@code values[c]} (layout p·m + k). */
    void writeValues(int p0, int b, double[][] values) {
        int layers = net.widths().length - 1;
        int m = net.outputDimension();
        double[] hd = h[layers].data;
        for (int c = 0; c < plan.channelStream.length; c++) {
            int s = plan.channelStream[c];
            System.arraycopy(hd, s * b * m, values[c], p0 * m, b * m);
        }
    }

    /**
     * Reverse pass of channel number {@code c}, output {@code k}, writing rows (p0+p)·m + k of
     * {@code jac} (row length P) for the block of the last forward pass.
     */
    void reverse(int c, int k, int p0, int b, double[] jac) {
        LinearAlgebra la = LinearAlgebra.get();
        int[] n = net.widths();
        int layers = n.length - 1;
        int m = net.outputDimension();
        int bigP = net.parameterCount();
        int[] cl = plan.closure[c];
        int t = cl.length;
        int seedPos = java.util.Arrays.binarySearch(cl, plan.channelStream[c]);
        adj.reshape(t * b, m);
        java.util.Arrays.fill(adj.data, 0, t * b * m, 0.0);
        for (int p = 0; p < b; p++) {
            adj.data[(seedPos * b + p) * m + k] = 1.0;
        }
        for (int l = layers; l >= 1; l--) {
            int w = n[l];
            int nin = n[l - 1];
            zbar.reshape(t * b, w);
            pullBackActivation(l, cl, b, adj.data, zbar.data);
            writeJacobian(l, cl, p0, b, k, m, bigP, jac);
            if (l > 1) {
                adjPrev.reshape(t * b, nin);
                la.gemm(false, false, 1.0, zbar, net.weight(l), 0.0, adjPrev);
                DMatrixRMaj tmp = adj;
                adj = adjPrev;
                adjPrev = tmp;
            }
        }
    }

    /** ẑ = (∂h/∂z)ᵀ·ĥ over the closure streams, elementwise in (point, unit). */
    private void pullBackActivation(int l, int[] cl, int b, double[] hb, double[] zb) {
        int w = net.widths()[l];
        int bw = b * w;
        double[] zd = z[l].data;
        double[] e1 = d1[l];
        double[] e2 = d2[l];
        double[] e3 = d3[l];
        int t = cl.length;
        for (int u = 0; u < t; u++) {
            int o = u * bw;
            for (int i = 0; i < bw; i++) {
                zb[o + i] = e1[i] * hb[o + i];
            }
        }
        for (int u = 1; u < t; u++) {
            int s = cl[u];
            if (!plan.isFirst(s)) {
                continue;
            }
            int dim = plan.firstDims[s - 1];
            int o = u * bw;
            int gs = s * bw;
            for (int u2 = 1; u2 < t; u2++) {
                int s2 = cl[u2];
                if (plan.isFirst(s2)) {
                    continue;
                }
                int q = plan.secondIndex(s2);
                int o2 = u2 * bw;
                int qi = plan.secondI[q];
                int qj = plan.secondJ[q];
                if (qi < 0 || (qi == dim && qj == dim)) {
                    for (int i = 0; i < bw; i++) {
                        zb[o + i] += 2 * e2[i] * hb[o2 + i] * zd[gs + i];
                    }
                } else if (qi == dim || qj == dim) {
                    int other = plan.firstStream[qi == dim ? qj : qi] * bw;
                    for (int i = 0; i < bw; i++) {
                        zb[o + i] += e2[i] * hb[o2 + i] * zd[other + i];
                    }
                }
            }
        }
        for (int u = 1; u < t; u++) {
            int s = cl[u];
            int o = u * bw;
            int so = s * bw;
            if (plan.isFirst(s)) {
                for (int i = 0; i < bw; i++) {
                    zb[i] += e2[i] * zd[so + i] * hb[o + i];
                }
            } else {
                int q = plan.secondIndex(s);
                if (plan.secondI[q] < 0) {
                    double[] sq = gradSq[l];
                    for (int i = 0; i < bw; i++) {
                        zb[i] += hb[o + i] * (e3[i] * sq[i] + e2[i] * zd[so + i]);
                    }
                } else {
                    int oi = plan.firstStream[plan.secondI[q]] * bw;
                    int oj = plan.firstStream[plan.secondJ[q]] * bw;
                    for (int i = 0; i < bw; i++) {
                        zb[i] += hb[o + i] * (e3[i] * zd[oi + i] * zd[oj + i] + e2[i] * zd[so + i]);
                    }
                }
            }
        }
    }

    /** Rows of a layer's W shorter than this are written column by column (see {@link #writeJacobian}). */
    private static final int SHORT_ROW = 8;

    /**
     * Rows (p0+p)·m + k, columns of layer l: ∂c/∂W_l[a][j] = Σ_u ẑ_u[p][a]·h_{l−1,cl[u]}[p][j], and the
     * bias ẑ_0[p][a]. Each entry is written once. Rows of W_l of length n_{l−1} ≥ {@value #SHORT_ROW}
     * are formed as one fused sum of the t products (vectorisable along j); short rows (the first
     * layer, n₀ = d) are formed column by column along a, and products with h = 0 (the constant
     * derivative streams of the input layer: ∂ᵢx̃ is a multiple of a unit vector, ∂ᵢ∂ⱼx̃ = 0) are skipped,
     * which leaves the result exact.
     */
    private void writeJacobian(int l, int[] cl, int p0, int b, int k, int m, int bigP, double[] jac) {
        int w = net.widths()[l];
        int nin = net.widths()[l - 1];
        int offW = net.weightOffset(l);
        int offB = net.biasOffset(l);
        double[] zb = zbar.data;
        double[] hp = h[l - 1].data;
        int t = cl.length;
        for (int p = 0; p < b; p++) {
            int base = ((p0 + p) * m + k) * bigP;
            for (int u = 0; u < t; u++) {
                zOff[u] = (u * b + p) * w;
                hOff[u] = (cl[u] * b + p) * nin;
            }
            if (nin >= SHORT_ROW) {
                longRows(jac, base + offW, w, nin, t, zb, hp);
            } else {
                shortRows(jac, base + offW, w, nin, t, zb, hp);
            }
            System.arraycopy(zb, zOff[0], jac, base + offB, w);
        }
    }

    /** jac[out + a·nin + j] = Σ_u zb[zOff[u] + a]·hp[hOff[u] + j], summed left to right in u. */
    private void longRows(double[] jac, int out0, int w, int nin, int t, double[] zb, double[] hp) {
        int h0 = hOff[0];
        int h1 = t > 1 ? hOff[1] : 0;
        int h2 = t > 2 ? hOff[2] : 0;
        int h3 = t > 3 ? hOff[3] : 0;
        for (int a = 0; a < w; a++) {
            int out = out0 + a * nin;
            double c0 = zb[zOff[0] + a];
            switch (t) {
                case 1:
                    for (int j = 0; j < nin; j++) {
                        jac[out + j] = c0 * hp[h0 + j];
                    }
                    break;
                case 2: {
                    double c1 = zb[zOff[1] + a];
                    for (int j = 0; j < nin; j++) {
                        jac[out + j] = c0 * hp[h0 + j] + c1 * hp[h1 + j];
                    }
                    break;
                }
                case 3: {
                    double c1 = zb[zOff[1] + a];
                    double c2 = zb[zOff[2] + a];
                    for (int j = 0; j < nin; j++) {
                        jac[out + j] = c0 * hp[h0 + j] + c1 * hp[h1 + j] + c2 * hp[h2 + j];
                    }
                    break;
                }
                default: {
                    double c1 = zb[zOff[1] + a];
                    double c2 = zb[zOff[2] + a];
                    double c3 = zb[zOff[3] + a];
                    for (int j = 0; j < nin; j++) {
                        jac[out + j] = c0 * hp[h0 + j] + c1 * hp[h1 + j] + c2 * hp[h2 + j] + c3 * hp[h3 + j];
                    }
                    for (int u = 4; u < t; u++) {
                        double cu = zb[zOff[u] + a];
                        int hu = hOff[u];
                        for (int j = 0; j < nin; j++) {
                            jac[out + j] += cu * hp[hu + j];
                        }
                    }
                }
            }
        }
    }

    /**
     * As {@link #longRows}, one column j at a time (stride nin) into {@link #shortBlock}, skipping the
     * products with h = 0, then one contiguous copy to {@code jac}.
     */
    private void shortRows(double[] jac, int out0, int w, int nin, int t, double[] zb, double[] hp) {
        double[] blk = shortBlock;
        for (int j = 0; j < nin; j++) {
            int cnt = 0;
            for (int u = 0; u < t; u++) {
                double g = hp[hOff[u] + j];
                if (g != 0.0) {
                    termZ[cnt] = zOff[u];
                    termG[cnt] = g;
                    cnt++;
                }
            }
            int out = j;
            if (cnt == 0) {
                for (int a = 0; a < w; a++) {
                    blk[out + a * nin] = 0.0;
                }
            } else if (cnt == 1) {
                int z0 = termZ[0];
                double g0 = termG[0];
                for (int a = 0; a < w; a++) {
                    blk[out + a * nin] = zb[z0 + a] * g0;
                }
            } else if (cnt == 2) {
                int z0 = termZ[0];
                int z1 = termZ[1];
                double g0 = termG[0];
                double g1 = termG[1];
                for (int a = 0; a < w; a++) {
                    blk[out + a * nin] = zb[z0 + a] * g0 + zb[z1 + a] * g1;
                }
            } else {
                for (int a = 0; a < w; a++) {
                    double v = zb[termZ[0] + a] * termG[0];
                    for (int c = 1; c < cnt; c++) {
                        v += zb[termZ[c] + a] * termG[c];
                    }
                    blk[out + a * nin] = v;
                }
            }
        }
        System.arraycopy(blk, 0, jac, out0, w * nin);
    }
}
