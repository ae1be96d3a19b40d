package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sven4j.baseline.AdamOptions;
import org.sven4j.baseline.AdamSolver;
import org.sven4j.baseline.HipparchusLevenbergMarquardtSolver;
import org.sven4j.baseline.HipparchusLmOptions;
import org.sven4j.baseline.LbfgsOptions;
import org.sven4j.baseline.LbfgsSolver;
import org.sven4j.baseline.SequentialSolver;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.Stopping;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.svd.ExactSvd;
import org.sven4j.svd.QrSvd;
import org.sven4j.svd.SubspaceSvd;
import org.sven4j.svd.SvdBackend;
import org.sven4j.sven.SvenSolver;

/**
 * Creates the suite's solvers by id with tuned settings per problem class, all under the same
 * {@link Stopping}: the run's wall-clock budget, an iteration cap that the budget reaches first, cost
 * tolerance 0 and the default relative function and step tolerances (10⁻¹⁵).
 *
 * <ul>
 *   <li><b>sven</b>: truncated SVD with rtol {@value #SVEN_RTOL_MLP} on MLPs and {@value #SVEN_RTOL} on
 *       spectral ansätze. Step control: Armijo line search on the
 *       undamped step ({@link StepControl#LINE_SEARCH}) for the spectral ansätze and for the MLP problems in
 *       {@link #LINE_SEARCH_MLP} where it measured best (Poisson: the trust region stalls near 10⁻⁵ there);
 *       the trust region (the library default) elsewhere.</li>
 *   <li><b>sven-lm</b>: {@link StepControl#LEVENBERG_MARQUARDT}, the same rtol, τ = {@value #MLP_TAU} for MLPs,
 *       {@value #SPECTRAL_TAU} for spectral ansätze.</li>
 *   <li><b>adam</b>: η₀ = 10⁻³ decaying ×0.9 every 1000 steps for MLPs (the usual PINN schedule); η₀ = 10⁻² for
 *       the spectral ansätze (coefficients of order one, no hidden layers), same decay.</li>
 *   <li><b>lbfgs</b>: memory 50, strong Wolfe (c₁ = 10⁻⁴, c₂ = 0.9), 25 evaluations per line search.</li>
 *   <li><b>adam-lbfgs</b>: the Adam above for {@value #ADAM_SHARE} of the budget, then the L-BFGS above.</li>
 *   <li><b>hipparchus-lm</b>: MINPACK LM with its defaults, only when P·N ≤ {@value #HIPPARCHUS_MAX_ENTRIES}
 *       (Hipparchus copies J into its own dense matrices and runs a Java pivoted QR per iteration);
 *       otherwise the run is skipped with status "skipped: too large".</li>
 * </ul>
 */
public final class SolverRegistry {
    /** Relative singular-value cut of both Sven variants on the spectral ansätze. */
    public static final double SVEN_RTOL = 1e-12;
    /**
     * Relative singular-value cut on MLPs: σᵢ ≤ 10⁻¹⁰·σ₁ are dropped from the step (why: validation/SUITE.md,
     * "Settings and why").
     */
    public static final double SVEN_RTOL_MLP = 1e-10;
    /** Largest P·N for which Hipparchus LM is run. */
    public static final long HIPPARCHUS_MAX_ENTRIES = 4_000_000L;
    /** Share of the budget Adam gets in adam-lbfgs. */
    public static final double ADAM_SHARE = 0.3;
    /** MLP problems on which Sven uses the line search instead of the trust region (validation/SUITE.md). */
    public static final Set<String> LINE_SEARCH_MLP = Set.of("poisson2d", "helmholtz2d", "lshape", "heat1d");
    /** τ of sven-lm on MLPs (λ₀ = τ·σ₁²). */
    public static final double MLP_TAU = 1e-3;
    /**
     * τ of sven-lm on the spectral ansätze (λ₀ = τ·σ₁²): these problems are linear or mildly nonlinear in θ with
     * σ₁/σ_k up to 10⁸ or more, and Nielsen's rule lowers λ by at most 3× per iteration, so λ₀ must start below
     * the small singular values the solution needs (validation/SUITE.md).
     */
    public static final double SPECTRAL_TAU = 1e-12;
    /** Status of a hipparchus-lm run skipped for size. */
    public static final String SKIPPED_TOO_LARGE = "skipped: too large";
    /** Iteration cap: high enough that the time budget ends a run first. */
    static final int MAX_ITERATIONS = 50_000_000;

