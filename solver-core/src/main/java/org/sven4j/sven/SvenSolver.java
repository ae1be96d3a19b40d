package org.sven4j.sven;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.DenseJacobianOperator;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.JacobianOperator;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.Phase;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.SolveRecorder;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;
import org.sven4j.svd.TruncatedSvd;

/**
 * Sven: Singular Value dEsceNt (Bright-Thonney, Harvey, Lukas, Thaler 2026). Each iteration
 * linearises r at θ, takes one truncated SVD J·D⁻¹ ≈ U_k·Σ_k·V_kᵀ (D = I unless
 * {@link ParameterScaling#JACOBI}) and steps
 * <pre>  δθ = −η·D⁻¹·V_k·diag(f(σ))·U_kᵀ·r,   f(σ) = σ/(σ² + λ),  λ ≥ 0,</pre>
 * which for λ = 0 is the minimum-norm Gauss–Newton step through the rank-k pseudo-inverse.
 * The {@link StepControl} picks η and λ; trial steps cost one residual evaluation each.
 *
 * <p>Cost per iteration: one Jacobian, one truncated SVD (see {@link org.sven4j.svd}), and
 * O((N + P)·k) per trial step. Immutable and thread-safe; each {@link #solve} is independent.
 */
public final class SvenSolver implements LeastSquaresSolver {
    private final SvenOptions options;
    private final LinearAlgebra la;

    public SvenSolver() {
        this(SvenOptions.defaults());
    }

    public SvenSolver(SvenOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
        this.la = options.linearAlgebra();
    }

    public SvenOptions options() {
        return options;
    }

    @Override
    public String name() {
        return options.stepControl() == StepControl.LEVENBERG_MARQUARDT ? "sven-lm" : "sven";
    }

    @Override
    public Summary solve(ResidualSystem system, double[] initialParameters) {
        SolveRecorder rec = new SolveRecorder(name(), system, initialParameters, options.stopping(),
                options.callbacks());
        if (options.scaling() == ParameterScaling.JACOBI && system.isMatrixFree()) {
            throw new IllegalArgumentException("JACOBI parameter scaling needs a dense Jacobian, but the system is matrix-free");
        }
        return new Run(system, initialParameters, rec).execute();
    }

    /** The state of one solve. */
    private final class Run {
        private final ResidualSystem system;
        private final SolveRecorder rec;
        private final int n;
        private final int p;
        private final double[] theta;
        private final double[] r;
        private final double[] trial;
        private final double[] rTrial;
        private final double[] step;
        private final double[] gradient;
        private final double[] scale;
        private DMatrixRMaj jacobian;
        private double cost;
        private final StepController control = new StepController(options);
        /** ‖Jᵀr‖∞ in the original parameters at this iteration's linearisation point. */
        private double gradNorm = Double.NaN;
        private int iteration;
        /** The message of a {@link Termination#FAILURE} that {@link #step} returns. */
        private String failure;
        /** The last iteration's decomposition, the warm start of iterative SVD back-ends. */
        private TruncatedSvd previous;
        /** Start of the interval not yet charged to a phase (one running tick, so phases never overlap). */
        private long tick;

        Run(ResidualSystem system, double[] theta0, SolveRecorder rec) {
            this.system = system;
            this.rec = rec;
            this.n = system.residualCount();
            this.p = system.parameterCount();
            this.theta = theta0.clone();
            this.r = new double[n];
            this.trial = new double[p];
            this.rTrial = new double[n];
            this.step = new double[p];
            this.gradient = new double[p];
            this.scale = new double[p];
        }

