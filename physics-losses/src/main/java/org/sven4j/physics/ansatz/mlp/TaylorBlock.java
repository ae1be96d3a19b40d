package org.sven4j.physics.ansatz.mlp;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.physics.ansatz.ThinProducts;

/**
 * One worker's scratch and the two passes over one block of b points.
 *
 * <p><b>Forward (Taylor mode).</b> Each of the S streams of layer l is a b×n_l matrix of its own, and
 * z_l = h_{l−1}·W_lᵀ (+ b_l on the value stream) is one GEMM per stream, b×n_{l−1} by n_{l−1}×n_l, except
 * where a cheaper exact form exists: a layer of width 1 uses {@link ThinProducts}, and in the first layer
 * the derivative streams of an affine embedding are copies of one row of W₁ᵀ, or 0.
 * Then, with σ⁽ʳ⁾ evaluated at the value stream z:
 * h = σ(z), ∂ᵢh = σ'·∂ᵢz, ∂ᵢ∂ⱼh = σ''·∂ᵢz·∂ⱼz + σ'·∂ᵢ∂ⱼz, Δh = σ''·Σᵢ(∂ᵢz)² + σ'·Δz.
 *
 * <p><b>Reverse.</b> For requested channel c and output k, the adjoint is seeded with 1 at output k
 * of c's stream for every point of the block and pulled back through the elementwise map (the
 * transpose of the formulas above, which brings in σ''') and through W_l (one GEMM per layer,
 * ĥ_{l−1} = ẑ_l·W_l, an outer product in {@link ThinProducts} when n_l = 1). The Jacobian row of point p
 * is ∂c/∂W_l[a][j] = Σ_{s∈closure(c)} ẑ_s[p][a]·h_{l−1,s}[p][j] and ∂c/∂b_l[a] = ẑ_value[p][a]: a
 * rank-|closure| update per point ({@link JacobianRows}). Writing these rows is the memory-bound part. When
 * asked to ({@code assemble}, short rows, see {@link MlpAnsatz#assembles}), the block's rows are assembled in a
 * b×P scratch and copied to the caller's matrix with one {@link System#arraycopy}.
 *
 * <p><b>Why one array per stream.</b> HotSpot's C2 (17 to 25) vectorises an elementwise loop over
 * double arrays only when every access uses the same loop-invariant offset: with {@code a[o + i] = b[q + i]},
 * o ≠ q, it cannot rule out that a and b are one array, and the loop runs scalar, 3–4× slower. So streams,
 * activation derivatives and closure adjoints are separate arrays indexed from 0.
 */
final class TaylorBlock {
    private final MlpAnsatz net;
    private final TaylorPlan plan;
    private final int blockSize;
    /** h[l][s], z[l][s]: stream s of layer l, b×n_l (z from l = 1). */
    private final DMatrixRMaj[][] h;
    private final DMatrixRMaj[][] z;
    private final double[][] d1;
    private final double[][] d2;
    private final double[][] d3;
    /** Σᵢ(∂ᵢz)² per layer, when the plan has a Laplacian stream; else null. */
    private final double[][] gradSq;
    /** Per closure slot u: the adjoint of h (adj, adjPrev) and of z (zbar), b×n_l. */
    private DMatrixRMaj[] adj;
    private DMatrixRMaj[] adjPrev;
    private final DMatrixRMaj[] zbar;
    private final JacobianRows writer;
    /** The block's Jacobian rows of one (channel, output), b×P, copied to the caller's matrix in one piece (allocated on first use). */
    private double[] rows;
    /** One row of z₁'s constant streams ({@link #inputDerivativeRows}). */
    private final double[] inputRow;

