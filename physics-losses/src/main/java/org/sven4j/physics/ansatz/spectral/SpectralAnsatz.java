package org.sven4j.physics.ansatz.spectral;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.AnsatzChecks;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.BlockRunner;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;
import org.sven4j.physics.ansatz.ThinProducts;

/**
 * A linear spectral expansion u_k(x) = Σ_β θ[k·K + β]·φ_β(x), k = 0..m−1, over K tensor-product
 * functions φ_β(x) = Π_i φ^{(i)}_{β_i}(x_i) of the {@link SpectralAxis axes} and an {@link IndexSet}.
 *
 * <p><b>Parameter layout:</b> θ = [coefficients of u_0 (K), of u_1 (K), …], basis functions in
 * {@link IndexSet} order ({@link #multiIndices()}).
 *
 * <p>Channels of any order are exact: ∂^α φ_β = Π_i φ^{(i)(α_i)}_{β_i}(x_i) and
 * Δφ_β = Σ_i ∂²φ_β/∂x_i². Since u is linear in θ, the Jacobian of channel c is the basis matrix
 * Φ_c (n×K) placed in the column block of output k; Φ_c is computed once per point set and channel
 * set and cached while the points do not change (compared by value, O(n·d)). Values are
 * V_c = Φ_c·Θᵀ (n×K by K×m). Basis construction costs O(n·K·(d + C)); the cache holds C·n·K doubles.
 *
 * <p>An evaluation streams the cached Φ_c once: in blocks of {@value #BLOCK} points, on
 * {@link Builder#threads(int) threads} workers, each block's rows give their values
 * ({@link ThinProducts#dotRows}) and, while they are in cache, are copied into the Jacobian. It is
 * memory-bound: C·n·K doubles read and, with the Jacobian, as many written (Chebyshev 24×24 at 2,500 points:
 * 2.5 ms on 2 threads; one GEMM per channel and a separate copy took 4.7 ms).
 */
public final class SpectralAnsatz implements Ansatz {
    private final List<SpectralAxis> axes;
    private final IndexSet indexSet;
    private final int totalDegree;
    private final int outputs;
    private final int[][] betas;
    private final int size;
    private final BlockRunner runner;
    private static final int BLOCK = 64;

    private double[] cachedPoints;
    private ChannelSet cachedChannels;
    private DMatrixRMaj[] basis;

    private SpectralAnsatz(Builder b) {
        if (b.axes.isEmpty()) {
            throw new IllegalArgumentException("a spectral ansatz needs at least one axis");
        }
        this.axes = List.copyOf(b.axes);
        this.indexSet = b.indexSet;
        this.totalDegree = b.totalDegree;
        this.outputs = b.outputs;
        List<int[]> list = indexSet.indices(axes, totalDegree);
        this.betas = list.toArray(new int[0][]);
        this.size = betas.length;
        this.runner = new BlockRunner(b.threads);
    }

    /** @return a builder with no axes, full tensor index set and one output */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int inputDimension() {
        return axes.size();
    }

    @Override
    public int outputDimension() {
        return outputs;
    }

    @Override
    public int parameterCount() {
        return outputs * size;
    }

    @Override
    public int maxDerivativeOrder() {
        return Integer.MAX_VALUE;
    }

    /** @return K, the number of basis functions per output */
    public int basisSize() {
        return size;
    }

    /** @return the axes */
    public List<SpectralAxis> axes() {
        return axes;
    }

    /** @return the multi-indices β of the basis, in parameter order (copies) */
    public List<int[]> multiIndices() {
        List<int[]> l = new ArrayList<>();
        for (int[] b : betas) {
            l.add(b.clone());
        }
        return l;
    }

    /** @return flops of one evaluation: 2·n·K·m per channel for the values (the Jacobian is a copy of Φ_c) */
    public long flops(ChannelSet channels, int points) {
        return 2L * points * size * outputs * channels.size();
    }

    @Override
    public void evaluate(double[] theta, DMatrixRMaj points, AnsatzOutput out, boolean withJacobian) {
        AnsatzChecks.check(this, theta, points, out, withJacobian);
        ChannelSet cs = out.channels();
        int n = points.numRows;
        DMatrixRMaj[] phi = basisMatrices(points, cs);
        int bigP = parameterCount();
        runner.run((n + BLOCK - 1) / BLOCK, (worker, block) -> {
            int p0 = block * BLOCK;
            int b = Math.min(BLOCK, n - p0);
            for (int c = 0; c < phi.length; c++) {
                double[] ph = phi[c].data;
                double[] v = out.values(c);
                for (int k = 0; k < outputs; k++) {
                    ThinProducts.dotRows(ph, p0, size, theta, k * size, v, outputs, k, b, false);
                }
                if (!withJacobian) {
                    continue;
                }
                double[] j = out.jacobian(c).data;
                if (outputs == 1) {
                    System.arraycopy(ph, p0 * size, j, p0 * size, b * size);
                    continue;
                }
                Arrays.fill(j, p0 * outputs * bigP, (p0 + b) * outputs * bigP, 0.0);
                for (int p = p0; p < p0 + b; p++) {
                    for (int k = 0; k < outputs; k++) {
                        System.arraycopy(ph, p * size, j, (p * outputs + k) * bigP + k * size, size);
                    }
                }
            }
        });
    }

