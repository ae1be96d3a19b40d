package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.SolveRecorder;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/** The stall test of {@link Stopping}: a plateau ends the solve with {@link Termination#STALLED}. */
class SvenStallTest {
    private static final double[] START = {-1.2, 1.0};

    private static IterationRecord at(int it, double cost) {
        return new IterationRecord(it, cost, 0, 0, 0, 1, 1, new double[0], 1, true, new double[0], 0);
    }

    private static void step(SolveRecorder rec, int it, double cost) {
        rec.offer(START, cost);
        rec.record(at(it, cost), START);
    }

    @Test
    void holdsOnlyWhenTheWindowLowersTheBestCostByLessThanTheTolerance() {
        SolveRecorder rec = new SolveRecorder("t", new Rosenbrock(), START, Stopping.DEFAULT.withStall(3, 1e-3),
                List.of());
        rec.offer(START, 1.0);
        double cost = 1.0;
        for (int it = 1; it <= 4; it++) {
            cost *= 0.9;
            step(rec, it, cost);
            assertNull(rec.checkBudget(it), "a full window with a 27 % decrease, or a window not yet full");
        }
        for (int it = 5; it <= 6; it++) {
            cost *= 1 - 1e-5;
            step(rec, it, cost);
            assertNull(rec.checkBudget(it), "the window still holds the last real decrease");
        }
        cost *= 1 - 1e-5;
        step(rec, 7, cost);
        assertEquals(Termination.STALLED, rec.checkBudget(7), "iterations 5-7 lowered the best cost by 3e-5 of itself");
        assertTrue(rec.stallMessage().contains("last 3 iterations"), rec.stallMessage());
    }

    @Test
    void aSvenSolveOnAPlateauEndsStalledAndDoesNotClaimConvergence() {
        // η = 1e-9: every step lowers the cost by about 2e-9 of itself, far below the stall tolerance.
        SvenOptions o = SvenOptions.builder().stepControl(StepControl.FIXED).eta(1e-9)
                .stopping(Stopping.DEFAULT.withStall(10, 1e-6)).build();
        Summary s = new SvenSolver(o).solve(new Rosenbrock(), START);
        assertEquals(Termination.STALLED, s.termination(), s.fullReport());
        assertFalse(s.isConverged());
        assertEquals(11, s.iterations(), "stops after the first full window");
        assertTrue(s.message().startsWith("stalled"), s.message());
        assertTrue(s.finalCost() < s.initialCost(), "the best iterate is returned");
    }

    @Test
    void windowZeroTurnsTheTestOff() {
        SvenOptions o = SvenOptions.builder().stepControl(StepControl.FIXED).eta(1e-9)
                .stopping(Stopping.DEFAULT.withoutStall().withMaxIterations(150)).build();
        Summary s = new SvenSolver(o).solve(new Rosenbrock(), START);
        assertEquals(Termination.MAX_ITERATIONS, s.termination());
    }

    @Test
    void badStallSettingsAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stopping.DEFAULT.withStall(-1, 1e-6));
        assertTrue(e.getMessage().contains("stallWindow"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stopping.DEFAULT.withStall(10, 1.0));
        assertTrue(e.getMessage().contains("stallTolerance"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stopping.DEFAULT.withStall(10, Double.NaN));
        assertTrue(e.getMessage().contains("stallTolerance"), e.getMessage());
    }
}
