package org.sven4j.sven;

import java.util.List;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.OptionsBuilder;
import org.sven4j.lsq.Stopping;
import org.sven4j.svd.AutoSvd;
import org.sven4j.svd.SvdBackend;
import org.sven4j.svd.Truncation;

/**
 * Immutable options of {@link SvenSolver}; build with {@link #builder()}.
 *
 * <p>Defaults: all ranks with rtol = 10⁻¹², {@link AutoSvd}, {@link StepControl#TRUST_REGION},
 * η = 1, no parameter scaling, Δ₀ = ‖θ₀‖ (or 1 if θ₀ = 0), τ = 10⁻³ for Levenberg–Marquardt,
 * 30 trial steps per iteration, {@link Stopping#DEFAULT}, the dense back-end of {@link LinearAlgebra#get()}.
 * The options' {@link LinearAlgebra} serves the solver's products and the default SVD back-end; a back-end
 * passed to {@link Builder#svd} keeps the one it was built with.
 */
public final class SvenOptions {
    /** Default of {@link Builder#denseJacobianHeapShare}: the exact SVD of a dense J needs about four times J. */
    public static final double DEFAULT_DENSE_JACOBIAN_HEAP_SHARE = 0.25;

    private final Truncation truncation;
    private final SvdBackend svd;
    private final StepControl stepControl;
    private final double eta;
    private final ParameterScaling scaling;
    private final double initialTrustRadiusFactor;
    private final double initialDamping;
    private final int maxTrials;
    private final int maxRecordedSingularValues;
    private final double denseJacobianHeapShare;
    private final Stopping stopping;
    private final List<IterationCallback> callbacks;
    private final LinearAlgebra linearAlgebra;

    private SvenOptions(Builder b, Stopping stopping, List<IterationCallback> callbacks) {
        this.truncation = new Truncation(b.rank, b.rtol);
        this.linearAlgebra = b.linearAlgebra == null ? LinearAlgebra.get() : b.linearAlgebra;
        this.svd = b.svd == null ? new AutoSvd(linearAlgebra) : b.svd;
        this.stepControl = b.stepControl;
        this.eta = b.eta;
        this.scaling = b.scaling;
        this.initialTrustRadiusFactor = b.initialTrustRadiusFactor;
        this.initialDamping = b.initialDamping;
        this.maxTrials = b.maxTrials;
        this.maxRecordedSingularValues = b.maxRecordedSingularValues;
        this.denseJacobianHeapShare = b.denseJacobianHeapShare;
        this.stopping = stopping;
        this.callbacks = callbacks;
    }

