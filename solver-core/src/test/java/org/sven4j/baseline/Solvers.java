package org.sven4j.baseline;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.Stopping;

/** Factories for every baseline, for parameterised contract tests. */
final class Solvers {
    private Solvers() {
    }

    @FunctionalInterface
    interface Factory {
        LeastSquaresSolver make(Stopping stopping, List<IterationCallback> callbacks);
    }

    static LeastSquaresSolver adam(Stopping s, List<IterationCallback> l) {
        return new AdamSolver(AdamOptions.builder().learningRate(1e-2).stopping(s).callbacks(l).build());
    }

    static LeastSquaresSolver lbfgs(Stopping s, List<IterationCallback> l) {
        return new LbfgsSolver(LbfgsOptions.builder().stopping(s).callbacks(l).build());
    }

    static LeastSquaresSolver adamLbfgs(Stopping s, List<IterationCallback> l) {
        return SequentialSolver.adamThenLbfgs(AdamOptions.builder().learningRate(1e-2).build(), LbfgsOptions.DEFAULT,
                0.3, s, l);
    }

    static LeastSquaresSolver lm(Stopping s, List<IterationCallback> l) {
        return new HipparchusLevenbergMarquardtSolver(HipparchusLmOptions.builder().stopping(s).callbacks(l).build());
    }

    static LeastSquaresSolver gn(Stopping s, List<IterationCallback> l) {
        return new HipparchusGaussNewtonSolver(HipparchusGnOptions.builder().stopping(s).callbacks(l).build());
    }

    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of("adam", (Factory) Solvers::adam),
                Arguments.of("lbfgs", (Factory) Solvers::lbfgs),
                Arguments.of("adam-lbfgs", (Factory) Solvers::adamLbfgs),
                Arguments.of("hipparchus-lm", (Factory) Solvers::lm),
                Arguments.of("hipparchus-gn", (Factory) Solvers::gn));
    }
}
