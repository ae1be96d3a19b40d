package org.sven4j.sven;

/**
 * The trial-step rules of {@link StepControl}, with the state they carry across iterations
 * (trust radius Δ, damping λ, Nielsen's ν and the {@link StepControl#HYBRID} mode). One instance
 * per solve; not thread-safe.
 *
 * <p>Protocol per iteration: {@link #begin}, then while {@link #next} returns true the caller
 * evaluates the trial it describes and reports it to {@link #judge}; the first acceptable trial
 * ends the iteration and its relative cost decrease is reported to {@link #taken}.
 */
final class StepController {
    /** Sufficient decrease: Armijo constant, and the smallest gain ratio ρ accepted by damped steps. */
    static final double ACCEPT = 1e-4;
    /** Undamped trials of a line search before it turns to damping. */
    static final int LINE_STEPS = 12;
    /** HYBRID: an undamped step that lowers the cost by less than this fraction is a stall. */
    static final double STALL_DECREASE = 1e-3;
    /** HYBRID: consecutive stalls that switch the undamped mode to damping. */
    static final int STALLS = 3;
    /** HYBRID: in damped mode, every this many iterations the undamped line search is tried again. */
    static final int PROBE_EVERY = 5;
    /** Gain ratio above which an accepted step doubles the trust radius (Moré). */
    static final double EXPAND = 0.75;

    private enum Stage { LINE, DAMPED, DONE }

    private final SvenOptions options;
    private final StepControl control;
    private double radius = Double.NaN;
    private double lambda = Double.NaN;
    private double nu = 2.0;
    private boolean dampedMode;
    private int stalls;
    private int dampedIterations;
    // Per iteration.
    private Stage stage;
    private double eta;
    private double lam;
    private int lineTrials;
    private boolean candidate;
    private double firstLineNorm;
    private boolean probing;

    StepController(SvenOptions options) {
        this.options = options;
        this.control = options.stepControl();
        this.dampedMode = control == StepControl.TRUST_REGION || control == StepControl.LEVENBERG_MARQUARDT;
    }

    /** Starts an iteration on a new SVD. */
    void begin(SpectralStep spectral, double sigmaMax, double scaledThetaNorm) {
        if (Double.isNaN(radius)) {
            radius = options.initialTrustRadiusFactor() * (scaledThetaNorm > 0 ? scaledThetaNorm : 1.0);
        }
        if (Double.isNaN(lambda)) {
            lambda = control == StepControl.LEVENBERG_MARQUARDT ? options.initialDamping() * sigmaMax * sigmaMax : 0.0;
        }
        eta = options.eta();
        lineTrials = 0;
        candidate = false;
        probing = control == StepControl.HYBRID && dampedMode && dampedIterations % PROBE_EVERY == 0;
        stage = dampedMode && !probing ? Stage.DAMPED : Stage.LINE;
        if (control == StepControl.HYBRID && stage == Stage.LINE) {
            // The undamped line search starts at the trust radius: η ≤ Δ/‖V·Σ⁻¹·c‖.
            double full = spectral.weights(0.0, new double[spectral.rank()]);
            eta = Math.min(eta, radius / full);
        }
    }

    /**
     * Chooses λ and η of the next trial and fills the spectral weights w(λ).
     *
     * @return false when this iteration has no further trial
     */
    boolean next(SpectralStep spectral, double[] w) {
        if (candidate) {
            stage = Stage.DONE;
        } else if (stage == Stage.LINE && control == StepControl.HYBRID
                && lineTrials >= (probing ? LINE_STEPS / 3 : LINE_STEPS)) {
            // The line search failed: damped steps inside a trust region no longer than its first trial.
            radius = Math.min(radius, firstLineNorm);
            eta = options.eta();
            stage = Stage.DAMPED;
        }
        if (stage == Stage.DONE) {
            return false;
        }
        if (stage == Stage.LINE) {
            lam = 0.0;
            lineTrials++;
        } else {
            lam = control == StepControl.LEVENBERG_MARQUARDT ? lambda : spectral.lambdaForRadius(radius / eta, w);
        }
        spectral.weights(lam, w);
        return true;
    }

