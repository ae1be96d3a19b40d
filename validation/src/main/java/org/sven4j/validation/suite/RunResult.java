package org.sven4j.validation.suite;

import java.util.List;
import java.util.Map;
import org.sven4j.lsq.Phase;

/**
 * The outcome of one {@link RunSpec}.
 *
 * @param spec what was run
 * @param settings the solver's settings in words (step control, learning rate, …)
 * @param parameters P, the number of trained parameters (0 when the run did not start)
 * @param points collocation points over all conditions
 * @param iterations iterations performed
 * @param seconds wall-clock seconds of the solve
 * @param relativeL2 relative L2 error on the held-out evaluation set (the largest over the output fields), NaN if not run
 * @param maxAbsError max |u − u_ref| on the evaluation set (over all fields), NaN if not run
 * @param residualRms ‖r‖₂/√N of the residual vector the solver minimised, at the final parameters
 * @param finalLoss ½‖r‖² at the final parameters
 * @param status the termination in lower case (e.g. "function_tolerance", "time_budget", "interrupted"), or
 *        "skipped: …" / "error: …" when the run did not take place
 * @param message the solver's account of the termination
 * @param history logged iterations
 * @param spectra singular values at a few iterations (Sven variants only)
 * @param map solution and error map for 2-D problems, or null
 * @param finalParameters the parameters found (null when the run did not take place)
 */
public record RunResult(RunSpec spec, String settings, int parameters, int points, int iterations, double seconds,
        double relativeL2, double maxAbsError, double residualRms, double finalLoss, String status, String message,
        List<HistoryPoint> history, List<Spectrum> spectra, FieldMap map, double[] finalParameters,
        Map<Phase, Double> phaseSeconds) {

    public RunResult {
        phaseSeconds = phaseSeconds == null ? Map.of() : Map.copyOf(phaseSeconds);
        history = List.copyOf(history);
        spectra = List.copyOf(spectra);
        finalParameters = finalParameters == null ? null : finalParameters.clone();
    }

    /** A run that did not take place (skipped or failed during set-up). */
    public static RunResult notRun(RunSpec spec, String settings, int parameters, int points, String status) {
        return new RunResult(spec, settings, parameters, points, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                status, status, List.of(), List.of(), null, null, Map.of());
    }

    @Override
    public double[] finalParameters() {
        return finalParameters == null ? null : finalParameters.clone();
    }

    /** @return wall-clock milliseconds per iteration spent in {@code phase} (0 when no iteration ran) */
    public double millisPerIteration(Phase phase) {
        return iterations == 0 ? 0 : 1000 * phaseSeconds.getOrDefault(phase, 0.0) / iterations;
    }

    /** @return whether a solve took place */
    public boolean ran() {
        return finalParameters != null;
    }
}
