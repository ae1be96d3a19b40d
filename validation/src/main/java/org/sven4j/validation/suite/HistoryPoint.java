package org.sven4j.validation.suite;

/**
 * One logged point of a solve's history.
 *
 * @param iteration iteration number (0 = θ₀)
 * @param seconds wall-clock seconds since the solve started
 * @param loss the cost ½‖r‖² after this iteration
 * @param relativeL2 relative L2 error on the evaluation set after this iteration, NaN when not evaluated
 */
public record HistoryPoint(int iteration, double seconds, double loss, double relativeL2) {

    /** @return a copy with the error set */
    public HistoryPoint withRelativeL2(double e) {
        return new HistoryPoint(iteration, seconds, loss, e);
    }

    /** @return whether the error was evaluated at this point */
    public boolean hasError() {
        return !Double.isNaN(relativeL2);
    }
}
