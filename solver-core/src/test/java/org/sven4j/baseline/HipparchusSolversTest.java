package org.sven4j.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.SolveRecorder;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

class HipparchusSolversTest {

    private static final double[] EXP_POINT = {1.7, -0.8, 0.2};

    private static SolveRecorder recorder(ResidualSystem sys, double[] theta0) {
        return new SolveRecorder("test", sys, theta0, Stopping.DEFAULT, List.of());
    }

    @Test
    void hipparchusSeesResidualsMinusRAndJacobianJ() {
        ResidualSystem sys = TestSystems.expFit();
        double[] r0 = new double[sys.residualCount()];
        sys.residuals(TestSystems.EXP_START, r0);
        double[] r = new double[sys.residualCount()];
        DMatrixRMaj j = new DMatrixRMaj(sys.residualCount(), sys.parameterCount());
        sys.residualsAndJacobian(EXP_POINT, r, j);
        for (boolean lazy : new boolean[] {true, false}) {
            HipparchusModel model = new HipparchusModel(sys, recorder(sys, TestSystems.EXP_START), !lazy,
                    TestSystems.EXP_START, r0);
            LeastSquaresBuilder b = new LeastSquaresBuilder().start(TestSystems.EXP_START)
                    .target(new double[sys.residualCount()]).maxIterations(10).maxEvaluations(10).lazyEvaluation(lazy);
            if (lazy) {
                b.model(model.valueFunction(), model.jacobianFunction());
            } else {
                b.model(model);
            }
            LeastSquaresProblem.Evaluation e = b.build().evaluate(new org.hipparchus.linear.ArrayRealVector(EXP_POINT));
            RealVector res = e.getResiduals();
            RealMatrix jac = e.getJacobian();
            for (int i = 0; i < r.length; i++) {
                assertEquals(-r[i], res.getEntry(i), 0.0, "Hipparchus residual = target - model = -r");
                for (int k = 0; k < 3; k++) {
                    assertEquals(j.get(i, k), jac.getEntry(i, k), 0.0, "Hipparchus Jacobian = dr/dtheta");
                }
            }
        }
    }

    @Test
    void modelJacobianMatchesCentralDifferencesOfTheModelValue() {
        ResidualSystem sys = TestSystems.expFit();
        double[] r0 = new double[sys.residualCount()];
        sys.residuals(TestSystems.EXP_START, r0);
        HipparchusModel model = new HipparchusModel(sys, recorder(sys, TestSystems.EXP_START), false,
                TestSystems.EXP_START, r0);
        double[][] jac = model.jacobianFunction().value(EXP_POINT);
        double h = 1e-6;
        for (int k = 0; k < 3; k++) {
            double[] plus = EXP_POINT.clone();
            double[] minus = EXP_POINT.clone();
            plus[k] += h;
            minus[k] -= h;
            double[] fp = model.valueFunction().value(plus);
            double[] fm = model.valueFunction().value(minus);
            for (int i = 0; i < fp.length; i++) {
                assertEquals((fp[i] - fm[i]) / (2 * h), jac[i][k], 1e-7);
            }
        }
    }

    @Test
    void oneGaussNewtonStepSolvesALinearProblem() {
        // a wrong sign would step to 2·θ₀ − x* instead of x*
        double[] theta0 = {1, -2, 0.5};
        Summary s = new HipparchusGaussNewtonSolver(HipparchusGnOptions.builder()
                .stopping(Stopping.DEFAULT.withMaxIterations(1)).build()).solve(TestSystems.linear(), theta0);
        assertEquals(1, s.iterations());
        assertArrayEquals(TestSystems.linearSolution(), s.parameters(), 1e-12);
    }

    @Test
    void levenbergMarquardtReachesFullAccuracy() {
        var lm = new HipparchusLevenbergMarquardtSolver();
        Summary rosen = lm.solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        assertTrue(rosen.isConverged(), rosen.toString());
        assertTrue(TestSystems.maxDiff(rosen.parameters(), new double[] {1, 1}) < 1e-10, rosen.toString());
        Summary lin = lm.solve(TestSystems.linear(), new double[3]);
        assertTrue(lin.isConverged(), lin.toString());
        assertTrue(TestSystems.maxDiff(lin.parameters(), TestSystems.linearSolution()) < 1e-12, lin.toString());
        Summary exp = lm.solve(TestSystems.expFit(), TestSystems.EXP_START);
        assertTrue(exp.isConverged(), exp.toString());
        assertTrue(TestSystems.maxDiff(exp.parameters(), TestSystems.EXP_TRUE) < 1e-12, exp.toString());
        assertTrue(exp.iterations() < 30);
        // trial points cost residuals only; the Jacobian is evaluated once per accepted point at most
        assertTrue(exp.jacobianEvaluations() <= exp.iterations() + 1, exp.fullReport());
    }

