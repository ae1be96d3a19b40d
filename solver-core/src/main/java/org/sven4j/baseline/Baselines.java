package org.sven4j.baseline;

import java.util.List;
import org.sven4j.lsq.IterationCallback;

/** Small checks shared by the option records of this package. */
final class Baselines {
    private Baselines() {
    }

    /** @return an immutable copy, after checking that the list and its entries are not null */
    static List<IterationCallback> copyCallbacks(List<IterationCallback> callbacks) {
        if (callbacks == null) {
            throw new IllegalArgumentException("callbacks must not be null (use an empty list)");
        }
        for (int i = 0; i < callbacks.size(); i++) {
            if (callbacks.get(i) == null) {
                throw new IllegalArgumentException("callbacks[" + i + "] is null");
            }
        }
        return List.copyOf(callbacks);
    }
}
