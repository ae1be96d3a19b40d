package org.sven4j.validation.suite;

/** Receives the live state of a suite: one run starting, its iterations, its result. */
public interface Progress {
    /** Does nothing. */
    Progress NONE = new Progress() {
    };

    /**
     * @param spec the run about to start
     * @param index 1-based position in the suite
     * @param total number of runs in the suite
     */
    default void started(RunSpec spec, int index, int total) {
    }

    /**
     * Called on the solving thread after each iteration; must be cheap.
     *
     * @param iteration the iteration just finished
     * @param loss ½‖r‖² after it
     * @param relativeL2 the latest evaluated error (NaN if none yet)
     * @param seconds wall-clock seconds since the solve started
     */
    default void iteration(int iteration, double loss, double relativeL2, double seconds) {
    }

    /** @param result the finished (or skipped) run */
    default void finished(RunResult result) {
    }
}
