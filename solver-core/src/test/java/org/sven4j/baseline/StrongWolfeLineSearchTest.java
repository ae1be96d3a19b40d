package org.sven4j.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class StrongWolfeLineSearchTest {
    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;

    /** A 1-D line search on φ with derivative dφ, as if P = 1 and d = 1. */
    private static StrongWolfeLineSearch.Result search(DoubleUnaryOperator phi, DoubleUnaryOperator dphi,
            double c2, double alpha0, int maxEvals) {
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch(C1, c2, maxEvals, 1, 1);
        LineTrial start = new LineTrial(1, 1);
        start.value = phi.applyAsDouble(0);
        start.slope = dphi.applyAsDouble(0);
        return ls.search(t -> {
            t.value = phi.applyAsDouble(t.alpha);
            t.slope = dphi.applyAsDouble(t.alpha);
        }, start, alpha0);
    }

    private static void assertWolfe(DoubleUnaryOperator phi, DoubleUnaryOperator dphi, double c2, double a) {
        double f0 = phi.applyAsDouble(0);
        double g0 = dphi.applyAsDouble(0);
        assertTrue(phi.applyAsDouble(a) <= f0 + C1 * a * g0, "sufficient decrease");
        assertTrue(Math.abs(dphi.applyAsDouble(a)) <= -c2 * g0, "curvature");
    }

    @Test
    void extrapolatesWhenTheFirstStepIsTooShort() {
        DoubleUnaryOperator phi = a -> (a - 10) * (a - 10);
        DoubleUnaryOperator dphi = a -> 2 * (a - 10);
        var r = search(phi, dphi, 0.1, 0.01, 25);
        assertEquals(StrongWolfeLineSearch.Status.WOLFE, r.status());
        assertWolfe(phi, dphi, 0.1, r.point().alpha);
    }

    @Test
    void zoomsWhenTheFirstStepIsTooLong() {
        DoubleUnaryOperator phi = a -> Math.pow(a - 0.3, 4) - 0.3 * a;
        DoubleUnaryOperator dphi = a -> 4 * Math.pow(a - 0.3, 3) - 0.3;
        var r = search(phi, dphi, 0.1, 5, 25);
        assertEquals(StrongWolfeLineSearch.Status.WOLFE, r.status());
        assertWolfe(phi, dphi, 0.1, r.point().alpha);
    }

    @Test
    void backsAwayFromNaN() {
        DoubleUnaryOperator phi = a -> a > 0.5 ? Double.NaN : (a - 1) * (a - 1);
        DoubleUnaryOperator dphi = a -> a > 0.5 ? Double.NaN : 2 * (a - 1);
        var r = search(phi, dphi, C2, 1, 25);
        assertTrue(r.point().alpha > 0 && r.point().alpha <= 0.5, "alpha " + r.point().alpha);
        assertTrue(r.point().value < 1);
    }

    @Test
    void reportsFailureWhenNothingDecreases() {
        // φ'(0) < 0 is claimed but φ rises immediately (an inconsistent gradient)
        var r = search(a -> a, a -> -1, C2, 1, 10);
        assertEquals(StrongWolfeLineSearch.Status.FAILED, r.status());
        assertEquals(10, r.evaluations());
        assertEquals(0, r.point().alpha);
    }

    @Test
    void cubicMinimiserIsExactForACubic() {
        // φ(a) = a³ − 3a, minimiser at a = 1
        LineTrial p = trial(0, 0, -3);
        LineTrial q = trial(2, 2, 9);
        assertEquals(1.0, StrongWolfeLineSearch.cubicMinimiser(p, q), 1e-14);
        assertEquals(1.0, StrongWolfeLineSearch.cubicMinimiser(q, p), 1e-14);
    }

    private static LineTrial trial(double a, double f, double d) {
        LineTrial t = new LineTrial(1, 1);
        t.alpha = a;
        t.value = f;
        t.slope = d;
        return t;
    }
}