    TaylorBlock(MlpAnsatz net, TaylorPlan plan, int blockSize) {
        this.net = net;
        this.plan = plan;
        this.blockSize = blockSize;
        int[] n = net.widths();
        int layers = n.length - 1;
        int s = plan.streams;
        h = new DMatrixRMaj[layers + 1][s];
        z = new DMatrixRMaj[layers + 1][];
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
            maxW = Math.max(maxW, n[l]);
            for (int q = 0; q < s; q++) {
                h[l][q] = new DMatrixRMaj(blockSize, n[l]);
            }
            if (l > 0) {
                z[l] = new DMatrixRMaj[s];
                for (int q = 0; q < s; q++) {
                    z[l][q] = new DMatrixRMaj(blockSize, n[l]);
                }
                d1[l] = new double[blockSize * n[l]];
                d2[l] = new double[blockSize * n[l]];
                d3[l] = new double[blockSize * n[l]];
                if (lap) {
                    gradSq[l] = new double[blockSize * n[l]];
                }
            }
        }
        int t = plan.maxClosure();
        adj = new DMatrixRMaj[t];
        adjPrev = new DMatrixRMaj[t];
        zbar = new DMatrixRMaj[t];
        for (int u = 0; u < t; u++) {
            adj[u] = new DMatrixRMaj(blockSize, maxW);
            adjPrev[u] = new DMatrixRMaj(blockSize, maxW);
            zbar[u] = new DMatrixRMaj(blockSize, maxW);
        }
        writer = new JacobianRows(blockSize * maxW, t);
        inputRow = new double[n[1]];
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
        int streams = plan.streams;
        int nFirst = plan.firstDims.length;
        int order = (plan.secondI.length > 0 ? 2 : nFirst > 0 ? 1 : 0) + (withJacobian ? 1 : 0);
        for (int q = 0; q < streams; q++) {
            h[0][q].reshape(b, n[0]);
        }
        net.embedding().fill(x, p0, b, plan, h[0]);
        for (int l = 1; l <= layers; l++) {
            int w = n[l];
            int bw = b * w;
            DMatrixRMaj wt = net.weightTransposed(l);
            double[] bias = net.bias(l);
            for (int q = 0; q < streams; q++) {
                z[l][q].reshape(b, w);
                h[l][q].reshape(b, w);
            }
            double[] z0 = z[l][0].data;
            for (int p = 0; p < b; p++) {
                System.arraycopy(bias, 0, z0, p * w, w);
            }
            if (w == 1) {
                for (int q = 0; q < streams; q++) {
                    ThinProducts.dotRows(h[l - 1][q].data, 0, n[l - 1], wt.data, 0, z[l][q].data, 1, 0, b, q == 0);
                }
            } else {
                la.gemm(false, false, 1.0, h[l - 1][0], wt, 1.0, z[l][0]);
                boolean constant = l == 1 && net.embedding().constantDerivatives();
                for (int q = 1; q < streams; q++) {
                    if (constant) {
                        inputDerivativeRows(q, b, w, wt.data, z[l][q].data);
                    } else {
                        la.gemm(false, false, 1.0, h[l - 1][q], wt, 0.0, z[l][q]);
                    }
                }
            }
            double[] e1 = d1[l];
            double[] e2 = d2[l];
            net.activation(l).evaluate(z0, bw, order, h[l][0].data, e1, e2, d3[l]);
            for (int f = 1; f <= nFirst; f++) {
                double[] hf = h[l][f].data;
                double[] zf = z[l][f].data;
                for (int i = 0; i < bw; i++) {
                    hf[i] = e1[i] * zf[i];
                }
            }
            double[] sq = gradSq[l];
            if (sq != null) {
                double[] g1 = z[l][1].data;
                for (int i = 0; i < bw; i++) {
                    sq[i] = g1[i] * g1[i];
                }
                for (int f = 2; f <= nFirst; f++) {
                    double[] g = z[l][f].data;
                    for (int i = 0; i < bw; i++) {
                        sq[i] += g[i] * g[i];
                    }
                }
            }
            for (int q = 0; q < plan.secondI.length; q++) {
                int st = 1 + nFirst + q;
                double[] hq = h[l][st].data;
                double[] zq = z[l][st].data;
                if (plan.secondI[q] < 0) {
                    for (int i = 0; i < bw; i++) {
                        hq[i] = e2[i] * sq[i] + e1[i] * zq[i];
                    }
                } else {
                    double[] zi = z[l][plan.firstStream[plan.secondI[q]]].data;
                    double[] zj = z[l][plan.firstStream[plan.secondJ[q]]].data;
                    for (int i = 0; i < bw; i++) {
                        hq[i] = e2[i] * zi[i] * zj[i] + e1[i] * zq[i];
                    }
                }
            }
        }
    }

    /**
     * Stream q ≥ 1 of z₁ when the embedding is affine (no Fourier features): then h₀'s first-order stream for
     * direction i is sᵢ·eᵢ at every point and its second-order streams are 0, so z₁ = h₀·W₁ᵀ is the row sᵢ·W₁ᵀ[i]
     * repeated, or 0. These are the values the GEMM gives (one nonzero product per entry), at the cost of a copy.
     */
    private void inputDerivativeRows(int q, int b, int w, double[] wt, double[] zq) {
        if (!plan.isFirst(q)) {
            java.util.Arrays.fill(zq, 0, b * w, 0.0);
            return;
        }
        int i = plan.firstDims[q - 1];
        double s = net.embedding().scale(i);
        double[] row = inputRow;
        for (int a = 0; a < w; a++) {
            row[a] = s * wt[i * w + a];
        }
        for (int p = 0; p < b; p++) {
            System.arraycopy(row, 0, zq, p * w, w);
        }
    }

    /** Copies the requested channel values of the last forward pass into {@code values[c]} (layout p·m + k). */
    void writeValues(int p0, int b, double[][] values) {
        int layers = net.widths().length - 1;
        int m = net.outputDimension();
        for (int c = 0; c < plan.channelStream.length; c++) {
            System.arraycopy(h[layers][plan.channelStream[c]].data, 0, values[c], p0 * m, b * m);
        }
    }

    /**
     * Reverse pass of channel number {@code c}, output {@code k}, writing rows (p0+p)·m + k of
     * {@code jac} (row length P) for the block of the last forward pass: straight into {@code jac}, or, when
     * {@code assemble}, into a b×P scratch first and then with one copy per block (m = 1) or row.
     */
    void reverse(int c, int k, int p0, int b, double[] jac, boolean assemble) {
        LinearAlgebra la = LinearAlgebra.get();
        int[] n = net.widths();
        int layers = n.length - 1;
        int m = net.outputDimension();
        int bigP = net.parameterCount();
        int[] cl = plan.closure[c];
        int t = cl.length;
        int seed = java.util.Arrays.binarySearch(cl, plan.channelStream[c]);
        if (assemble && rows == null) {
            rows = new double[blockSize * bigP];
        }
        double[] target = assemble ? rows : jac;
        int row0 = assemble ? 0 : (p0 * m + k) * bigP;
        int stride = assemble ? bigP : m * bigP;
        for (int u = 0; u < t; u++) {
            adj[u].reshape(b, m);
            java.util.Arrays.fill(adj[u].data, 0, b * m, 0.0);
        }
        for (int p = 0; p < b; p++) {
            adj[seed].data[p * m + k] = 1.0;
        }
        for (int l = layers; l >= 1; l--) {
            int w = n[l];
            for (int u = 0; u < t; u++) {
                zbar[u].reshape(b, w);
            }
            pullBackActivation(l, cl, b);
            writer.write(l == 1, h[l - 1], zbar, cl, b, w, n[l - 1], target, row0 + net.weightOffset(l), stride);
            if (l > 1) {
                DMatrixRMaj wt = net.weightTransposed(l);
                double[] wTile = net.weightTile(l);
                for (int u = 0; u < t; u++) {
                    adjPrev[u].reshape(b, n[l - 1]);
                    if (w == 1) {
                        ThinProducts.scaleRows(zbar[u].data, wTile, n[l - 1], adjPrev[u].data, b);
                    } else {
                        la.gemm(false, true, 1.0, zbar[u], wt, 0.0, adjPrev[u]);
                    }
                }
                DMatrixRMaj[] tmp = adj;
                adj = adjPrev;
                adjPrev = tmp;
            }
        }
        if (!assemble) {
            return;
        }
        if (m == 1) {
            System.arraycopy(rows, 0, jac, p0 * bigP, b * bigP);
        } else {
            for (int p = 0; p < b; p++) {
                System.arraycopy(rows, p * bigP, jac, ((p0 + p) * m + k) * bigP, bigP);
            }
        }
    }

    /** ẑ = (∂h/∂z)ᵀ·ĥ over the closure streams, elementwise in (point, unit). */
    private void pullBackActivation(int l, int[] cl, int b) {
        int bw = b * net.widths()[l];
        DMatrixRMaj[] zl = z[l];
        double[] e1 = d1[l];
        double[] e2 = d2[l];
        double[] e3 = d3[l];
        int t = cl.length;
        for (int u = 0; u < t; u++) {
            double[] zb = zbar[u].data;
            double[] hb = adj[u].data;
            for (int i = 0; i < bw; i++) {
                zb[i] = e1[i] * hb[i];
            }
        }
        for (int u = 1; u < t; u++) {
            int s = cl[u];
            if (!plan.isFirst(s)) {
                continue;
            }
            int dim = plan.firstDims[s - 1];
            double[] zb = zbar[u].data;
            double[] gs = zl[s].data;
            for (int u2 = 1; u2 < t; u2++) {
                int s2 = cl[u2];
                if (plan.isFirst(s2)) {
                    continue;
                }
                int q = plan.secondIndex(s2);
                double[] hb2 = adj[u2].data;
                int qi = plan.secondI[q];
                int qj = plan.secondJ[q];
                if (qi < 0 || (qi == dim && qj == dim)) {
                    for (int i = 0; i < bw; i++) {
                        zb[i] += 2 * e2[i] * hb2[i] * gs[i];
                    }
                } else if (qi == dim || qj == dim) {
                    double[] other = zl[plan.firstStream[qi == dim ? qj : qi]].data;
                    for (int i = 0; i < bw; i++) {
                        zb[i] += e2[i] * hb2[i] * other[i];
                    }
                }
            }
        }
        double[] zb0 = zbar[0].data;
        for (int u = 1; u < t; u++) {
            int s = cl[u];
            double[] hb = adj[u].data;
            double[] zs = zl[s].data;
            if (plan.isFirst(s)) {
                for (int i = 0; i < bw; i++) {
                    zb0[i] += e2[i] * zs[i] * hb[i];
                }
            } else {
                int q = plan.secondIndex(s);
                if (plan.secondI[q] < 0) {
                    double[] sq = gradSq[l];
                    for (int i = 0; i < bw; i++) {
                        zb0[i] += hb[i] * (e3[i] * sq[i] + e2[i] * zs[i]);
                    }
                } else {
                    double[] zi = zl[plan.firstStream[plan.secondI[q]]].data;
                    double[] zj = zl[plan.firstStream[plan.secondJ[q]]].data;
                    for (int i = 0; i < bw; i++) {
                        zb0[i] += hb[i] * (e3[i] * zi[i] * zj[i] + e2[i] * zs[i]);
                    }
                }
            }
        }
    }
}
