package org.sven4j.pde.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Convergence of the Allen–Cahn reference under refinement in N, h and the snapshot spacing. One
 * fine solve (N = 2048, h = 2.5e-4) serves as the yardstick; figures measured on this machine are in
 * the comments.
 */
class AllenCahnEtdrk4Test {
    private static final DoubleUnaryOperator U0 = x -> x * x * Math.cos(Math.PI * x);
    private static final double[] TIMES = {0.1, 0.25, 0.5, 0.75, 1.0};

    private static AllenCahnEtdrk4 solve(int n, int steps, int stride) {
        return new AllenCahnEtdrk4(1e-4, 5, U0, n, steps, stride, 1.0);
    }

    private static double maxDiff(AllenCahnEtdrk4 a, AllenCahnEtdrk4 b, double[] times) {
        double m = 0;
        for (double t : times) {
            for (int i = 0; i <= 400; i++) {
                double x = -1 + i / 200.0;
                m = Math.max(m, Math.abs(a.value(t, x) - b.value(t, x)));
            }
        }
        return m;
    }

    @Test
    void convergesUnderRefinementInTimeSpaceAndSnapshots() {
        AllenCahnEtdrk4 fine = solve(2048, 4000, 4);
        // Fourth order in h: 500 → 1000 steps shrinks the error about 16× (measured 3.0e-10 → 1.9e-11).
        double e500 = maxDiff(solve(2048, 500, 1), fine, TIMES);
        double e1000 = maxDiff(solve(2048, 1000, 2), fine, TIMES);
        assertTrue(e500 < 1e-9 && e1000 < 1e-10, e500 + " " + e1000);
        assertTrue(e500 / e1000 > 8, "order in h: ratio " + e500 / e1000);
        // Space: N = 1024 is within 1e-10 of N = 2048 (measured 7e-11), N = 512 visibly worse.
        double e1024 = maxDiff(solve(1024, 4000, 4), fine, TIMES);
        double e512 = maxDiff(solve(512, 4000, 4), fine, TIMES);
        assertTrue(e1024 < 2e-10, "N=1024: " + e1024);
        assertTrue(e512 > 10 * e1024, "N=512: " + e512);
        // The catalog's benchmark settings agree with the fine solve at 1e-10, also between snapshots.
        AllenCahnEtdrk4 bench = AllenCahnEtdrk4.benchmark();
        double[] between = {0.0505, 0.2345, 0.6117, 0.9995};
        assertTrue(maxDiff(bench, fine, TIMES) < 1e-10, "benchmark at snapshot times");
        assertTrue(maxDiff(bench, fine, between) < 1e-10, "benchmark between snapshots");
    }

    @Test
    void startsFromTheInitialConditionAndReachesTheKnownMetastableProfile() {
        AllenCahnEtdrk4 a = solve(1024, 200, 1);
        for (double x : new double[] {-0.9, -0.3, 0.0, 0.4, 0.77}) {
            assertEquals(U0.applyAsDouble(x), a.value(0, x), 0, "t = 0 returns u0 itself");
        }
        AllenCahnEtdrk4 b = solve(2048, 1000, 10);
        // The well-known picture: plateaus near −1 at x = ±0.7 and a bump through 0 at the centre.
        assertTrue(b.value(1, 0.7) < -0.99 && b.value(1, -0.7) < -0.99);
        assertEquals(b.value(1, 0.3), b.value(1, -0.3), 1e-12, "u stays even in x");
        assertEquals(b.value(0.5, 1.0), b.value(0.5, -1.0), 1e-12, "periodic");
        assertThrows(IllegalArgumentException.class, () -> new AllenCahnEtdrk4(1e-4, 5, U0, 1000, 10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new AllenCahnEtdrk4(1e-4, 5, U0, 1024, 10, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> b.value(1.5, 0));
    }
}