    private final Overrides overrides;

    /** The tuned defaults. */
    public SolverRegistry() {
        this(Overrides.NONE);
    }

    /** @param overrides values that replace the tuned defaults (from {@code sven4j solve}) */
    public SolverRegistry(Overrides overrides) {
        this.overrides = overrides == null ? Overrides.NONE : overrides;
    }

    /**
     * Settings a user may force on the Sven variants and on Adam.
     *
     * @param rank keep at most this many singular triplets (0: all)
     * @param rtol relative singular-value cut (NaN: default)
     * @param damping τ of λ₀ = τ·σ₁² for sven-lm (NaN: default)
     * @param stepControl step control of "sven" (null: per problem)
     * @param learningRate Adam's η₀ (NaN: default)
     * @param svd the truncated-SVD back-end of the Sven variants: auto, exact, qr or subspace (null: auto)
     */
    public record Overrides(int rank, double rtol, double damping, StepControl stepControl, double learningRate,
            String svd) {
        /** No overrides. */
        public static final Overrides NONE = new Overrides(0, Double.NaN, Double.NaN, null, Double.NaN, null);

        /** The SVD back-ends a user may name. */
        public static final List<String> SVD_BACKENDS = List.of("auto", "exact", "qr", "subspace");

        public Overrides {
            if (rank < 0) {
                throw new IllegalArgumentException("rank must be >= 0 (0 keeps all), got " + rank);
            }
            if (!Double.isNaN(rtol) && !(rtol >= 0 && rtol < 1)) {
                throw new IllegalArgumentException("rtol must be in [0, 1), got " + rtol);
            }
            if (!Double.isNaN(damping) && !(damping > 0) || Double.isInfinite(damping)) {
                throw new IllegalArgumentException("damping must be finite and > 0, got " + damping);
            }
            if (!Double.isNaN(learningRate) && !(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learning rate must be finite and > 0, got " + learningRate);
            }
            if (svd != null && !SVD_BACKENDS.contains(svd)) {
                throw new IllegalArgumentException("unknown SVD back-end '" + svd + "'; choose one of " + SVD_BACKENDS);
            }
        }

        /** @return the SVD back-end named by {@link #svd()} on the default dense kernels, or null for auto */
        SvdBackend svdBackend() {
            LinearAlgebra la = LinearAlgebra.get();
            return svd == null ? null : switch (svd) {
                case "exact" -> new ExactSvd(la);
                case "qr" -> new QrSvd(la);
                case "subspace" -> new SubspaceSvd(la);
                default -> null;
            };
        }
    }

    /**
     * @param id the solver
     * @param problem catalog id (selects tuned settings)
     * @param ansatz ansatz family (selects tuned settings)
     * @param parameters P
     * @param residuals N
     * @param budget wall-clock budget
     * @param callback receives every iteration
     * @return the configured solver, or a skip
     */
    public ConfiguredSolver create(SolverId id, String problem, AnsatzKind ansatz, int parameters, int residuals,
            Duration budget, IterationCallback callback) {
        Stopping stopping = stopping(budget);
        List<IterationCallback> ls = List.of(callback);
        return switch (id) {
            case SVEN -> sven(svenControl(problem, ansatz), stopping, callback, ansatz);
            case SVEN_LM -> sven(StepControl.LEVENBERG_MARQUARDT, stopping, callback, ansatz);
            case ADAM -> new ConfiguredSolver(new AdamSolver(adam(ansatz).stopping(stopping).callbacks(ls).build()),
                    adamSettings(ansatz), null);
            case LBFGS -> new ConfiguredSolver(new LbfgsSolver(lbfgs().stopping(stopping).callbacks(ls).build()),
                    LBFGS_SETTINGS, null);
            case ADAM_LBFGS -> new ConfiguredSolver(SequentialSolver.adamThenLbfgs(adam(ansatz).build(),
                    lbfgs().build(), ADAM_SHARE, stopping, ls),
                    String.format(Locale.ROOT, "%.0f%% %s, then %s", 100 * ADAM_SHARE, adamSettings(ansatz),
                            LBFGS_SETTINGS), null);
            case HIPPARCHUS_LM -> hipparchus(parameters, residuals, stopping, ls);
        };
    }

    /** @return the step control "sven" uses on this problem and ansatz */
    public StepControl svenControl(String problem, AnsatzKind ansatz) {
        if (overrides.stepControl() != null) {
            return overrides.stepControl();
        }
        return ansatz.isSpectral() || LINE_SEARCH_MLP.contains(problem) ? StepControl.LINE_SEARCH
                : StepControl.TRUST_REGION;
    }

    static Stopping stopping(Duration budget) {
        return Stopping.DEFAULT.withMaxIterations(MAX_ITERATIONS).withTimeBudget(budget);
    }

    private ConfiguredSolver sven(StepControl control, Stopping stopping, IterationCallback callback,
            AnsatzKind ansatz) {
        double rtol = !Double.isNaN(overrides.rtol()) ? overrides.rtol()
                : ansatz.isSpectral() ? SVEN_RTOL : SVEN_RTOL_MLP;
        SvenOptions.Builder b = SvenOptions.builder().stepControl(control).rtol(rtol).stopping(stopping)
                .callback(callback);
        StringBuilder s = new StringBuilder(control.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        s.append(String.format(Locale.ROOT, ", rtol %.0e", rtol));
        if (overrides.rank() > 0) {
            b.rank(overrides.rank());
            s.append(", k ≤ ").append(overrides.rank());
        }
        SvdBackend backend = overrides.svdBackend();
        if (backend != null) {
            b.svd(backend);
        }
        if (control == StepControl.LEVENBERG_MARQUARDT) {
            double tau = !Double.isNaN(overrides.damping()) ? overrides.damping()
                    : ansatz.isSpectral() ? SPECTRAL_TAU : MLP_TAU;
            b.initialDamping(tau);
            s.append(String.format(Locale.ROOT, ", tau %.0e", tau));
        }
        return new ConfiguredSolver(new SvenSolver(b.build()), s.toString(), null);
    }

    private double adamRate(AnsatzKind ansatz) {
        if (!Double.isNaN(overrides.learningRate())) {
            return overrides.learningRate();
        }
        return ansatz.isSpectral() ? 1e-2 : 1e-3;
    }

    private AdamOptions.Builder adam(AnsatzKind ansatz) {
        return AdamOptions.builder().learningRate(adamRate(ansatz)).decay(0.9, 1000, false);
    }

    private String adamSettings(AnsatzKind ansatz) {
        return String.format(Locale.ROOT, "adam lr %.0e x0.9/1000 steps", adamRate(ansatz));
    }

    private static final String LBFGS_SETTINGS = "l-bfgs m=50, strong Wolfe";

    private static LbfgsOptions.Builder lbfgs() {
        return LbfgsOptions.builder().memory(50);
    }

    private static ConfiguredSolver hipparchus(int parameters, int residuals, Stopping stopping,
            List<IterationCallback> ls) {
        if ((long) parameters * residuals > HIPPARCHUS_MAX_ENTRIES) {
            return new ConfiguredSolver(null, "hipparchus LM; P·N = " + (long) parameters * residuals + " > "
                    + HIPPARCHUS_MAX_ENTRIES, SKIPPED_TOO_LARGE);
        }
        return new ConfiguredSolver(new HipparchusLevenbergMarquardtSolver(HipparchusLmOptions.builder()
                .stopping(stopping).callbacks(ls).build()), "hipparchus LM (MINPACK defaults)", null);
    }
}
