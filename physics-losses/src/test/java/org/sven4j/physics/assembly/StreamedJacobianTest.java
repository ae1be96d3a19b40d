package org.sven4j.physics.assembly;

import static java.lang.Math.PI;
import static java.lang.Math.sin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.JacobianOperator;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.condition.Balancing;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * The matrix-free ({@link JacobianStorage#STREAMED}) Jacobian against the dense one on every kind of condition of
 * {@link ChainRuleTest} (linear operators, κ columns, partner sets, nonlinear chain rules), with chunks small
 * enough that every condition spans several; products computed independently with EJML.
 */
class StreamedJacobianTest {

    private static PhysicsSystem system(JacobianStorage storage) {
        return PhysicsSystem.builder(ChainRuleTest.NET).conditions(ChainRuleTest.conditions())
                .coefficient("kappa", 0.7).coefficient("nu", 1.3).blockSize(37).jacobianStorage(storage).build();
    }

    private static DMatrixRMaj gaussian(int rows, int cols, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = r.nextGaussian();
        }
        return m;
    }

    @Test
    void productsEqualThoseOfTheDenseJacobian() {
        PhysicsSystem dense = system(JacobianStorage.DENSE);
        PhysicsSystem streamed = system(JacobianStorage.STREAMED);
        assertFalse(dense.isMatrixFree());
        assertTrue(streamed.isMatrixFree());
        double[] th = ChainRuleTest.parameters(dense);
        int n = dense.residualCount();
        int p = dense.parameterCount();
        double[] r = new double[n];
        DMatrixRMaj j = new DMatrixRMaj(n, p);
        dense.residualsAndJacobian(th, r, j);
        double[] rs = new double[n];
        JacobianOperator op = streamed.linearize(th, rs);
        assertNull(op.dense());
        // The values-only path may round differently from the Jacobian path (other GEMM shapes in the ansatz).
        assertArrayEquals(r, rs, 1e-14, "residuals");
        assertEquals(n, op.rows());
        assertEquals(p, op.cols());

        DMatrixRMaj v = gaussian(p, 7, 1);
        DMatrixRMaj jv = new DMatrixRMaj(n, 7);
        CommonOps_DDRM.mult(j, v, jv);
        DMatrixRMaj got = new DMatrixRMaj(n, 7);
        got.fill(Double.NaN);
        op.multiply(v, got);
        assertClose(jv, got, "J·V");

        DMatrixRMaj u = gaussian(n, 5, 2);
        DMatrixRMaj jtu = new DMatrixRMaj(p, 5);
        CommonOps_DDRM.multTransA(j, u, jtu);
        DMatrixRMaj gotT = new DMatrixRMaj(p, 5);
        gotT.fill(Double.NaN);
        op.multiplyTranspose(u, gotT);
        assertClose(jtu, gotT, "Jᵀ·U");
    }

    /** A whole solve on the streamed Jacobian (warm-started subspace SVD) lands where the dense one does. */
    @Test
    void aStreamedSolveReachesTheAccuracyOfTheDenseOne() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(16).activation(Activation.TANH).seed(1).build());
        double[] errors = new double[2];
        JacobianStorage[] storages = {JacobianStorage.DENSE, JacobianStorage.STREAMED};
        for (int i = 0; i < 2; i++) {
            PhysicsSystem sys = PhysicsSystem.builder(net).balancing(Balancing.MEAN)
                    .conditions(MlpPoissonTest.poisson(net, Balancing.MEAN).conditions())
                    .blockSize(100).jacobianStorage(storages[i]).build();
            SvenOptions o = SvenOptions.builder().rtol(1e-10).stepControl(StepControl.LEVENBERG_MARQUARDT).maxIterations(80)
                    .build();
            Summary s = new SvenSolver(o).solve(sys, sys.initialParameters(net.initialParameters()));
            errors[i] = TestPoints.relativeL2(sys, s.parameters(), TestPoints.evaluationGrid(40),
                    x -> sin(PI * x[0]) * sin(PI * x[1]));
            System.out.printf("Poisson 2-16-1, %s Jacobian: rel L2 %.3e after %d iterations (%s)%n", storages[i],
                    errors[i], s.iterations(), s.termination());
        }
        assertTrue(errors[0] < 1e-2, "dense: " + errors[0]);
        assertTrue(errors[1] < 10 * errors[0], "streamed " + errors[1] + " vs dense " + errors[0]);
    }

    private static void assertClose(DMatrixRMaj want, DMatrixRMaj got, String what) {
        double scale = CommonOps_DDRM.elementMaxAbs(want);
        for (int i = 0; i < want.data.length; i++) {
            assertEquals(want.data[i], got.data[i], 1e-13 * scale, what + " entry " + i);
        }
    }
}
