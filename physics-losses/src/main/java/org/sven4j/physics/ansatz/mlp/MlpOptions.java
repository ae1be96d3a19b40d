package org.sven4j.physics.ansatz.mlp;

import java.util.Arrays;
import java.util.List;

/**
 * Immutable configuration of an {@link MlpAnsatz}: architecture d → n₁ → … → n_{L−1} → m, per-layer
 * activations, seeded Glorot initialisation, optional input normalisation and Fourier features,
 * and the point block size and thread count of the evaluation. Build with {@link #builder(int, int)}.
 */
public final class MlpOptions {
    private final int inputs;
    private final int outputs;
    private final int[] hidden;
    private final Activation[] activations;
    private final long seed;
    private final double[] lower;
    private final double[] upper;
    private final FourierFeatures fourier;
    private final int blockSize;
    private final int threads;

    private MlpOptions(Builder b) {
        this.inputs = b.inputs;
        this.outputs = b.outputs;
        this.hidden = b.hidden.clone();
        this.activations = new Activation[hidden.length + 1];
        for (int l = 0; l < hidden.length; l++) {
            activations[l] = b.hiddenActivations != null ? b.hiddenActivations[l] : b.activation;
        }
        activations[hidden.length] = b.outputActivation;
        this.seed = b.seed;
        this.lower = b.lower == null ? null : b.lower.clone();
        this.upper = b.upper == null ? null : b.upper.clone();
        this.fourier = b.fourier;
        this.blockSize = b.blockSize;
        this.threads = b.threads;
    }

    /**
     * @param inputs d ≥ 1
     * @param outputs m ≥ 1
     */
    public static Builder builder(int inputs, int outputs) {
        return new Builder(inputs, outputs);
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** @return the hidden widths n₁ … n_{L−1} (copy) */
    public int[] hiddenWidths() {
        return hidden.clone();
    }

    /** @return σ₁ … σ_L, the last being the output activation (copy) */
    public Activation[] activations() {
        return activations.clone();
    }

    /** @return the Glorot initialisation seed */
    public long seed() {
        return seed;
    }

    /** @return the lower corner of the normalisation box, or null when inputs are used as given */
    public double[] lower() {
        return lower == null ? null : lower.clone();
    }

    /** @return the upper corner of the normalisation box, or null */
    public double[] upper() {
        return upper == null ? null : upper.clone();
    }

    /** @return the Fourier-feature embedding, or null */
    public FourierFeatures fourier() {
        return fourier;
    }

    /**
     * @return points per block (each block is one set of GEMMs and one task), or 0 for the automatic choice of
     *         {@link MlpAnsatz} (the largest block, at most 128 points, whose GEMMs stay below OpenBLAS'
     *         multithreading threshold, so that concurrent workers do not contend for its threads)
     */
    public int blockSize() {
        return blockSize;
    }

    /** @return worker threads for the blocks */
    public int threads() {
        return threads;
    }

    /** Builder; defaults: no hidden layer, tanh, identity output, seed 0, no normalisation, no Fourier features, automatic block size, all processors. */
    public static final class Builder {
        private final int inputs;
        private final int outputs;
        private int[] hidden = new int[0];
        private Activation activation = Activation.TANH;
        private Activation[] hiddenActivations;
        private Activation outputActivation = Activation.IDENTITY;
        private long seed;
        private double[] lower;
        private double[] upper;
        private FourierFeatures fourier;
        private int blockSize;
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder(int inputs, int outputs) {
            if (inputs < 1 || outputs < 1) {
                throw new IllegalArgumentException("MLP needs inputs >= 1 and outputs >= 1, got " + inputs + ", "
                        + outputs);
            }
            this.inputs = inputs;
            this.outputs = outputs;
        }

        /** Hidden widths n₁ … n_{L−1}, each ≥ 1 (none: a linear model in the embedding). */
        public Builder hidden(int... widths) {
            for (int w : widths) {
                if (w < 1) {
                    throw new IllegalArgumentException("hidden width must be >= 1, got " + Arrays.toString(widths));
                }
            }
            this.hidden = widths.clone();
            this.hiddenActivations = null;
            return this;
        }

        /** One activation for every hidden layer. */
        public Builder activation(Activation a) {
            this.activation = require(a, "activation");
            this.hiddenActivations = null;
            return this;
        }

        /** One activation per hidden layer; call after {@link #hidden(int...)}. */
        public Builder activations(List<Activation> perHiddenLayer) {
            if (perHiddenLayer.size() != hidden.length) {
                throw new IllegalArgumentException("got " + perHiddenLayer.size() + " activations for "
                        + hidden.length + " hidden layers");
            }
            Activation[] a = perHiddenLayer.toArray(new Activation[0]);
            for (Activation x : a) {
                require(x, "activation");
            }
            this.hiddenActivations = a;
            return this;
        }

        /** Activation of the output layer (default identity). */
        public Builder outputActivation(Activation a) {
            this.outputActivation = require(a, "output activation");
            return this;
        }

        /** Seed of the Glorot-uniform initial weights. */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Normalise inputs affinely from the box [lower, upper] to [−1, 1]ᵈ before the first layer. */
        public Builder inputBox(double[] lo, double[] hi) {
            if (lo == null || hi == null || lo.length != inputs || hi.length != inputs) {
                throw new IllegalArgumentException("input box corners must both have length " + inputs);
            }
            for (int i = 0; i < inputs; i++) {
                if (!(hi[i] > lo[i]) || !Double.isFinite(lo[i]) || !Double.isFinite(hi[i])) {
                    throw new IllegalArgumentException("input box side " + i + " is [" + lo[i] + ", " + hi[i]
                            + "]; need finite lower < upper");
                }
            }
            this.lower = lo.clone();
            this.upper = hi.clone();
            return this;
        }

        /** Fixed Fourier-feature embedding after the normalisation (null: none). */
        public Builder fourier(FourierFeatures f) {
            this.fourier = f;
            return this;
        }

        /** Points per block, ≥ 1 (default: automatic, see {@link MlpOptions#blockSize()}). */
        public Builder blockSize(int b) {
            if (b < 1) {
                throw new IllegalArgumentException("block size must be >= 1, got " + b);
            }
            this.blockSize = b;
            return this;
        }

        /** Worker threads, ≥ 1; results are bit-identical for any value. */
        public Builder threads(int t) {
            if (t < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + t);
            }
            this.threads = t;
            return this;
        }

        public MlpOptions build() {
            return new MlpOptions(this);
        }

        private static Activation require(Activation a, String what) {
            if (a == null) {
                throw new IllegalArgumentException(what + " is null");
            }
            return a;
        }
    }
}
