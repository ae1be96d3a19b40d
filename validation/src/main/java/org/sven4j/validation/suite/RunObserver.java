package org.sven4j.validation.suite;

import java.util.ArrayList;
import java.util.List;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.ParameterView;
import org.sven4j.pde.catalog.ErrorReport;

/**
 * The iteration callback of one suite run: logs the loss at a thinned cadence, the error on the
 * evaluation set at θ after the iteration at a cheap cadence, a few singular-value spectra, and
 * feeds the live {@link Progress}.
 *
 * <p><b>Loss cadence.</b> Every iteration up to 100, then 90 per decade (iteration i is kept when
 * i mod 10^(⌊log₁₀ i⌋ − 1) = 0). <b>Error cadence.</b> An evaluation takes d seconds (measured); the next
 * is due after max(0.1 s, 20·d), or sooner at iterations 1, 2, 3, 5, 10, 20, 30, 50, 100, … provided 20·d
 * has passed, so error tracking costs at most about 5 % of the solve. <b>Spectra.</b> The kept singular
 * values at iterations 1, 3, 10, 30, 100, … and at the last iteration.
 */
final class RunObserver implements IterationCallback {
    private static final double MIN_INTERVAL = 0.1;
    private static final double OVERHEAD_FACTOR = 20;

    private final PreparedProblem problem;
    private final Progress progress;
    private final List<HistoryPoint> history = new ArrayList<>();
    private final List<Spectrum> spectra = new ArrayList<>();
    private Spectrum lastSpectrum;
    private double lastError = Double.NaN;
    private double lastEvalAt = Double.NEGATIVE_INFINITY;
    private double evalCost;

    RunObserver(PreparedProblem problem, Progress progress, double initialLoss, double initialError) {
        this.problem = problem;
        this.progress = progress;
        this.lastError = initialError;
        history.add(new HistoryPoint(0, 0, initialLoss, initialError));
    }

    @Override
    public Decision onIteration(IterationRecord r, ParameterView theta) {
        int it = r.iteration();
        double t = r.elapsedSeconds();
        if (isLogged(it)) {
            history.add(new HistoryPoint(it, t, r.cost(), Double.NaN));
        }
        if (errorDue(it, t)) {
            long start = System.nanoTime();
            lastError = relativeL2(problem, theta.toArray());
            setError(r, lastError);
            evalCost = (System.nanoTime() - start) * 1e-9;
            lastEvalAt = t;
        }
        if (r.singularValues().length > 0) {
            lastSpectrum = new Spectrum(it, r.singularValues());
            if (isSpectrumKept(it)) {
                spectra.add(lastSpectrum);
            }
        }
        progress.iteration(it, r.cost(), lastError, t);
        return Decision.CONTINUE;
    }

    /** Adds the final point (error at the returned parameters) and the last spectrum. */
    void finish(int iterations, double seconds, double finalLoss, double finalError) {
        if (!history.isEmpty() && history.get(history.size() - 1).iteration() == iterations) {
            history.set(history.size() - 1, new HistoryPoint(iterations, seconds, finalLoss, finalError));
        } else if (iterations > 0) {
            history.add(new HistoryPoint(iterations, seconds, finalLoss, finalError));
        }
        if (lastSpectrum != null && (spectra.isEmpty()
                || spectra.get(spectra.size() - 1).iteration() != lastSpectrum.iteration())) {
            spectra.add(lastSpectrum);
        }
    }

    List<HistoryPoint> history() {
        return List.copyOf(history);
    }

    List<Spectrum> spectra() {
        return List.copyOf(spectra);
    }

    private boolean errorDue(int iteration, double now) {
        double since = now - lastEvalAt;
        if (since >= Math.max(MIN_INTERVAL, OVERHEAD_FACTOR * evalCost)) {
            return true;
        }
        return isMilestone(iteration) && since >= OVERHEAD_FACTOR * evalCost;
    }

    private void setError(IterationRecord r, double e) {
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryPoint h = history.get(i);
            if (h.iteration() == r.iteration()) {
                history.set(i, h.withRelativeL2(e));
                return;
            }
            if (h.iteration() < r.iteration()) {
                history.add(i + 1, new HistoryPoint(r.iteration(), r.elapsedSeconds(), r.cost(), e));
                return;
            }
        }
    }

    /** @return the largest relative L2 error over the output fields */
    static double relativeL2(PreparedProblem p, double[] theta) {
        ErrorReport e = p.evaluation().evaluate(pts -> p.model().predict(theta, pts));
        return max(e.relativeL2());
    }

    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Double.isNaN(x) ? x : Math.max(m, x);
            if (Double.isNaN(m)) {
                return m;
            }
        }
        return m;
    }

    /** Every iteration up to 100, then 90 per decade. */
    static boolean isLogged(int it) {
        if (it <= 100) {
            return true;
        }
        int step = 1;
        for (int v = it; v >= 100; v /= 10) {
            step *= 10;
        }
        return it % step == 0;
    }

    /** 1, 2, 3, 5 times a power of ten. */
    static boolean isMilestone(int it) {
        if (it < 1) {
            return false;
        }
        int v = it;
        while (v % 10 == 0) {
            v /= 10;
        }
        return v == 1 || v == 2 || v == 3 || v == 5;
    }

    /** 1 or 3 times a power of ten. */
    static boolean isSpectrumKept(int it) {
        if (it < 1) {
            return false;
        }
        int v = it;
        while (v % 10 == 0) {
            v /= 10;
        }
        return v == 1 || v == 3;
    }
}
