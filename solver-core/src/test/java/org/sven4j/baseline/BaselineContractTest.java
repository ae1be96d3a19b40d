package org.sven4j.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.IterationRecord;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/** The {@link org.sven4j.lsq.LeastSquaresSolver} contract, checked for every baseline. */
class BaselineContractTest {

    private static Stopping iterations(int n) {
        return Stopping.DEFAULT.withMaxIterations(n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void historyMatchesIterationsAndCallbacksSeeEachIterationOnce(String name, Solvers.Factory f) {
        List<IterationRecord> seen = new ArrayList<>();
        Summary s = f.make(iterations(40), List.of(IterationCallback.observer(seen::add))).solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertEquals(name, s.solver());
        assertTrue(s.iterations() > 0);
        assertEquals(s.iterations(), s.history().size());
        assertEquals(s.history(), seen);
        for (int i = 0; i < seen.size(); i++) {
            IterationRecord r = seen.get(i);
            assertEquals(i + 1, r.iteration(), "iterations are numbered 1, 2, ...");
            assertEquals(-1, r.rank());
            assertEquals(0, r.singularValues().length);
            assertEquals(1, r.blockCosts().length);
            if (r.accepted()) {
                assertEquals(r.cost(), r.blockCosts()[0], 1e-15 * Math.max(1, r.cost()));
            }
            if (i > 0) {
                assertTrue(r.elapsedSeconds() >= seen.get(i - 1).elapsedSeconds());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void returnsTheBestIterateWithItsCost(String name, Solvers.Factory f) {
        ResidualSystem sys = TestSystems.rosenbrock();
        Summary s = f.make(iterations(30), List.of()).solve(sys, TestSystems.ROSENBROCK_START);
        assertEquals(TestSystems.cost(sys, TestSystems.ROSENBROCK_START), s.initialCost(), 0.0);
        assertEquals(TestSystems.cost(sys, s.parameters()), s.finalCost(), 0.0);
        double minHistory = s.history().stream().mapToDouble(IterationRecord::cost).min().orElseThrow();
        assertEquals(Math.min(minHistory, s.initialCost()), s.finalCost(), 0.0);
        assertTrue(s.finalCost() < s.initialCost(), "made progress");
        assertTrue(s.jacobianEvaluations() > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void stopsAtMaxIterations(String name, Solvers.Factory f) {
        Summary s = f.make(iterations(2), List.of()).solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertEquals(Termination.MAX_ITERATIONS, s.termination(), s.message());
        assertEquals(2, s.iterations());
        assertEquals(2, s.history().size());
        Summary none = f.make(iterations(0), List.of()).solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertEquals(Termination.MAX_ITERATIONS, none.termination());
        assertEquals(0, none.iterations());
        assertArrayEquals(TestSystems.EXP_START, none.parameters());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void stopsWhenTheTimeBudgetIsSpent(String name, Solvers.Factory f) {
        Summary s = f.make(Stopping.DEFAULT.withTimeBudget(Duration.ZERO), List.of())
                .solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertEquals(Termination.TIME_BUDGET, s.termination(), s.message());
        assertEquals(0, s.iterations());
        assertArrayEquals(TestSystems.EXP_START, s.parameters());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void stopsWhenTheTimeBudgetRunsOutMidRun(String name, Solvers.Factory f) {
        Stopping st = Stopping.DEFAULT.withMaxIterations(100_000).withTimeBudget(Duration.ofMillis(40))
                .withFunctionTolerance(0).withStepTolerance(0);
        ResidualSystem slow = TestSystems.slow(TestSystems.rosenbrock(), 3);
        Summary s = f.make(st, List.of()).solve(slow, TestSystems.ROSENBROCK_START);
        // Gauss–Newton solves Rosenbrock exactly in two steps, before the budget can run out.
        if (!name.equals("hipparchus-gn")) {
            assertEquals(Termination.TIME_BUDGET, s.termination(), s.message());
        }
        assertTrue(s.iterations() < 100_000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void interruptionEndsTheSolve(String name, Solvers.Factory f) {
        try {
            Summary s = f.make(iterations(1000), List.of(IterationCallback.observer(r -> {
                if (r.iteration() == 2) {
                    Thread.currentThread().interrupt();
                }
            }))).solve(TestSystems.expFit(), TestSystems.EXP_START);
            assertEquals(Termination.INTERRUPTED, s.termination(), s.message());
            assertEquals(2, s.iterations());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is left set");
        } finally {
            Thread.interrupted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void aCallbackSeesTheIterateAndCanStopTheSolve(String name, Solvers.Factory f) {
        ResidualSystem sys = TestSystems.expFit();
        List<double[]> thetas = new ArrayList<>();
        Summary s = f.make(iterations(1000), List.of((r, theta) -> {
            thetas.add(theta.toArray());
            return r.iteration() == 3 ? IterationCallback.Decision.STOP : IterationCallback.Decision.CONTINUE;
        })).solve(sys, TestSystems.EXP_START);
        assertEquals(Termination.USER_REQUESTED, s.termination(), s.message());
        assertFalse(s.termination().isConverged());
        assertTrue(s.message().contains("callback 0 asked to stop after iteration 3"), s.message());
        assertEquals(3, s.iterations());
        assertEquals(3, s.history().size());
        for (int i = 0; i < 3; i++) {
            double recorded = s.history().get(i).cost();
            assertEquals(recorded, TestSystems.cost(sys, thetas.get(i)), 1e-12 * Math.max(1, recorded),
                    "the callback's theta is the iterate after iteration " + (i + 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void aCallbackThatThrowsEndsTheSolveAndKeepsItsHistory(String name, Solvers.Factory f) {
        Summary s = f.make(iterations(1000), List.of((r, theta) -> {
            if (r.iteration() == 2) {
                throw new AssertionError("boom");
            }
            return IterationCallback.Decision.CONTINUE;
        })).solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertEquals(Termination.FAILURE, s.termination(), s.message());
        assertTrue(s.message().contains("iteration callback 0 threw java.lang.AssertionError: boom"), s.message());
        assertEquals(2, s.iterations());
        assertEquals(2, s.history().size());
        assertTrue(s.finalCost() <= s.history().get(1).cost());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void nanRegionMidRunDoesNotCrashAndKeepsTheBestIterate(String name, Solvers.Factory f) {
        ResidualSystem sys = TestSystems.nanBeyond();
        Summary s = f.make(iterations(2000), List.of()).solve(sys, new double[] {0, 0});
        double[] best = s.parameters();
        assertTrue(best[0] <= 2, "best iterate is in the finite region");
        assertTrue(Double.isFinite(s.finalCost()));
        assertEquals(TestSystems.cost(sys, best), s.finalCost(), 0.0);
        assertEquals(s.iterations(), s.history().size());
        if (name.equals("hipparchus-gn")) {
            // the undamped first step lands in the NaN region: nothing better than θ₀ was seen
            assertEquals(Termination.DIVERGED, s.termination(), s.message());
            assertEquals(s.initialCost(), s.finalCost(), 0.0);
        } else {
            assertTrue(s.finalCost() < s.initialCost());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void anExceptionFromTheSystemEndsInFailure(String name, Solvers.Factory f) {
        ResidualSystem sys = TestSystems.throwingAfter(TestSystems.expFit(), 6);
        Summary s = f.make(iterations(1000), List.of()).solve(sys, TestSystems.EXP_START);
        assertEquals(Termination.FAILURE, s.termination(), s.message());
        assertTrue(s.message().contains("simulated failure"), s.message());
        assertTrue(s.finalCost() <= s.initialCost());
        assertEquals(s.iterations(), s.history().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void badInputThrows(String name, Solvers.Factory f) {
        var solver = f.make(Stopping.DEFAULT, List.of());
        assertThrows(IllegalArgumentException.class, () -> solver.solve(TestSystems.expFit(), new double[2]));
        assertThrows(IllegalArgumentException.class,
                () -> solver.solve(TestSystems.expFit(), new double[] {1, Double.NaN, 0}));
        var e = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(TestSystems.nanBeyond(), new double[] {5, 0}));
        assertTrue(e.getMessage().contains("r[0]"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void isDeterministic(String name, Solvers.Factory f) {
        Summary a = f.make(iterations(200), List.of()).solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        Summary b = f.make(iterations(200), List.of()).solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        assertArrayEquals(a.parameters(), b.parameters(), 0.0);
        assertEquals(a.iterations(), b.iterations());
        assertEquals(a.termination(), b.termination());
        for (int i = 0; i < a.history().size(); i++) {
            assertEquals(Double.doubleToRawLongBits(a.history().get(i).cost()),
                    Double.doubleToRawLongBits(b.history().get(i).cost()));
        }
        assertEquals(a.jacobianEvaluations(), b.jacobianEvaluations());
        assertEquals(a.residualEvaluations(), b.residualEvaluations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.sven4j.baseline.Solvers#all")
    void zeroInitialCostConvergesAtOnce(String name, Solvers.Factory f) {
        Summary s = f.make(Stopping.DEFAULT, List.of()).solve(TestSystems.expFit(), TestSystems.EXP_TRUE.clone());
        assertEquals(Termination.COST_TOLERANCE, s.termination(), s.message());
        assertEquals(0, s.iterations());
        assertTrue(s.history().isEmpty());
        assertArrayEquals(TestSystems.EXP_TRUE, s.parameters(), 0.0);
    }
}
