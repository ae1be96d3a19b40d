package org.sven4j.physics.ansatz.mlp;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.AnsatzChecks;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.BlockRunner;
import org.sven4j.physics.ansatz.ChannelSet;

/**
 * A multilayer perceptron u_θ(x) = σ_L(W_L·σ_{L−1}(⋯σ₁(W₁·φ(x) + b₁)⋯) + b_L) with exact input
 * derivatives up to order 2 and their exact parameter Jacobians.
 *
 * <p>φ is the {@link InputEmbedding embedding}: the optional box normalisation to [−1, 1]ᵈ, then
 * optional {@link FourierFeatures}. Widths n₀ = width of φ, n₁ … n_{L−1} hidden, n_L = m.
 *
 * <p><b>Parameter layout</b> (P = Σ_l n_l·(n_{l−1} + 1)): θ = [W₁, b₁, W₂, b₂, …, W_L, b_L], each W_l
 * column-major n_l×n_{l−1} (that is, W_lᵀ row-major), i.e. W_l[a][j] is
 * θ[{@link #weightOffset(int) weightOffset(l)} + j·n_l + a], and b_l[a] is θ[{@link #biasOffset(int) biasOffset(l)} + a].
 * Column-major makes each input unit j of a layer own a contiguous run of n_l parameters, so a Jacobian
 * row is written in runs of n_l even for the first layer, whose n₀ = d is short.
 *
 * <p><b>Evaluation.</b> Points are cut into blocks of {@link MlpOptions#blockSize()} points (automatic by
 * default: small enough that each per-block GEMM runs on its worker's thread inside OpenBLAS); each block is
 * one Taylor-mode forward pass (one GEMM per layer and stream) and, for Jacobians, one reverse pass per
 * (channel, output) (see {@link TaylorBlock}). Blocks run on {@link MlpOptions#threads()} workers and write
 * disjoint rows, so results are bit-identical for any thread count (a different block size changes only
 * rounding). The cost is dominated by writing the Jacobian, C·n·m·P doubles: about 5 flops per 8-byte entry,
 * so the evaluation runs at the memory write bandwidth rather than at the GEMM rate (measured in
 * {@code AnsatzBenchmark}). Memory per worker: O(blockSize·(S·Σ_l n_l + P)) with S streams (1 +
 * first-derivative directions + second-order channels; the P term only when the Jacobians are assembled per
 * block, see {@link #assembles}), kept for each channel set seen (up to 8 sets, since a physics system
 * alternates between the sets of its conditions). Flops: see {@link #flops(ChannelSet, int, boolean)}.
 */
public final class MlpAnsatz implements Ansatz {
    private final MlpOptions options;
    private final InputEmbedding embedding;
    private final int[] widths;
    private final Activation[] activations;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final int parameters;
    /** W_lᵀ per layer, n_{l−1}×n_l row-major, copied from θ on each evaluation. */
    private final DMatrixRMaj[] weights;
    private final double[][] biases;
    private final BlockRunner runner;
    /** For each layer of width n_l = 1: W_l (1×n_{l−1}) repeated in as many rows as a block has points; else null. */
    private final double[][] weightTiles;
    /** Per-worker scratch for each channel set seen so far (a system alternates between a few sets). */
    private final Map<ChannelSet, TaylorBlock[]> workers = new HashMap<>();
    private static final int MAX_CACHED_PLANS = 8;

    public MlpAnsatz(MlpOptions options) {
        this.options = options;
        this.embedding = new InputEmbedding(options);
        int[] hidden = options.hiddenWidths();
        widths = new int[hidden.length + 2];
        widths[0] = embedding.width;
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = options.outputs();
        Activation[] a = options.activations();
        activations = new Activation[widths.length];
        System.arraycopy(a, 0, activations, 1, a.length);
        int layers = widths.length - 1;
        weightOffset = new int[layers + 1];
        biasOffset = new int[layers + 1];
        weights = new DMatrixRMaj[layers + 1];
        biases = new double[layers + 1][];
        weightTiles = new double[layers + 1][];
        int tileRows = options.blockSize() > 0 ? options.blockSize() : MAX_AUTO_BLOCK;
        long off = 0;
        for (int l = 1; l <= layers; l++) {
            weightOffset[l] = (int) off;
            off += (long) widths[l] * widths[l - 1];
            biasOffset[l] = (int) off;
            off += widths[l];
            weights[l] = new DMatrixRMaj(widths[l - 1], widths[l]);
            biases[l] = new double[widths[l]];
            if (widths[l] == 1) {
                weightTiles[l] = new double[tileRows * widths[l - 1]];
            }
        }
        if (off > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("network has " + off + " parameters; too many");
        }
        parameters = (int) off;
        runner = new BlockRunner(options.threads());
    }

    /** @return the options this network was built with */
    public MlpOptions options() {
        return options;
    }

    @Override
    public int inputDimension() {
        return options.inputs();
    }