        Summary execute() {
            tick = rec.tick();
            system.residuals(theta, r);
            rec.countResidual();
            charge(Phase.EVALUATION);
            rec.start(theta, r);
            cost = SolveRecorder.halfSquaredNorm(r);
            Arrays.fill(scale, 0.0);
            String bad = nonFiniteStart();
            if (bad != null) {
                return rec.finish(0, Termination.FAILURE, bad);
            }
            if (!system.isMatrixFree()) {
                String tooBig = denseJacobianTooLarge();
                if (tooBig != null) {
                    return rec.finish(0, Termination.FAILURE, tooBig);
                }
                jacobian = new DMatrixRMaj(n, p);
            }
            try {
                return loop();
            } catch (RuntimeException e) {
                return rec.finish(iteration - 1, Termination.FAILURE,
                        "the residual system threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (OutOfMemoryError e) {
                return rec.finish(iteration - 1, Termination.FAILURE, "out of memory in iteration " + iteration
                        + " (N = " + n + ", P = " + p + ", maximum heap " + gib(Runtime.getRuntime().maxMemory())
                        + "): " + e.getMessage());
            } catch (StackOverflowError e) {
                return rec.finish(iteration - 1, Termination.FAILURE, "stack overflow in iteration " + iteration
                        + " (the residual system recursed too deeply, or -Xss is too small)");
            }
        }

        /** A message when r(θ₀) or its cost is not finite (the solve cannot start), else null. */
        private String nonFiniteStart() {
            int bad = SolveRecorder.firstNonFinite(r);
            if (bad >= 0) {
                return "residual r[" + bad + "] is " + r[bad] + " at the initial parameters";
            }
            if (!Double.isFinite(cost)) {
                double max = 0;
                for (double x : r) {
                    max = Math.max(max, Math.abs(x));
                }
                return "the initial cost ½‖r‖² overflows (N = " + n + ", largest |r_i| = " + max
                        + "); rescale the residuals";
            }
            return null;
        }

        /** The memory guard: a message when the dense N×P Jacobian cannot or should not be allocated, else null. */
        private String denseJacobianTooLarge() {
            long entries = (long) n * p;
            long max = Runtime.getRuntime().maxMemory();
            double share = options.denseJacobianHeapShare();
            String what = "the dense Jacobian of N = " + n + " residuals × P = " + p + " parameters needs "
                    + gib(8.0 * entries);
            String way = "; use a matrix-free system (ResidualSystem.linearize, e.g. PhysicsSystem with"
                    + " JacobianStorage.STREAMED), fewer points or parameters, or a larger -Xmx";
            if (entries > Integer.MAX_VALUE - 8) {
                return what + ", more entries than one Java array holds (2^31 - 1)" + way;
            }
            if (8.0 * entries > share * max) {
                return what + ", more than " + share + " of the maximum heap (" + gib(max) + ")" + way;
            }
            return null;
        }

        private Summary loop() {
            if (cost <= rec.stopping().costTolerance()) {
                return rec.finish(0, Termination.COST_TOLERANCE, "initial cost " + cost + " is within the cost tolerance");
            }
            while (true) {
                Termination budget = rec.checkBudget(iteration);
                if (budget != null) {
                    return rec.finish(iteration, budget, rec.describe(budget));
                }
                iteration++;
                boolean resampled = system.resample(iteration, theta);
                tick = rec.tick();
                JacobianOperator op = linearize();
                charge(Phase.EVALUATION);
                String bad = firstNonFinite(op);
                if (bad != null) {
                    return rec.finish(iteration - 1, Termination.FAILURE, bad);
                }
                if (resampled) {
                    rec.resetBest(theta, cost);
                }
                applyScaling(op);
                GradientRider rider = new GradientRider(op, r);
                TruncatedSvd svd = options.svd().decompose(rider, options.truncation(), previous);
                charge(Phase.DECOMPOSITION);
                gradNorm = gradientNorm(rider.gradient(gradient));
                charge(Phase.UPDATE);
                if (gradNorm <= rec.stopping().gradientTolerance()) {
                    record(0, 0, 0, -1, null, 0, false);
                    return rec.finish(iteration, Termination.GRADIENT_TOLERANCE, "|J^T r|_inf = " + gradNorm);
                }
                previous = svd;
                Termination end = step(svd);
                charge(Phase.UPDATE);
                if (end != null) {
                    return rec.finish(iteration, end, endMessage(end));
                }
            }
        }

        /** Charges the time since the running tick to {@code phase} and restarts the tick. */
        private void charge(Phase phase) {
            tick = rec.charge(phase, tick);
        }

        private JacobianOperator linearize() {
            rec.countJacobian();
            if (jacobian == null) {
                return system.linearize(theta, r);
            }
            system.residualsAndJacobian(theta, r, jacobian);
            return new DenseJacobianOperator(jacobian, la);
        }

        /** Sets the cost from the fresh residuals; returns a message naming a non-finite value, or null. */
        private String firstNonFinite(JacobianOperator op) {
            int bad = SolveRecorder.firstNonFinite(r);
            if (bad >= 0) {
                return "residual r[" + bad + "] is " + r[bad] + " at an accepted iterate (iteration " + iteration + ")";
            }
            cost = SolveRecorder.halfSquaredNorm(r);
            DMatrixRMaj d = op.dense();
            if (d != null) {
                int badJ = SolveRecorder.firstNonFinite(d.data);
                if (badJ >= 0) {
                    return "Jacobian entry J[" + badJ / p + "][" + badJ % p + "] is " + d.data[badJ]
                            + " (iteration " + iteration + ")";
                }
            }
            return null;
        }

        /** Jacobi scaling: dⱼ = max(dⱼ, ‖J_{:,j}‖); J ← J·D⁻¹ in place. */
        private void applyScaling(JacobianOperator op) {
            if (options.scaling() != ParameterScaling.JACOBI) {
                return;
            }
            DMatrixRMaj d = op.dense();
            double[] norms = new double[p];
            for (int i = 0; i < n; i++) {
                int row = i * p;
                for (int j = 0; j < p; j++) {
                    double x = d.data[row + j];
                    norms[j] += x * x;
                }
            }
            for (int j = 0; j < p; j++) {
                double nj = Math.sqrt(norms[j]);
                scale[j] = Math.max(scale[j], nj);
                if (scale[j] == 0) {
                    scale[j] = 1;
                }
                norms[j] = 1.0 / scale[j];
            }
            for (int i = 0; i < n; i++) {
                int row = i * p;
                for (int j = 0; j < p; j++) {
                    d.data[row + j] *= norms[j];
                }
            }
        }

        /** ‖Jᵀr‖∞ in the original (unscaled) parameters, from g = (J·D⁻¹)ᵀr. */
        private double gradientNorm(double[] g) {
            double m = 0;
            boolean scaled = options.scaling() == ParameterScaling.JACOBI;
            for (int j = 0; j < p; j++) {
                m = Math.max(m, Math.abs(scaled ? g[j] * scale[j] : g[j]));
            }
            return m;
        }

        private double scaledNorm(double[] x) {
            double s = 0;
            boolean scaled = options.scaling() == ParameterScaling.JACOBI;
            for (int j = 0; j < p; j++) {
                double v = scaled ? x[j] * scale[j] : x[j];
                s += v * v;
            }
            return Math.sqrt(s);
        }

        /**
         * Tries steps on one SVD until the step control accepts one; returns a termination, or null to go on.
         * The residuals r and the cost are those at θ; on acceptance they become those at θ + δ.
         */
        private Termination step(TruncatedSvd svd) {
            int k = svd.rank();
            double[] sigma = svd.singularValues();
            if (k == 0) {
                record(0, 0, 0, 0, sigma, 0, false);
                return Termination.GRADIENT_TOLERANCE;
            }
            SpectralStep spectral = new SpectralStep(sigma, svd.project(r, la));
            if (spectral.fullReduction() <= rec.stopping().functionTolerance() * cost) {
                return lastStep(svd, spectral, sigma);
            }
            double thetaNorm = scaledNorm(theta);
            control.begin(svd.sigmaMax(), thetaNorm, cost);
            double[] w = new double[k];
            int trials = 0;
            int finiteTrials = 0;
            boolean lastFinite = true;
            double lastNorm = Double.POSITIVE_INFINITY;
            while (trials < options.maxTrials() && control.next(spectral, w)) {
                trials++;
                double eta = control.eta();
                double pred = spectral.predictedReduction(w, eta);
                lastNorm = eta * Math.sqrt(dot(w, w));
                formStep(svd, w, eta);
                charge(Phase.UPDATE);
                system.residuals(trial, rTrial);
                rec.countResidual();
                charge(Phase.EVALUATION);
                double trialCost = SolveRecorder.firstNonFinite(rTrial) >= 0 ? Double.POSITIVE_INFINITY
                        : SolveRecorder.halfSquaredNorm(rTrial);
                lastFinite = Double.isFinite(trialCost);
                if (lastFinite) {
                    finiteTrials++;
                }
                if (control.judge(cost, trialCost, pred, spectral.descent(w), lastNorm)) {
                    double before = cost;
                    double stepTheta = norm(step);
                    System.arraycopy(trial, 0, theta, 0, p);
                    System.arraycopy(rTrial, 0, r, 0, n);
                    cost = trialCost;
                    rec.offer(theta, cost);
                    record(stepTheta, control.lambda(), eta, k, sigma, trials, true);
                    return convergedAfterAccept(before, stepTheta);
                }
            }
            record(0, control.lambda(), control.eta(), k, sigma, trials, false);
            if (trials > 0 && !lastFinite) {
                // The step was shrunk through non-finite trials: reaching the step tolerance that way is no convergence.
                failure = (trials - finiteTrials) + " of the " + trials + " trial steps of iteration " + iteration
                        + ", the last of them too, gave a non-finite residual or cost (NaN or ±∞), down to a step of norm "
                        + lastNorm + "; the best iterate is returned";
                return Termination.FAILURE;
            }
            double xtol = rec.stopping().stepTolerance();
            if (lastNorm <= xtol * (thetaNorm + xtol)) {
                return Termination.STEP_TOLERANCE;
            }
            return Termination.NO_PROGRESS;
        }

        /**
         * The model predicts a reduction of at most ftol·c: the cost has converged, but θ need not have (an error
         * ε in θ changes c by O(ε²), below its rounding once ε ≲ √(ε_mach)·‖θ‖). One undamped step
         * δ = −V_k·Σ_k⁻¹·U_kᵀ·r is still taken when its cost is no higher than c·(1 + 64·ε_mach), the noise of
         * evaluating c, and the solve ends with {@link Termination#FUNCTION_TOLERANCE} either way.
         */
        private Termination lastStep(TruncatedSvd svd, SpectralStep spectral, double[] sigma) {
            int k = svd.rank();
            double[] w = new double[k];
            spectral.weights(0.0, w);
            formStep(svd, w, 1.0);
            charge(Phase.UPDATE);
            system.residuals(trial, rTrial);
            rec.countResidual();
            charge(Phase.EVALUATION);
            double trialCost = SolveRecorder.firstNonFinite(rTrial) >= 0 ? Double.POSITIVE_INFINITY
                    : SolveRecorder.halfSquaredNorm(rTrial);
            double slack = 64 * Math.ulp(1.0);
            boolean accept = trialCost <= cost * (1 + slack);
            if (accept) {
                double stepTheta = norm(step);
                System.arraycopy(trial, 0, theta, 0, p);
                System.arraycopy(rTrial, 0, r, 0, n);
                cost = trialCost;
                rec.offerWithin(theta, cost, slack);
                record(stepTheta, 0, 1, k, sigma, 1, true);
            } else {
                record(0, 0, 0, k, sigma, 1, false);
            }
            return Termination.FUNCTION_TOLERANCE;
        }

        /** trial = θ − η·D⁻¹·V·w; step = trial − θ. */
        private void formStep(TruncatedSvd svd, double[] w, double eta) {
            svd.expand(w, step, la);
            boolean scaled = options.scaling() == ParameterScaling.JACOBI;
            for (int j = 0; j < p; j++) {
                double d = -eta * (scaled ? step[j] / scale[j] : step[j]);
                step[j] = d;
                trial[j] = theta[j] + d;
            }
        }

        private Termination convergedAfterAccept(double before, double stepTheta) {
            if (cost <= rec.stopping().costTolerance()) {
                return Termination.COST_TOLERANCE;
            }
            double xtol = rec.stopping().stepTolerance();
            if (stepTheta <= xtol * (norm(theta) + xtol)) {
                return Termination.STEP_TOLERANCE;
            }
            return null;
        }

        private void record(double stepNorm, double lam, double eta, int rank, double[] sigma, int trials,
                boolean accepted) {
            double[] spectrum = sigma == null ? new double[0]
                    : Arrays.copyOf(sigma, Math.min(sigma.length, options.maxRecordedSingularValues()));
            rec.record(new IterationRecord(iteration, cost, gradNorm, stepNorm, lam, eta, rank, spectrum, trials,
                    accepted, rec.blockCosts(r), rec.elapsedSeconds()), theta);
        }

        private String endMessage(Termination t) {
            switch (t) {
                case COST_TOLERANCE:
                    return "cost " + cost + " <= " + rec.stopping().costTolerance();
                case FUNCTION_TOLERANCE:
                    return "predicted relative cost reduction <= " + rec.stopping().functionTolerance()
                            + " (after one last undamped step)";
                case STEP_TOLERANCE:
                    return "step norm <= " + rec.stopping().stepTolerance() + " relative to |theta|";
                case GRADIENT_TOLERANCE:
                    return "the Jacobian's truncated rank is 0 (J = 0 or below rtol)";
                case NO_PROGRESS:
                    return "no trial step lowered the cost in " + options.maxTrials() + " trials";
                case FAILURE:
                    return failure;
                default:
                    return t.toString();
            }
        }
    }

    private static String gib(double bytes) {
        return String.format(java.util.Locale.ROOT, "%.2f GiB", bytes / (1L << 30));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
