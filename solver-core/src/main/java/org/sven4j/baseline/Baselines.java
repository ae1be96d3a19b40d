package org.sven4j.baseline;

import java.util.List;
import org.sven4j.lsq.IterationListener;

/** Small checks shared by the option records of this package. */
final class Baselines {
    private Baselines() {
    }

    /** @return an immutable copy, after checking that the list and its entries are not null */
    static List<IterationListener> copyListeners(List<IterationListener> listeners) {
        if (listeners == null) {
            throw new IllegalArgumentException("listeners must not be null (use an empty list)");
        }
        for (int i = 0; i < listeners.size(); i++) {
            if (listeners.get(i) == null) {
                throw new IllegalArgumentException("listeners[" + i + "] is null");
            }
        }
        return List.copyOf(listeners);
    }
}