    double lambda() { return lam; }

    double eta() { return eta; }

    /**
     * Judges the trial just evaluated and updates η, Δ or λ for the next one.
     *
     * @param pred the model's predicted reduction
     * @param descent Σσᵢwᵢcᵢ (minus the directional derivative of the cost along the unit-η step)
     * @param stepNorm the trial's (scaled) step norm
     * @return whether the trial is acceptable; never when it raises the cost
     */
    boolean judge(double cost, double trialCost, double pred, double descent, double stepNorm) {
        boolean decrease = trialCost < cost;
        double rho = (cost - trialCost) / pred;
        if (control == StepControl.FIXED) {
            stage = Stage.DONE;
            candidate = decrease;
            return decrease;
        }
        if (stage == Stage.LINE) {
            if (lineTrials == 1) {
                firstLineNorm = stepNorm;
            }
            boolean ok = decrease && trialCost <= cost - ACCEPT * eta * descent;
            if (ok) {
                candidate = true;
                if (control == StepControl.HYBRID) {
                    updateRadius(rho, stepNorm, lineTrials == 1);
                }
            } else {
                backtrack(cost, trialCost, descent);
            }
            return ok;
        }
        boolean ok = decrease && rho > ACCEPT;
        if (control == StepControl.LEVENBERG_MARQUARDT) {
            if (ok) {
                double f = 2 * rho - 1;
                lambda *= Math.max(1.0 / 3.0, 1 - f * f * f);
                nu = 2.0;
            } else {
                lambda *= nu;
                nu *= 2.0;
            }
        } else if (ok) {
            updateRadius(rho, stepNorm, lam == 0.0);
        } else {
            radius = 0.25 * Math.min(radius, stepNorm);
        }
        candidate |= ok;
        return ok;
    }

    /**
     * The accepted step's relative cost decrease (c − c_new)/c, which drives the HYBRID mode: three
     * undamped steps in a row below {@link #STALL_DECREASE}, or a failed line search, switch to damped
     * steps; a probe of the undamped line search (every {@link #PROBE_EVERY} damped iterations) that
     * beats the threshold switches back.
     */
    void taken(double relativeDecrease) {
        if (control != StepControl.HYBRID) {
            return;
        }
        boolean undamped = stage != Stage.DAMPED && lam == 0.0;
        if (undamped) {
            boolean stalled = relativeDecrease < STALL_DECREASE;
            stalls = stalled ? stalls + 1 : 0;
            if (dampedMode && !stalled) {
                dampedMode = false;
            } else if (!dampedMode && stalls >= STALLS) {
                dampedMode = true;
                dampedIterations = 0;
                stalls = 0;
            }
        } else {
            if (!dampedMode) {
                dampedMode = true;
                dampedIterations = 0;
                stalls = 0;
            }
        }
        if (dampedMode) {
            dampedIterations++;
        }
    }

    /** Moré's radius update after an accepted step with gain ratio ρ. */
    private void updateRadius(double rho, double stepNorm, boolean expandable) {
        if (rho < 0.25) {
            radius = 0.5 * stepNorm;
        } else if (rho > EXPAND || expandable) {
            radius = Math.max(radius, 2.0 * stepNorm);
        }
    }

    /**
     * Safeguarded quadratic backtracking: the minimiser of the parabola through c(0), c'(0) = −η·descent
     * and c(η), kept within [η/10, η/2]; η/4 after a non-finite trial.
     */
    private void backtrack(double cost, double trialCost, double descent) {
        if (!Double.isFinite(trialCost)) {
            eta *= 0.25;
            return;
        }
        double slope = eta * descent;
        double curvature = trialCost - cost + slope;
        double factor = curvature > 0 ? 0.5 * slope / curvature : 0.5;
        eta *= Math.min(0.5, Math.max(0.1, factor));
    }
}