    /** @return the defaults */
    public static SvenOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rank = truncation.maxRank();
        b.rtol = truncation.rtol();
        b.svd = svd;
        b.stepControl = stepControl;
        b.eta = eta;
        b.scaling = scaling;
        b.initialTrustRadiusFactor = initialTrustRadiusFactor;
        b.initialDamping = initialDamping;
        b.maxTrials = maxTrials;
        b.maxRecordedSingularValues = maxRecordedSingularValues;
        b.denseJacobianHeapShare = denseJacobianHeapShare;
        b.linearAlgebra = linearAlgebra;
        b.stopping(stopping).callbacks(callbacks);
        return b;
    }

    public Truncation truncation() { return truncation; }

    public SvdBackend svd() { return svd; }

    public StepControl stepControl() { return stepControl; }

    public double eta() { return eta; }

    public ParameterScaling scaling() { return scaling; }

    public double initialTrustRadiusFactor() { return initialTrustRadiusFactor; }

    public double initialDamping() { return initialDamping; }

    public int maxTrials() { return maxTrials; }

    public int maxRecordedSingularValues() { return maxRecordedSingularValues; }

    /** @return the largest share of the JVM's maximum heap a dense Jacobian (8·N·P bytes) may take */
    public double denseJacobianHeapShare() { return denseJacobianHeapShare; }

    public Stopping stopping() { return stopping; }

    public List<IterationCallback> callbacks() { return callbacks; }

    public LinearAlgebra linearAlgebra() { return linearAlgebra; }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder extends OptionsBuilder<Builder> {
        private int rank = Truncation.ALL;
        private double rtol = 1e-12;
        private SvdBackend svd;
        private LinearAlgebra linearAlgebra;
        private StepControl stepControl = StepControl.TRUST_REGION;
        private double eta = 1.0;
        private ParameterScaling scaling = ParameterScaling.NONE;
        private double initialTrustRadiusFactor = 1.0;
        private double initialDamping = 1e-3;
        private int maxTrials = 30;
        private int maxRecordedSingularValues = 4096;
        private double denseJacobianHeapShare = DEFAULT_DENSE_JACOBIAN_HEAP_SHARE;

        private Builder() {
        }

        @Override
        protected Builder self() { return this; }

        /** @param k keep at most k singular triplets (≥ 1; {@link Truncation#ALL} for all) */
        public Builder rank(int k) { this.rank = k; return this; }

        /** @param rtol drop singular values σ ≤ rtol·σ₁ (≥ 0) */
        public Builder rtol(double rtol) { this.rtol = rtol; return this; }

        /** @param svd the truncated-SVD back-end (default: {@link AutoSvd} on the options' linear algebra) */
        public Builder svd(SvdBackend svd) {
            if (svd == null) {
                throw new IllegalArgumentException("svd must not be null");
            }
            this.svd = svd;
            return this;
        }

        /** @param la the dense kernels for the solver's products and the default SVD back-end */
        public Builder linearAlgebra(LinearAlgebra la) {
            if (la == null) {
                throw new IllegalArgumentException("linearAlgebra must not be null");
            }
            this.linearAlgebra = la;
            return this;
        }

        public Builder stepControl(StepControl c) { this.stepControl = c; return this; }

        /** @param eta step length η in (0, 1] ... (any positive value is allowed) */
        public Builder eta(double eta) { this.eta = eta; return this; }

        public Builder scaling(ParameterScaling s) { this.scaling = s; return this; }

        /** @param factor Δ₀ = factor·‖D·θ₀‖ (or factor if that is 0); {@code Double.POSITIVE_INFINITY} tries the full Sven step first */
        public Builder initialTrustRadiusFactor(double factor) { this.initialTrustRadiusFactor = factor; return this; }

        /** @param tau λ₀ = τ·σ₁² for {@link StepControl#LEVENBERG_MARQUARDT} */
        public Builder initialDamping(double tau) { this.initialDamping = tau; return this; }

        /** @param n trial steps (residual evaluations) per iteration before giving up (≥ 1) */
        public Builder maxTrials(int n) { this.maxTrials = n; return this; }

        /** @param n singular values copied into each iteration record (≥ 0) */
        public Builder maxRecordedSingularValues(int n) { this.maxRecordedSingularValues = n; return this; }

        /**
         * @param share in (0, 1]: a system that is not matrix-free and whose dense Jacobian needs more than
         *        share·(maximum heap) is not solved; the solve ends at once with {@link org.sven4j.lsq.Termination#FAILURE}
         *        and a message naming N, P and the bytes (default {@link #DEFAULT_DENSE_JACOBIAN_HEAP_SHARE})
         */
        public Builder denseJacobianHeapShare(double share) { this.denseJacobianHeapShare = share; return this; }

        public SvenOptions build() {
            if (stepControl == null || scaling == null) {
                throw new IllegalArgumentException("stepControl and scaling must not be null");
            }
            if (!(eta > 0) || Double.isInfinite(eta)) {
                throw new IllegalArgumentException("eta must be finite and > 0, got " + eta);
            }
            if (!(initialTrustRadiusFactor > 0)) {
                throw new IllegalArgumentException("initialTrustRadiusFactor must be > 0, got " + initialTrustRadiusFactor);
            }
            if (!(initialDamping > 0) || Double.isInfinite(initialDamping)) {
                throw new IllegalArgumentException("initialDamping must be finite and > 0, got " + initialDamping);
            }
            if (maxTrials < 1) {
                throw new IllegalArgumentException("maxTrials must be >= 1, got " + maxTrials);
            }
            if (!(denseJacobianHeapShare > 0 && denseJacobianHeapShare <= 1)) {
                throw new IllegalArgumentException("denseJacobianHeapShare must be in (0, 1], got " + denseJacobianHeapShare);
            }
            if (maxRecordedSingularValues < 0) {
                throw new IllegalArgumentException("maxRecordedSingularValues must be >= 0, got " + maxRecordedSingularValues);
            }
            return new SvenOptions(this, builtStopping(), builtCallbacks());
        }
    }
}
