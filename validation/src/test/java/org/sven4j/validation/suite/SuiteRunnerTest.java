package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuiteRunnerTest {
    private final SuiteRunner runner = new SuiteRunner(new TinyPoisson(), new SolverRegistry(), Progress.NONE);

    private static RunSpec spec(AnsatzKind a, SolverId s, double seconds) {
        return new RunSpec(TinyPoisson.ID, a, s, 0, Duration.ofMillis((long) (seconds * 1000)));
    }

    @Test
    void svenSolvesTheSpectralPoissonToSpectralAccuracyAndRecordsEverything() {
        RunResult r = runner.run(spec(AnsatzKind.CHEBYSHEV, SolverId.SVEN, 5));
        assertTrue(r.ran());
        assertEquals(81, r.parameters(), "degree 8 in x and y: 9 x 9 coefficients");
        assertTrue(r.relativeL2() < 1e-4, "8x8 Chebyshev error " + r.relativeL2());
        assertTrue(r.maxAbsError() < 1e-4, "max abs " + r.maxAbsError());
        assertTrue(r.status().endsWith("tolerance") || r.status().equals("no_progress"), r.status() + ": " + r.message());
        HistoryPoint first = r.history().get(0);
        HistoryPoint last = r.history().get(r.history().size() - 1);
        assertEquals(0, first.iteration());
        assertTrue(first.relativeL2() > 0.5, "θ0 = 0 has error 1, got " + first.relativeL2());
        assertEquals(r.iterations(), last.iteration());
        assertEquals(r.relativeL2(), last.relativeL2());
        assertFalse(r.spectra().isEmpty(), "sven records its singular values");
        assertNotNull(r.map());
        assertEquals(SuiteRunner.MAP_NODES, r.map().x().length);
        assertTrue(r.settings().contains("line search"), r.settings());
    }

    @Test
    void everySolverRunsOnTheSameStartAndAdamStaysBehindSven() {
        List<RunResult> results = runner.runAll(List.of(spec(AnsatzKind.MLP, SolverId.SVEN, 2),
                spec(AnsatzKind.MLP, SolverId.ADAM, 0.5), spec(AnsatzKind.MLP, SolverId.LBFGS, 0.5),
                spec(AnsatzKind.MLP, SolverId.ADAM_LBFGS, 0.5), spec(AnsatzKind.MLP, SolverId.SVEN_LM, 0.5),
                spec(AnsatzKind.MLP, SolverId.HIPPARCHUS_LM, 0.5)), null);
        assertEquals(6, results.size());
        double start = results.get(0).history().get(0).loss();
        for (RunResult r : results) {
            assertTrue(r.ran(), r.spec().label() + " " + r.status());
            assertEquals(start, r.history().get(0).loss(), 0.0, "same θ0 and points for " + r.spec().solver());
            assertTrue(r.iterations() > 0, r.spec().label() + " ran no iteration");
        }
        assertTrue(results.get(0).relativeL2() < results.get(1).relativeL2(),
                "sven " + results.get(0).relativeL2() + " vs adam " + results.get(1).relativeL2());
    }

    @Test
    void anAnsatzThatDoesNotFitIsSkippedWithItsReason() {
        RunResult r = runner.run(spec(AnsatzKind.FOURIER, SolverId.SVEN, 1));
        assertFalse(r.ran());
        assertTrue(r.status().startsWith("skipped: "), r.status());
        assertTrue(r.status().contains("fourier"), r.status());
    }

    @Test
    void cancelInterruptsTheRunningSolveKeepsItAndSkipsTheRest() {
        List<RunResult> seen = new ArrayList<>();
        SuiteRunner[] holder = new SuiteRunner[1];
        Progress cancelAtTen = new Progress() {
            @Override
            public void iteration(int iteration, double loss, double relativeL2, double seconds) {
                if (iteration == 10) {
                    holder[0].cancel();
                }
            }
        };
        holder[0] = new SuiteRunner(new TinyPoisson(), new SolverRegistry(), cancelAtTen);
        List<RunResult> results = holder[0].runAll(List.of(spec(AnsatzKind.MLP, SolverId.ADAM, 30),
                spec(AnsatzKind.MLP, SolverId.LBFGS, 30)), seen::add);
        assertEquals(1, results.size());
        assertEquals(results, seen);
        assertEquals("interrupted", results.get(0).status());
        assertTrue(results.get(0).iterations() <= 11, "stopped at " + results.get(0).iterations());
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt flag is cleared");
        assertTrue(holder[0].isCancelled());
    }

    @Test
    void hipparchusIsSkippedWhenTheJacobianIsTooLarge() {
        ConfiguredSolver c = new SolverRegistry().create(SolverId.HIPPARCHUS_LM, "x", AnsatzKind.MLP, 10_000, 1_000,
                Duration.ofSeconds(1), (r, theta) -> org.sven4j.lsq.IterationCallback.Decision.CONTINUE);
        assertTrue(c.skipped());
        assertEquals(SolverRegistry.SKIPPED_TOO_LARGE, c.skipReason());
    }
}
