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
    private DMatrixRMaj adj;
    private DMatrixRMaj adjPrev;
    private DMatrixRMaj zbar;
    private final double[] act = new double[4];

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
        int maxW = 0;
        for (int l = 0; l <= layers; l++) {
            h[l] = new DMatrixRMaj(s * blockSize, n[l]);
            maxW = Math.max(maxW, n[l]);
            if (l > 0) {
                z[l] = new DMatrixRMaj(s * blockSize, n[l]);
                d1[l] = new double[blockSize * n[l]];
                d2[l] = new double[blockSize * n[l]];
                d3[l] = new double[blockSize * n[l]];
            }
        }
        int t = plan.maxClosure();
        adj = new DMatrixRMaj(t * blockSize, maxW);
        adjPrev = new DMatrixRMaj(t * blockSize, maxW);
        zbar = new DMatrixRMaj(t * blockSize, maxW);
    }

    TaylorPlan plan() {
        return plan;
    }

    /** Forward pass for points p0..p0+b−1 of {@code x} (row-major n×d). */
    void forward(double[] x, int p0, int b) {
        LinearAlgebra la = LinearAlgebra.get();
        int[] n = net.widths();
        int layers = n.length - 1;
        int s = plan.streams;
        h[0].reshape(s * b, n[0]);
        net.embedding().fill(x, p0, b, plan, h[0].data);
        for (int l = 1; l <= layers; l++) {
            int w = n[l];
            DMatrixRMaj zl = z[l];
            DMatrixRMaj hl = h[l];
            zl.reshape(s * b, w);
            hl.reshape(s * b, w);
            la.gemm(false, true, 1.0, h[l - 1], net.weight(l), 0.0, zl);
            double[] zd = zl.data;
            double[] hd = hl.data;
            double[] bias = net.bias(l);
            Activation sigma = net.activation(l);
            double[] e1 = d1[l];
            double[] e2 = d2[l];
            double[] e3 = d3[l];
            for (int p = 0; p < b; p++) {
                int r = p * w;
                for (int a = 0; a < w; a++) {
                    double v = zd[r + a] + bias[a];
                    zd[r + a] = v;
                    sigma.derivatives(v, act);
                    hd[r + a] = act[0];
                    e1[r + a] = act[1];
                    e2[r + a] = act[2];
                    e3[r + a] = act[3];
                }
            }
            int nFirst = plan.firstDims.length;
            for (int f = 1; f <= nFirst; f++) {
                int o = f * b * w;
                for (int i = 0; i < b * w; i++) {
                    hd[o + i] = e1[i] * zd[o + i];
                }
            }
            for (int q = 0; q < plan.secondI.length; q++) {
                int o = (1 + nFirst + q) * b * w;
                if (plan.secondI[q] < 0) {
                    for (int i = 0; i < b * w; i++) {
                        double sq = 0;
                        for (int f = 1; f <= nFirst; f++) {
                            double g = zd[f * b * w + i];
                            sq += g * g;
                        }
                        hd[o + i] = e2[i] * sq + e1[i] * zd[o + i];
                    }
                } else {
                    int oi = plan.firstStream[plan.secondI[q]] * b * w;
                    int oj = plan.firstStream[plan.secondJ[q]] * b * w;
                    for (int i = 0; i < b * w; i++) {
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
                    int nFirst = plan.firstDims.length;
                    for (int i = 0; i < bw; i++) {
                        double sq = 0;
                        for (int f = 1; f <= nFirst; f++) {
                            double g = zd[f * bw + i];
                            sq += g * g;
                        }
                        zb[i] += hb[o + i] * (e3[i] * sq + e2[i] * zd[so + i]);
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

    /** Rows (p0+p)·m + k, columns of layer l: Σ_u ẑ_u[p][a]·h_{l−1,cl[u]}[p][j], and the bias ẑ_0[p][a]. */
    private void writeJacobian(int l, int[] cl, int p0, int b, int k, int m, int bigP, double[] jac) {
        int w = net.widths()[l];
        int nin = net.widths()[l - 1];
        int offW = net.weightOffset(l);
        int offB = net.biasOffset(l);
        double[] zb = zbar.data;
        double[] hp = h[l - 1].data;
        int t = cl.length;
        for (int p = 0; p < b; p++) {
            long rowBase = (long) ((p0 + p) * m + k) * bigP;
            int base = (int) rowBase;
            for (int a = 0; a < w; a++) {
                int out = base + offW + a * nin;
                double c0 = zb[p * w + a];
                int h0 = p * nin;
                for (int j = 0; j < nin; j++) {
                    jac[out + j] = c0 * hp[h0 + j];
                }
                for (int u = 1; u < t; u++) {
                    double cu = zb[(u * b + p) * w + a];
                    int hu = (cl[u] * b + p) * nin;
                    for (int j = 0; j < nin; j++) {
                        jac[out + j] += cu * hp[hu + j];
                    }
                }
                jac[base + offB + a] = c0;
            }
        }
    }
}