    @Override
    public int outputDimension() {
        return options.outputs();
    }

    @Override
    public int parameterCount() {
        return parameters;
    }

    @Override
    public int maxDerivativeOrder() {
        return 2;
    }

    /** @return n₀ … n_L (copy) */
    public int[] layerWidths() {
        return widths.clone();
    }

    /** @return the offset of W_l in θ, 1 ≤ l ≤ L */
    public int weightOffset(int l) {
        return weightOffset[l];
    }

    /** @return the offset of b_l in θ, 1 ≤ l ≤ L */
    public int biasOffset(int l) {
        return biasOffset[l];
    }

    /**
     * Glorot/Xavier-uniform initial parameters: W_l[a][j] ~ U(−r_l, r_l), r_l = √(6/(n_{l−1} + n_l)),
     * b_l = 0, drawn from {@link MlpOptions#seed()} layer by layer, and within W_l row by row (a, then j).
     *
     * @return a new θ of length P
     */
    public double[] initialParameters() {
        return initialParameters(options.seed());
    }

    /** @see #initialParameters() */
    public double[] initialParameters(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] theta = new double[parameters];
        for (int l = 1; l < widths.length; l++) {
            double r = Math.sqrt(6.0 / (widths[l - 1] + widths[l]));
            int o = weightOffset[l];
            for (int a = 0; a < widths[l]; a++) {
                for (int j = 0; j < widths[l - 1]; j++) {
                    theta[o + j * widths[l] + a] = r * (2 * rng.nextDouble() - 1);
                }
            }
        }
        return theta;
    }

    /**
     * @return the fixed Fourier frequencies B (k×d row-major, before the 2π factor), or an empty array
     */
    public double[] fourierFrequencies() {
        FourierFeatures f = options.fourier();
        return f == null ? new double[0] : f.frequencies(options.inputs());
    }

    /**
     * Floating-point operations of one evaluation, counting the GEMMs and the Jacobian rank updates
     * (2 flops per multiply-add) and ignoring elementwise activation work:
     * forward 2·n·S·Σ_l n_l·n_{l−1}; per channel c and output, reverse GEMMs 2·n·T_c·Σ_{l≥2} n_l·n_{l−1}
     * and Jacobian writes 2·n·T_c·Σ_l n_l·n_{l−1}, with T_c the size of c's stream closure.
     *
     * @param points n
     */
    public long flops(ChannelSet channels, int points, boolean withJacobian) {
        TaylorPlan plan = new TaylorPlan(channels, options.inputs());
        long all = 0;
        long tail = 0;
        for (int l = 1; l < widths.length; l++) {
            all += (long) widths[l] * widths[l - 1];
            if (l >= 2) {
                tail += (long) widths[l] * widths[l - 1];
            }
        }
        long f = 2L * points * plan.streams * all;
        if (withJacobian) {
            for (int[] cl : plan.closure) {
                f += 2L * points * cl.length * (all + tail) * options.outputs();
            }
        }
        return f;
    }

    @Override
    public void evaluate(double[] theta, DMatrixRMaj points, AnsatzOutput out, boolean withJacobian) {
        AnsatzChecks.check(this, theta, points, out, withJacobian);
        TaylorBlock[] tbs = workersFor(out.channels());
        TaylorPlan plan = tbs[0].plan();
        loadParameters(theta);
        int n = points.numRows;
        int bs = tbs[0].blockSize();
        int blocks = (n + bs - 1) / bs;
        int m = options.outputs();
        double[][] values = new double[plan.channelStream.length][];
        double[][] jac = new double[plan.channelStream.length][];
        for (int c = 0; c < values.length; c++) {
            values[c] = out.values(c);
            jac[c] = withJacobian ? out.jacobian(c).data : null;
        }
        double[] x = points.data;
        boolean assemble = assembles(8.0 * jac.length * n * m * parameters, parameters);
        runner.run(blocks, (worker, block) -> {
            TaylorBlock tb = tbs[worker];
            int p0 = block * bs;
            int b = Math.min(bs, n - p0);
            tb.forward(x, p0, b, withJacobian);
            tb.writeValues(p0, b, values);
            if (withJacobian) {
                for (int c = 0; c < jac.length; c++) {
                    for (int k = 0; k < m; k++) {
                        tb.reverse(c, k, p0, b, jac[c], assemble);
                    }
                }
            }
        });
    }

    /**
     * Whether an evaluation assembles its Jacobian rows block by block in scratch and copies them out with one
     * large {@link System#arraycopy} per block: when they exceed {@value #ASSEMBLE_ABOVE_BYTES} bytes in all
     * (smaller ones stay in cache) and rows are shorter than {@value #LONG_ROW} parameters. Short rows written
     * layer by layer leave partly written cache lines at every segment boundary: 5-64-1 (P = 449) at 3,500 points,
     * 88 MB, takes 6.3 ms assembled and 8.2 ms direct. Long rows stream well as they are, and the block can be
     * larger without its b×P scratch: 2-64-64-64-1 (P = 8,577) at 10,000 points takes 133 ms direct with b = 64
     * against 145 ms assembled with b = 16; 2-20-20-20-20-1 (P = 1,341) 30 ms against 47 ms; 2-32-32-32-1
     * (P = 2,241) 42 ms against 46 ms (2 threads, best of 3×5).
     */
    static boolean assembles(double jacobianBytes, int parameters) {
        return jacobianBytes > ASSEMBLE_ABOVE_BYTES && parameters < LONG_ROW;
    }

    private static final double ASSEMBLE_ABOVE_BYTES = 16e6;
    private static final int LONG_ROW = 1024;

    private TaylorBlock[] workersFor(ChannelSet channels) {
        TaylorBlock[] tbs = workers.get(channels);
        if (tbs == null) {
            if (workers.size() >= MAX_CACHED_PLANS) {
                workers.clear();
            }
            TaylorPlan plan = new TaylorPlan(channels, options.inputs());
            tbs = new TaylorBlock[runner.threads()];
            int bs = options.blockSize() > 0 ? options.blockSize() : autoBlockSize(plan, widths, parameters);
            for (int w = 0; w < tbs.length; w++) {
                tbs[w] = new TaylorBlock(this, plan, bs);
            }
            workers.put(channels, tbs);
        }
        return tbs;
    }

    /**
     * The automatic block size b ≥ {@value #MIN_AUTO_BLOCK}. Every per-stream GEMM (b×n_{l−1} by n_{l−1}×n_l) must
     * stay at or below OpenBLAS' threshold for going multithreaded (GEMM_MULTITHREAD_THRESHOLD·SMP_THRESHOLD_MIN =
     * 4·65536 = 2¹⁸ multiply–adds), since two workers each issuing multithreaded GEMMs serialise on OpenBLAS'
     * thread server (2-64-64-64-1 at b = 128: 280 ms against 133 ms at b = 64). With rows of P ≥
     * {@value #LONG_ROW} parameters (never assembled, see {@link #assembles}): the largest b ≤
     * {@value #MAX_DIRECT_BLOCK} with b·n_l·n_{l−1} ≤ 2¹⁸. With shorter rows, whose Jacobian may be assembled: the
     * largest b ≤ {@value #MAX_AUTO_BLOCK} with max(S, T)·b·n_l·n_{l−1} ≤ 2¹⁸ (S the plan's streams, T its largest
     * closure) and b·P ≤ 2¹⁶, so that the streams, adjoints and the b×P rows stay near the 1 MB L2 cache of a
     * core. The block size depends on the network and channels only, never on the thread count; within these
     * bounds it does not change the results (OpenBLAS computes each entry the same way for any number of rows).
     */
    static int autoBlockSize(TaylorPlan plan, int[] widths, int parameters) {
        long widest = 1;
        for (int l = 1; l < widths.length; l++) {
            widest = Math.max(widest, (long) widths[l] * widths[l - 1]);
        }
        long b;
        if (parameters >= LONG_ROW) {
            b = Math.min(MAX_DIRECT_BLOCK, (1L << 18) / widest);
        } else {
            int rowsPerPoint = Math.max(plan.streams, plan.maxClosure());
            b = Math.min(MAX_AUTO_BLOCK, Math.min((1L << 18) / (rowsPerPoint * widest), (1L << 16) / parameters));
        }
        return (int) Math.max(MIN_AUTO_BLOCK, b);
    }

    private static final int MAX_AUTO_BLOCK = 128;
    private static final int MAX_DIRECT_BLOCK = 64;
    private static final int MIN_AUTO_BLOCK = 8;

    private void loadParameters(double[] theta) {
        for (int l = 1; l < widths.length; l++) {
            System.arraycopy(theta, weightOffset[l], weights[l].data, 0, widths[l] * widths[l - 1]);
            System.arraycopy(theta, biasOffset[l], biases[l], 0, widths[l]);
            double[] tile = weightTiles[l];
            if (tile != null) {
                for (int o = 0; o < tile.length; o += widths[l - 1]) {
                    System.arraycopy(theta, weightOffset[l], tile, o, widths[l - 1]);
                }
            }
        }
    }

    /** @return W_l repeated in rows of n_{l−1}, at least one per point of a block (layers of width 1 only) */
    double[] weightTile(int l) {
        return weightTiles[l];
    }

    int[] widths() {
        return widths;
    }

    InputEmbedding embedding() {
        return embedding;
    }

    /** @return W_lᵀ, n_{l−1}×n_l row-major (the layout of θ) */
    DMatrixRMaj weightTransposed(int l) {
        return weights[l];
    }

    double[] bias(int l) {
        return biases[l];
    }

    Activation activation(int l) {
        return activations[l];
    }
}
