package org.sven4j.baseline;

/**
 * Line search for a step length α satisfying the strong Wolfe conditions
 * <pre>
 *   φ(α) ≤ φ(0) + c₁·α·φ'(0),   |φ'(α)| ≤ c₂·|φ'(0)|,
 * </pre>
 * by bracketing and zooming (Nocedal &amp; Wright, Algorithms 3.5 and 3.6). Trial steps inside a
 * bracket come from the minimiser of the cubic that interpolates φ and φ' at its ends, safeguarded
 * to the middle 80% of the bracket (bisection otherwise); the bracketing phase extrapolates by the
 * same cubic, clamped to [2α, 10α]. A point whose φ or φ' is not finite counts as too long a step,
 * so the search backs away from regions where the residuals are NaN.
 */
final class StrongWolfeLineSearch {

    /** Evaluates φ and φ' at {@code trial.alpha} and fills the trial. */
    interface Line {
        void evaluate(LineTrial trial);
    }

    enum Status {
        /** Both Wolfe conditions hold at the returned point. */
        WOLFE,
        /** The evaluation budget or the bracket ran out; the returned point satisfies sufficient decrease only. */
        SUFFICIENT_DECREASE,
        /** No point with sufficient decrease was found. */
        FAILED
    }

    /** The outcome; {@code point} is owned by the line search and valid until the next search. */
    record Result(Status status, LineTrial point, int evaluations) {
    }

    private final double c1;
    private final double c2;
    private final int maxEvaluations;
    private final LineTrial[] pool;
    private final LineTrial origin;
    private int evaluations;

    StrongWolfeLineSearch(double c1, double c2, int maxEvaluations, int parameters, int residuals) {
        this.c1 = c1;
        this.c2 = c2;
        this.maxEvaluations = maxEvaluations;
        this.pool = new LineTrial[] {new LineTrial(parameters, residuals), new LineTrial(parameters, residuals),
            new LineTrial(parameters, residuals)};
        this.origin = new LineTrial(parameters, residuals);
    }

    /**
     * @param start the point α = 0 (its value and slope φ'(0) &lt; 0 must be set; copied)
     * @param initialStep the first trial α₁ &gt; 0
     */
    Result search(Line line, LineTrial start, double initialStep) {
        evaluations = 0;
        origin.copyFrom(start);
        origin.alpha = 0;
        double phi0 = origin.value;
        double slope0 = origin.slope;
        LineTrial prev = origin;
        double alpha = initialStep;
        while (true) {
            if (evaluations >= maxEvaluations) {
                return fallback(prev);
            }
            LineTrial cur = free(prev, null);
            cur.alpha = alpha;
            evaluate(line, cur);
            if (!cur.finite() || cur.value > phi0 + c1 * alpha * slope0 || (prev != origin && cur.value >= prev.value)) {
                return zoom(line, prev, cur, phi0, slope0);
            }
            if (Math.abs(cur.slope) <= -c2 * slope0) {
                return new Result(Status.WOLFE, cur, evaluations);
            }
            if (cur.slope >= 0) {
                return zoom(line, cur, prev, phi0, slope0);
            }
            double next = cubicMinimiser(prev, cur);
            double lo = 2 * alpha;
            double hi = 10 * alpha;
            alpha = Double.isFinite(next) ? Math.min(hi, Math.max(lo, next)) : 4 * alpha;
            prev = cur;
        }
    }

    private Result zoom(Line line, LineTrial lo, LineTrial hi, double phi0, double slope0) {
        while (true) {
            if (evaluations >= maxEvaluations) {
                return fallback(lo);
            }
            double a = lo.alpha;
            double b = hi.alpha;
            double width = Math.abs(b - a);
            if (width <= 1e-15 * Math.max(Math.abs(a), Math.abs(b))) {
                return fallback(lo);
            }
            double alpha = hi.finite() ? cubicMinimiser(lo, hi) : Double.NaN;
            double left = Math.min(a, b) + 0.1 * width;
            double right = Math.max(a, b) - 0.1 * width;
            if (!(alpha >= left && alpha <= right)) {
                alpha = 0.5 * (a + b);
            }
            LineTrial cur = free(lo, hi);
            cur.alpha = alpha;
            evaluate(line, cur);
            if (!cur.finite() || cur.value > phi0 + c1 * alpha * slope0 || cur.value >= lo.value) {
                hi = cur;
            } else {
                if (Math.abs(cur.slope) <= -c2 * slope0) {
                    return new Result(Status.WOLFE, cur, evaluations);
                }
                if (cur.slope * (b - a) >= 0) {
                    hi = lo;
                }
                lo = cur;
            }
        }
    }

    private Result fallback(LineTrial lo) {
        if (lo != origin && lo.value < origin.value) {
            return new Result(Status.SUFFICIENT_DECREASE, lo, evaluations);
        }
        return new Result(Status.FAILED, origin, evaluations);
    }

    private void evaluate(Line line, LineTrial t) {
        evaluations++;
        line.evaluate(t);
    }

    /** @return a pool trial that is neither {@code a} nor {@code b} */
    private LineTrial free(LineTrial a, LineTrial b) {
        for (LineTrial t : pool) {
            if (t != a && t != b) {
                return t;
            }
        }
        throw new IllegalStateException("line-search pool exhausted");
    }

    /**
     * Minimiser of the cubic interpolating (α, φ, φ') at both points (Nocedal &amp; Wright, eq. 3.59),
     * or NaN when the cubic has no minimiser.
     */
    static double cubicMinimiser(LineTrial p, LineTrial q) {
        double a = p.alpha;
        double b = q.alpha;
        double d1 = p.slope + q.slope - 3 * (p.value - q.value) / (a - b);
        double disc = d1 * d1 - p.slope * q.slope;
        if (!(disc >= 0)) {
            return Double.NaN;
        }
        double d2 = Math.copySign(Math.sqrt(disc), b - a);
        double denom = q.slope - p.slope + 2 * d2;
        if (denom == 0) {
            return Double.NaN;
        }
        return b - (b - a) * (q.slope + d2 - d1) / denom;
    }
}
