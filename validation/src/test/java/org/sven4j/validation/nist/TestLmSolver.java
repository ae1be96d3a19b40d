package org.sven4j.validation.nist;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.SolveRecorder;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/**
 * Test-only solver for exercising the NIST runner and CLI: Hipparchus' Levenberg–Marquardt
 * (a MINPACK lmder port) on model r(θ) with target 0. Not the project's baseline adapter.
 */
final class TestLmSolver implements LeastSquaresSolver {
    private final String name;

    TestLmSolver(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Summary solve(ResidualSystem system, double[] initialParameters) {
        SolveRecorder rec = new SolveRecorder(name, system, initialParameters, Stopping.DEFAULT, List.of());
        int n = system.residualCount();
        int p = system.parameterCount();
        double[] r0 = new double[n];
        system.residuals(initialParameters, r0);
        rec.start(initialParameters, r0);
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(initialParameters)
                .target(new double[n])
                .model(point -> {
                    double[] r = new double[n];
                    DMatrixRMaj j = new DMatrixRMaj(n, p);
                    system.residualsAndJacobian(point.toArray(), r, j);
                    double[][] rows = new double[n][p];
                    for (int i = 0; i < n; i++) {
                        System.arraycopy(j.data, i * p, rows[i], 0, p);
                    }
                    return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(rows, false));
                })
                .maxEvaluations(10_000)
                .maxIterations(1_000)
                .build();
        LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-14)
                .withParameterRelativeTolerance(1e-14)
                .withOrthoTolerance(1e-14);
        try {
            LeastSquaresOptimizer.Optimum opt = lm.optimize(problem);
            double[] theta = opt.getPoint().toArray();
            double[] r = new double[n];
            system.residuals(theta, r);
            rec.offer(theta, SolveRecorder.halfSquaredNorm(r));
            return rec.finish(opt.getIterations(), Termination.FUNCTION_TOLERANCE, "Hipparchus LM converged");
        } catch (MathIllegalStateException e) {
            return rec.finish(0, Termination.FAILURE, "Hipparchus LM: " + e.getMessage());
        }
    }
}
