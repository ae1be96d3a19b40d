package org.sven4j.validation.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunObserverTest {
    @Test
    void lossIsLoggedEveryIterationToOneHundredThenNinetyPerDecade() {
        assertEquals(100, IntStream.rangeClosed(1, 100).filter(RunObserver::isLogged).count());
        assertEquals(90, IntStream.rangeClosed(101, 1000).filter(RunObserver::isLogged).count());
        assertEquals(90, IntStream.rangeClosed(1001, 10000).filter(RunObserver::isLogged).count());
        assertTrue(RunObserver.isLogged(2500));
        assertFalse(RunObserver.isLogged(2550));
    }

    @Test
    void milestonesAreOneTwoThreeFiveTimesPowersOfTen() {
        int[] expected = {1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500};
        assertEquals(java.util.Arrays.toString(expected),
                java.util.Arrays.toString(IntStream.rangeClosed(0, 999).filter(RunObserver::isMilestone).toArray()));
        assertEquals("[1, 3, 10, 30, 100, 300]",
                java.util.Arrays.toString(IntStream.rangeClosed(0, 999).filter(RunObserver::isSpectrumKept).toArray()));
    }

    @Test
    void maxPropagatesNaN() {
        assertEquals(3.0, RunObserver.max(new double[] {1, 3, 2}));
        assertTrue(Double.isNaN(RunObserver.max(new double[] {1, Double.NaN, 2})));
    }
}
