package org.sven4j.baseline;

import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Summary;

/**
 * Hipparchus' {@link LevenbergMarquardtOptimizer} (a port of MINPACK's {@code lmder}: trust region,
 * column-pivoted QR of J, O(N·P²) per iteration) behind {@link LeastSquaresSolver}. Trial points cost a
 * residual evaluation only; J is evaluated at accepted points. One history record per accepted step;
 * λ is not exposed by Hipparchus and is reported as NaN. Time outside the residual system (QR, λ
 * search) is charged to {@link org.sven4j.lsq.Phase#UPDATE}.
 */
public final class HipparchusLevenbergMarquardtSolver implements LeastSquaresSolver {
    private final HipparchusLmOptions options;

    public HipparchusLevenbergMarquardtSolver(HipparchusLmOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    public HipparchusLevenbergMarquardtSolver() {
        this(HipparchusLmOptions.DEFAULT);
    }

    public HipparchusLmOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "hipparchus-lm";
    }

    @Override
    public Summary solve(ResidualSystem system, double[] initialParameters) {
        LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(options.costRelativeTolerance())
                .withParameterRelativeTolerance(options.parameterRelativeTolerance())
                .withOrthoTolerance(options.orthoTolerance())
                .withInitialStepBoundFactor(options.initialStepBoundFactor())
                .withRankingThreshold(options.rankingThreshold());
        return new HipparchusRun(name(), lm, true, options.maxEvaluations(), options.stopping(), options.callbacks(),
                Double.NaN).solve(system, initialParameters);
    }
}
