package org.sven4j.validation.suite;

import org.sven4j.pde.catalog.AnsatzKind;
import java.time.Duration;
import java.util.List;

/** Results of short real runs on {@link TinyPoisson}, for report tests. */
public final class SuiteFixtures {
    private static List<RunResult> cached;

    private SuiteFixtures() {
    }

    /** @return sven, adam and lbfgs on the tiny MLP Poisson problem (about 2 s in all), computed once */
    public static synchronized List<RunResult> tinyResults() {
        if (cached == null) {
            SuiteRunner runner = new SuiteRunner(new TinyPoisson(), new SolverRegistry(), Progress.NONE);
            cached = runner.runAll(List.of(
                    new RunSpec(TinyPoisson.ID, AnsatzKind.MLP, SolverId.SVEN, 0, Duration.ofSeconds(1)),
                    new RunSpec(TinyPoisson.ID, AnsatzKind.MLP, SolverId.ADAM, 0, Duration.ofMillis(500)),
                    new RunSpec(TinyPoisson.ID, AnsatzKind.MLP, SolverId.LBFGS, 0, Duration.ofMillis(500))), null);
        }
        return cached;
    }
}
