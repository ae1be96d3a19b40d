package org.sven4j.lsq;

import java.util.function.Consumer;

/**
 * Called once per iteration on the solving thread, after the iteration's step is decided, with its
 * {@link IterationRecord} and a read-only view of θ after the iteration (the accepted point, or θ unchanged when
 * no step was accepted). In the spirit of Ceres' {@code IterationCallback}.
 *
 * <p>Returning {@link Decision#STOP} ends the solve before the next iteration with
 * {@link Termination#USER_REQUESTED}, which does not count as converged; the best iterate and the history are
 * kept. A callback that throws ends the solve with {@link Termination#FAILURE} and a message naming the callback;
 * the best iterate and the history are kept as well.
 */
@FunctionalInterface
public interface IterationCallback {

    /** What the solve does after a callback returns. */
    enum Decision {
        /** Go on (subject to the other stopping tests). */
        CONTINUE,
        /** End the solve with {@link Termination#USER_REQUESTED}. */
        STOP
    }

    /**
     * @param record what the iteration did
     * @param theta θ after the iteration; valid during this call only (copy it with {@link ParameterView#toArray()})
     * @return whether the solve goes on
     */
    Decision onIteration(IterationRecord record, ParameterView theta);

    /** @return a callback that passes each record to {@code observer} and always continues */
    static IterationCallback observer(Consumer<IterationRecord> observer) {
        if (observer == null) {
            throw new IllegalArgumentException("observer must not be null");
        }
        return (record, theta) -> {
            observer.accept(record);
            return Decision.CONTINUE;
        };
    }
}
