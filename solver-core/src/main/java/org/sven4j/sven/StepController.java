package org.sven4j.sven;

/**
 * The trial-step rules of {@link StepControl}, with the state they carry across iterations
 * (trust radius Δ, damping λ and Nielsen's ν). One instance per solve; not thread-safe.
 *
 * <p>Protocol per iteration: {@link #begin}, then while {@link #next} returns true the caller
 * evaluates the trial it describes and reports it to {@link #judge}; the first acceptable trial
 * ends the iteration.
 */
final class StepController {
    /** Sufficient decrease: Armijo constant, and the smallest gain ratio ρ accepted by damped steps. */
    static final double ACCEPT = 1e-4;
    /** Gain ratio above which an accepted step doubles the trust radius (Moré). */
    static final double EXPAND = 0.75;
    /**
     * LINE_SEARCH: an accepted step with η below this and a relative cost decrease below {@link #STALL} marks
     * the line search as stuck, and the next iteration takes one trust-region step instead.
     */
    static final double ETA_FLOOR = 1e-6;
    /** Relative cost decrease below which a short line-search step counts as stuck (see {@link #ETA_FLOOR}). */
    static final double STALL = 1e-8;
    /**
     * LINE_SEARCH: a crawl is {@link #CRAWL_WINDOW} accepted steps in a row, taken at a cost below
     * {@link #CRAWL_COST} times the initial cost, whose η is below this (relative to the options' η) and within a
     * factor 2 of the previous accepted η; it is treated as a stuck search.
     */
    static final double CRAWL_ETA = 1e-2;
    /** The crawl test applies only in the end-game, once the cost is below this fraction of the initial cost. */
    static final double CRAWL_COST = 1e-8;
    /** Number of consecutive same-length short steps that make a crawl (see {@link #CRAWL_ETA}). */
    static final int CRAWL_WINDOW = 20;

    private final SvenOptions options;
    private final StepControl control;
    private double radius = Double.NaN;
    private double lambda = Double.NaN;
    private double nu = 2.0;
    // Per iteration.
    private double eta;
    private double lam;
    private boolean done;
    /** LINE_SEARCH only: the current iteration's line search is stuck (set when its step is accepted). */
    private boolean stuck;
    /** LINE_SEARCH only: the previous iteration was stuck, so this one takes trust-region trials. */
    private boolean rescue;
    /** The cost at the first iteration (NaN before it). */
    private double initialCost = Double.NaN;
    /** LINE_SEARCH only: η of the last accepted line-search step (NaN before the first). */
    private double lastEta = Double.NaN;
    /** LINE_SEARCH only: how many accepted steps in a row had a short η within a factor 2 of the one before. */
    private int crawl;

    StepController(SvenOptions options) {
        this.options = options;
        this.control = options.stepControl();
    }

    /** Starts an iteration on a new SVD with largest singular value σ₁, at the given cost. */
    void begin(double sigmaMax, double scaledThetaNorm, double cost) {
        if (Double.isNaN(initialCost)) {
            initialCost = cost;
        }
        if (Double.isNaN(radius)) {
            radius = options.initialTrustRadiusFactor() * (scaledThetaNorm > 0 ? scaledThetaNorm : 1.0);
        }
        if (Double.isNaN(lambda)) {
            lambda = control == StepControl.LEVENBERG_MARQUARDT ? options.initialDamping() * sigmaMax * sigmaMax : 0.0;
        }
        eta = options.eta();
        done = false;
        rescue = stuck;
        stuck = false;
    }

    /**
     * Chooses λ and η of the next trial and fills the spectral weights w(λ).
     *
     * @return false when this iteration has no further trial
     */
    boolean next(SpectralStep spectral, double[] w) {
        if (done) {
            return false;
        }
        switch (mode()) {
            case TRUST_REGION:
                lam = spectral.lambdaForRadius(radius / eta, w);
                break;
            case LEVENBERG_MARQUARDT:
                lam = lambda;
                break;
            default:
                lam = 0.0;
        }
        spectral.weights(lam, w);
        return true;
    }

    /** @return the rule of this iteration: the configured one, or the trust region when rescuing a stuck line search */
    private StepControl mode() {
        return rescue ? StepControl.TRUST_REGION : control;
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
        boolean ok;
        switch (mode()) {
            case FIXED:
                ok = decrease;
                done = true;
                return ok;
            case LINE_SEARCH:
                ok = decrease && trialCost <= cost - ACCEPT * eta * descent;
                if (!ok) {
                    backtrack(cost, trialCost, descent);
                } else {
                    stuck = eta < ETA_FLOOR * options.eta() && cost - trialCost < STALL * cost;
                    boolean sameShort = eta < CRAWL_ETA * options.eta() && eta > 0.5 * lastEta && eta < 2 * lastEta
                            && cost < CRAWL_COST * initialCost;
                    crawl = sameShort ? crawl + 1 : 0;
                    lastEta = eta;
                    if (crawl >= CRAWL_WINDOW) {
                        stuck = true;
                        crawl = 0;
                    }
                }
                break;
            case LEVENBERG_MARQUARDT:
                ok = decrease && rho > ACCEPT;
                if (ok) {
                    double f = 2 * rho - 1;
                    lambda *= Math.max(1.0 / 3.0, 1 - f * f * f);
                    nu = 2.0;
                } else {
                    lambda *= nu;
                    nu *= 2.0;
                }
                break;
            default:
                ok = decrease && rho > ACCEPT;
                if (!ok) {
                    radius = 0.25 * Math.min(radius, stepNorm);
                } else if (rho < 0.25) {
                    radius = 0.5 * stepNorm;
                } else if (rho > EXPAND || lam == 0.0) {
                    radius = Math.max(radius, 2.0 * stepNorm);
                }
        }
        done = ok;
        return ok;
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
