package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.testproblems.MghProblem;
import org.sven4j.testproblems.MghProblems;

/**
 * Sven with default options from the Moré–Garbow–Hillstrom standard starts reaches the known minimum
 * cost (or the documented local minimum where one exists, e.g. Freudenstein–Roth's 48.98…/2).
 */
class SvenMghTest {

    static Stream<MghProblem> problems() {
        return MghProblems.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void reachesTheKnownMinimum(MghProblem problem) {
        Summary s = new SvenSolver(SvenOptions.builder().stopping(Stopping.DEFAULT.withMaxIterations(5000)).build())
                .solve(problem.system(), problem.start());
        double target = problem.minimumCost();
        boolean atGlobal = s.finalCost() <= target + 1e-8 * Math.max(1.0, target);
        Double local = problem.alternativeMinimumCost();
        boolean atLocal = local != null && Math.abs(s.finalCost() - local) <= 1e-8 * Math.max(1.0, local);
        assertTrue(atGlobal || atLocal, problem.name() + ": cost " + s.finalCost() + ", known minimum " + target
                + (local == null ? "" : " (local " + local + ")") + "\n" + s.fullReport());
        if (problem.minimiserUnique() && atGlobal && problem.minimiser() != null && target == 0.0) {
            double[] x = s.parameters();
            double[] xs = problem.minimiser();
            for (int i = 0; i < x.length; i++) {
                assertTrue(Math.abs(x[i] - xs[i]) <= 1e-6 * Math.max(1.0, Math.abs(xs[i])),
                        problem.name() + ": x[" + i + "] = " + x[i] + ", expected " + xs[i]);
            }
        }
    }
}
