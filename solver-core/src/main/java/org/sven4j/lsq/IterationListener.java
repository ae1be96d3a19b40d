package org.sven4j.lsq;

/**
 * Receives one {@link IterationRecord} per iteration, on the solving thread, after the step is
 * decided. A listener that needs to stop the solve interrupts the solving thread.
 */
@FunctionalInterface
public interface IterationListener {
    void onIteration(IterationRecord record);
}
