package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sven4j.linalg.Backend;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/** Sven's side of the solver contract: callbacks, composable options, the options' linear algebra. */
class SvenCallbackTest {
    private static final double[] START = {-1.2, 1.0};

    private static double cost(double[] theta) {
        double[] r = new double[2];
        new Rosenbrock().residuals(theta, r);
        return 0.5 * (r[0] * r[0] + r[1] * r[1]);
    }

    @Test
    void aCallbackSeesTheIterateAfterEachIterationAndCanStop() {
        List<double[]> thetas = new ArrayList<>();
        Summary s = new SvenSolver(SvenOptions.builder().callback((r, theta) -> {
            thetas.add(theta.toArray());
            return r.iteration() == 4 ? IterationCallback.Decision.STOP : IterationCallback.Decision.CONTINUE;
        }).build()).solve(new Rosenbrock(), START);
        assertEquals(Termination.USER_REQUESTED, s.termination(), s.message());
        assertFalse(s.termination().isConverged());
        assertEquals(4, s.iterations());
        assertEquals(4, thetas.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(s.history().get(i).cost(), cost(thetas.get(i)), 0.0, "iteration " + (i + 1));
        }
        assertArrayEquals(thetas.get(3), s.parameters(), 0.0, "the trust region never raises the cost");
    }

    @Test
    void laterCallbacksAreSkippedOnceOneStops() {
        int[] calls = new int[2];
        Summary s = new SvenSolver(SvenOptions.builder()
                .callback((r, theta) -> {
                    calls[0]++;
                    return IterationCallback.Decision.STOP;
                })
                .callback(IterationCallback.observer(r -> calls[1]++))
                .build()).solve(new Rosenbrock(), START);
        assertEquals(Termination.USER_REQUESTED, s.termination());
        assertArrayEquals(new int[] {1, 0}, calls);
    }

    @Test
    void aThrowingCallbackIsNamedAndTheHistoryKept() {
        Summary s = new SvenSolver(SvenOptions.builder().callback((r, theta) -> {
            throw new IllegalStateException("plotting failed");
        }).build()).solve(new Rosenbrock(), START);
        assertEquals(Termination.FAILURE, s.termination());
        assertTrue(s.message().startsWith("iteration callback 0 threw java.lang.IllegalStateException: plotting failed"),
                s.message());
        assertEquals(1, s.history().size());
        assertTrue(s.finalCost() < cost(START));
    }

    @Test
    void singleCriteriaOverrideTheBaseStoppingWhateverTheOrder() {
        Stopping base = Stopping.DEFAULT.withMaxIterations(7).withStepTolerance(1e-9);
        SvenOptions a = SvenOptions.builder().stopping(base).maxIterations(50).functionTolerance(1e-12).build();
        SvenOptions b = SvenOptions.builder().maxIterations(50).functionTolerance(1e-12).stopping(base).build();
        assertEquals(a.stopping(), b.stopping());
        assertEquals(50, a.stopping().maxIterations());
        assertEquals(1e-12, a.stopping().functionTolerance());
        assertEquals(1e-9, a.stopping().stepTolerance());
        SvenOptions c = a.toBuilder().timeBudget(Duration.ofSeconds(3)).withoutStall().build();
        assertEquals(50, c.stopping().maxIterations());
        assertEquals(Duration.ofSeconds(3), c.stopping().timeBudget());
        assertEquals(0, c.stopping().stallWindow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SvenOptions.builder().stepTolerance(-1).build());
        assertTrue(e.getMessage().contains("stepTolerance"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SvenOptions.builder().callback(null));
    }

    @Test
    void theOptionsLinearAlgebraReachesTheDefaultSvd() {
        LinearAlgebra java = LinearAlgebra.of(Backend.JAVA);
        SvenOptions o = SvenOptions.builder().linearAlgebra(java).build();
        assertSame(java, o.linearAlgebra());
        assertSame(java, ((org.sven4j.svd.AutoSvd) o.svd()).linearAlgebra());
        assertSame(java, o.toBuilder().build().linearAlgebra());
        Summary s = new SvenSolver(o).solve(new Rosenbrock(), START);
        assertTrue(s.termination().isConverged(), s.message());
        assertArrayEquals(new double[] {1, 1}, s.parameters(), 1e-10);
    }
}
