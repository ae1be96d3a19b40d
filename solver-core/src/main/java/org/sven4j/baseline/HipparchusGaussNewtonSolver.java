package org.sven4j.baseline;

import org.hipparchus.linear.MatrixDecomposer;
import org.hipparchus.linear.QRDecomposer;
import org.hipparchus.linear.SingularValueDecomposer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.GaussNewtonOptimizer;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Summary;

/**
 * Hipparchus' {@link GaussNewtonOptimizer}: undamped steps δ = −J⁺r (QR or SVD, O(N·P²)), no line
 * search, so it can diverge; non-finite residuals end the solve DIVERGED with the best iterate. Each
 * iteration is one {@link ResidualSystem#residualsAndJacobian} call. A singular J with QR ends in FAILURE.
 */
public final class HipparchusGaussNewtonSolver implements LeastSquaresSolver {
    private final HipparchusGnOptions options;

    public HipparchusGaussNewtonSolver(HipparchusGnOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    public HipparchusGaussNewtonSolver() {
        this(HipparchusGnOptions.DEFAULT);
    }

    public HipparchusGnOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "hipparchus-gn";
    }

    @Override
    public Summary solve(ResidualSystem system, double[] initialParameters) {
        MatrixDecomposer decomposer = switch (options.decomposition()) {
            case QR -> new QRDecomposer(options.singularityThreshold());
            case SVD -> new SingularValueDecomposer();
        };
        GaussNewtonOptimizer gn = new GaussNewtonOptimizer(decomposer, options.formNormalEquations());
        return new HipparchusRun(name(), gn, false, options.maxEvaluations(), options.stopping(), options.callbacks(),
                1.0).solve(system, initialParameters);
    }
}