    @Test
    void gaussNewtonReachesFullAccuracy() {
        for (HipparchusGnOptions.Decomposition d : HipparchusGnOptions.Decomposition.values()) {
            var gn = new HipparchusGaussNewtonSolver(HipparchusGnOptions.builder().decomposition(d).build());
            Summary exp = gn.solve(TestSystems.expFit(), TestSystems.EXP_START);
            assertTrue(exp.isConverged(), d + " " + exp);
            assertTrue(TestSystems.maxDiff(exp.parameters(), TestSystems.EXP_TRUE) < 1e-12, d + " " + exp);
            Summary rosen = gn.solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
            assertTrue(TestSystems.maxDiff(rosen.parameters(), new double[] {1, 1}) < 1e-12, d + " " + rosen);
        }
    }

    @Test
    void evaluationBudgetEndsAsMaxIterations() {
        Summary s = new HipparchusLevenbergMarquardtSolver(HipparchusLmOptions.builder().maxEvaluations(4).build())
                .solve(TestSystems.rosenbrock(), TestSystems.ROSENBROCK_START);
        assertEquals(Termination.MAX_ITERATIONS, s.termination(), s.message());
        assertTrue(s.message().contains("maxEvaluations"), s.message());
        assertEquals(s.iterations(), s.history().size());
        assertTrue(s.finalCost() < s.initialCost());
    }

    @Test
    void singularJacobianWithQrIsAFailure() {
        ResidualSystem singular = new ResidualSystem() {
            @Override public int parameterCount() { return 2; }

            @Override public int residualCount() { return 2; }

            @Override
            public void residuals(double[] x, double[] r) {
                r[0] = x[0] + x[1] - 1;
                r[1] = 2 * (x[0] + x[1]) - 3;
            }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                residuals(x, r);
                j.set(0, 0, 1);
                j.set(0, 1, 1);
                j.set(1, 0, 2);
                j.set(1, 1, 2);
            }
        };
        Summary s = new HipparchusGaussNewtonSolver().solve(singular, new double[] {0, 0});
        assertEquals(Termination.FAILURE, s.termination(), s.message());
        assertEquals(s.iterations(), s.history().size());
    }

    @Test
    void badOptionsThrow() {
        assertThrows(IllegalArgumentException.class, () -> HipparchusLmOptions.builder().costRelativeTolerance(-1).build());
        assertThrows(IllegalArgumentException.class,
                () -> HipparchusLmOptions.builder().parameterRelativeTolerance(Double.NaN).build());
        assertThrows(IllegalArgumentException.class,
                () -> HipparchusLmOptions.builder().orthoTolerance(Double.POSITIVE_INFINITY).build());
        assertThrows(IllegalArgumentException.class, () -> HipparchusLmOptions.builder().initialStepBoundFactor(0).build());
        assertThrows(IllegalArgumentException.class, () -> HipparchusLmOptions.builder().rankingThreshold(-1).build());
        assertThrows(IllegalArgumentException.class, () -> HipparchusLmOptions.builder().maxEvaluations(0).build());
        assertThrows(IllegalArgumentException.class, () -> HipparchusLmOptions.builder().stopping(null).build());
        assertThrows(IllegalArgumentException.class, () -> HipparchusGnOptions.builder().decomposition(null).build());
        assertThrows(IllegalArgumentException.class, () -> HipparchusGnOptions.builder().singularityThreshold(-1).build());
        assertThrows(IllegalArgumentException.class, () -> HipparchusGnOptions.builder().maxEvaluations(0).build());
        assertThrows(IllegalArgumentException.class, () -> new HipparchusLevenbergMarquardtSolver(null));
        assertThrows(IllegalArgumentException.class, () -> new HipparchusGaussNewtonSolver(null));
    }
}