    /**
     * @return Φ_c (n×K) for every channel of {@code cs} at {@code points}, from the cache when the points and
     *         channels are those of the previous call. The matrices are owned by this ansatz; do not modify.
     */
    public DMatrixRMaj[] basisMatrices(DMatrixRMaj points, ChannelSet cs) {
        AnsatzChecks.checkPoints("SpectralAnsatz", axes.size(), points);
        cs.requireSupported("SpectralAnsatz", axes.size(), Integer.MAX_VALUE);
        int n = points.numRows;
        int d = axes.size();
        if (basis != null && cs.equals(cachedChannels) && cachedPoints.length == n * d
                && Arrays.equals(cachedPoints, 0, n * d, points.data, 0, n * d)) {
            return basis;
        }
        int[][] alpha = new int[cs.size()][];
        int[] maxOrder = new int[d];
        for (int c = 0; c < cs.size(); c++) {
            Channel ch = cs.get(c);
            alpha[c] = ch.multiIndex(d);
            for (int i = 0; i < d; i++) {
                maxOrder[i] = Math.max(maxOrder[i], ch.isLaplacian() ? 2 : alpha[c][i]);
            }
        }
        double[][][] table = new double[d][][];
        for (int i = 0; i < d; i++) {
            table[i] = new double[maxOrder[i] + 1][axes.get(i).size()];
        }
        DMatrixRMaj[] phi = new DMatrixRMaj[cs.size()];
        for (int c = 0; c < cs.size(); c++) {
            phi[c] = new DMatrixRMaj(n, size);
        }
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < d; i++) {
                axes.get(i).derivatives(points.data[p * d + i], maxOrder[i], table[i]);
            }
            for (int c = 0; c < cs.size(); c++) {
                double[] row = phi[c].data;
                int o = p * size;
                if (cs.get(c).isLaplacian()) {
                    for (int q = 0; q < size; q++) {
                        double s = 0;
                        for (int lap = 0; lap < d; lap++) {
                            double prod = 1;
                            for (int i = 0; i < d; i++) {
                                prod *= table[i][i == lap ? 2 : 0][betas[q][i]];
                            }
                            s += prod;
                        }
                        row[o + q] = s;
                    }
                } else {
                    int[] a = alpha[c];
                    for (int q = 0; q < size; q++) {
                        double prod = 1;
                        for (int i = 0; i < d; i++) {
                            prod *= table[i][a[i]][betas[q][i]];
                        }
                        row[o + q] = prod;
                    }
                }
            }
        }
        basis = phi;
        cachedChannels = cs;
        cachedPoints = Arrays.copyOf(points.data, n * d);
        return phi;
    }

    /** Builder: add axes in input order, choose the index set, the number of outputs. */
    public static final class Builder {
        private final List<SpectralAxis> axes = new ArrayList<>();
        private IndexSet indexSet = IndexSet.FULL_TENSOR;
        private int totalDegree;
        private int outputs = 1;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Worker threads of an evaluation, ≥ 1 (default: all processors); results are bit-identical for any value. */
        public Builder threads(int t) {
            if (t < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + t);
            }
            threads = t;
            return this;
        }

        /** Adds the next input direction. */
        public Builder axis(SpectralAxis a) {
            if (a == null) {
                throw new IllegalArgumentException("axis is null");
            }
            axes.add(a);
            return this;
        }

        /** Full tensor product of the axes (default). */
        public Builder fullTensor() {
            indexSet = IndexSet.FULL_TENSOR;
            return this;
        }

        /** Products with total degree ≤ n. */
        public Builder totalDegree(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("total degree must be >= 0, got " + n);
            }
            indexSet = IndexSet.TOTAL_DEGREE;
            totalDegree = n;
            return this;
        }

        /** m ≥ 1 outputs, each with its own coefficients. */
        public Builder outputs(int m) {
            if (m < 1) {
                throw new IllegalArgumentException("outputs must be >= 1, got " + m);
            }
            outputs = m;
            return this;
        }

        public SpectralAnsatz build() {
            return new SpectralAnsatz(this);
        }
    }
}
