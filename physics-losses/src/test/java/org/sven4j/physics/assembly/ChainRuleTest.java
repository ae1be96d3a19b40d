package org.sven4j.physics.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.lsq.JacobianCheck;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.PointSet;

/**
 * Every Jacobian entry of the assembled system (θ and κ columns, linear fast paths and nonlinear
 * Gradient chain rules) against central differences of the whole residual vector; residual values
 * against the operator applied to independently evaluated channels; identical results for 1 and 2 threads.
 */
class ChainRuleTest {
    static final MlpAnsatz NET = new MlpAnsatz(MlpOptions.builder(2, 3).hidden(10, 10).seed(3).build());

    static PointSet random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] p = new double[n][2];
        for (double[] x : p) {
            x[0] = r.nextDouble();
            x[1] = r.nextDouble();
        }
        return PointSet.of(p);
    }

    /** n points on the unit circle with normals (x, y). */
    static PointSet circle(int n) {
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            p[i] = new double[] {Math.cos(a), Math.sin(a)};
        }
        return PointSet.of(p).withNormals(p);
    }

    static List<Condition> conditions() {
        PointSet inner = random(90, 1);
        double[] obs = new double[20];
        for (int i = 0; i < obs.length; i++) {
            obs[i] = 0.1 * i;
        }
        return List.of(
                Condition.pde("linear-kappa", inner,
                        LinearOperator.laplacian().times("kappa").negate()
                                .plus(LinearOperator.advection(x -> x[1], x -> -x[0]))
                                .plus(LinearOperator.value().times(x -> 1 + x[0] * x[0]))
                                .plus(LinearOperator.helmholtz(2.0).onComponent(1))
                                .plus(LinearOperator.timeDerivative(1).times("nu").onComponent(2)),
                        x -> Math.sin(x[0])),
                Condition.pde("gradient", random(30, 2), LinearOperator.gradient(2).onComponent(1), x -> x[0],
                        x -> 1.0).weight(3.0),
                Condition.pde("divergence", random(30, 3), LinearOperator.divergence(2)),
                Condition.neumann("neumann", circle(25), x -> x[0]),
                Condition.robin("robin", circle(17), 2.0, 0.5, x -> 1.0).pointWeights(x -> 1 + x[1] * x[1]),
                Condition.periodic("periodic", TestPoints.lineY(0, TestPoints.chebyshev(12, 0, 1)),
                        TestPoints.lineY(1, TestPoints.chebyshev(12, 0, 1)), 2),
                Condition.initialRate("rate", TestPoints.lineX(TestPoints.chebyshev(10, 0, 1), 0), 1, x -> x[0]),
                Condition.data("data", random(20, 4), obs),
                Condition.pde("burgers", random(70, 5), 1,
                        (f, out) -> out[0] = f.u().multiply(f.dx(0)).subtract(f.coefficient("nu").multiply(f.dxx(0, 0))),
                        Channel.value(), Channel.d(0), Channel.d(0, 0)),
                Condition.pde("allen-cahn", random(40, 6), 1,
                        (f, out) -> out[0] = f.u().pow(3).subtract(f.u()).subtract(f.laplacian()),
                        Channel.value(), Channel.laplacian()),
                Condition.pde("eikonal", random(40, 7), 1,
                        (f, out) -> out[0] = f.dx(0).square().add(f.dx(1).square()).subtract(1.0),
                        Channel.d(0), Channel.d(1)),
                Condition.pde("navier-stokes", random(80, 8), 3, (f, out) -> {
                    Gradient u = f.u(0);
                    Gradient v = f.u(1);
                    Gradient nu = f.coefficient("nu");
                    out[0] = u.multiply(f.dx(0, 0)).add(v.multiply(f.dx(0, 1))).add(f.dx(2, 0))
                            .subtract(nu.multiply(f.laplacian(0))).subtract(Math.sin(f.x(1)));
                    out[1] = u.multiply(f.dx(1, 0)).add(v.multiply(f.dx(1, 1))).add(f.dx(2, 1))
                            .subtract(nu.multiply(f.laplacian(1)));
                    out[2] = f.dx(0, 0).add(f.dx(1, 1));
                }, Channel.value(), Channel.d(0), Channel.d(1), Channel.laplacian()).weight(0.5));
    }

    static PhysicsSystem system(int threads, int blockSize) {
        return PhysicsSystem.builder(NET).conditions(conditions()).coefficient("kappa", 0.7).coefficient("nu", 1.3)
                .threads(threads).blockSize(blockSize).build();
    }

    static double[] parameters(PhysicsSystem sys) {
        double[] th = NET.initialParameters(11);
        SplittableRandom r = new SplittableRandom(12);
        for (int i = 0; i < th.length; i++) {
            th[i] += 0.2 * (2 * r.nextDouble() - 1);
        }
        return sys.initialParameters(th);
    }

    @Test
    void jacobianMatchesCentralDifferencesOfTheWholeResidual() {
        PhysicsSystem sys = system(2, 512);
        int n = sys.residualCount();
        int p = sys.parameterCount();
        double[] th = parameters(sys);
        double[] r = new double[n];
        DMatrixRMaj jac = new DMatrixRMaj(n, p);
        sys.residualsAndJacobian(th, r, jac);
        double[] rv = new double[n];
        sys.residuals(th, rv);
        assertArrayEquals(r, rv, 0.0, "values-only path must agree with the Jacobian path");
        JacobianCheck.Report check = JacobianCheck.at(sys, th);
        for (int j = 0; j < p; j++) {
            assertTrue(check.columnErrors()[j] <= 1e-7, "column " + j + (j >= NET.parameterCount() ? " (κ)" : "")
                    + ": relative error " + check.columnErrors()[j] + "; " + check);
        }
        System.out.printf("chain rule: %d rows × %d columns, %s%n", n, p, check);
    }

    @Test
    void resultsAreIdenticalForOneAndTwoThreads() {
        PhysicsSystem one = system(1, 37);
        PhysicsSystem two = system(2, 37);
        double[] th = parameters(one);
        int n = one.residualCount();
        double[] r1 = new double[n];
        double[] r2 = new double[n];
        DMatrixRMaj j1 = new DMatrixRMaj(n, one.parameterCount());
        DMatrixRMaj j2 = new DMatrixRMaj(n, one.parameterCount());
        j2.fill(Double.NaN);
        one.residualsAndJacobian(th, r1, j1);
        two.residualsAndJacobian(th, r2, j2);
        assertArrayEquals(r1, r2, 0.0);
        assertArrayEquals(j1.data, j2.data, 0.0);
        // another chunking changes only the ansatz's GEMM shapes, hence rounding
        PhysicsSystem big = system(2, 512);
        double[] r3 = new double[n];
        big.residuals(th, r3);
        assertArrayEquals(r1, r3, 1e-14);
    }

    /** Residual rows recomputed from independently evaluated channels for a few conditions. */
    @Test
    void residualValuesFollowTheDeclaredFormulas() {
        PhysicsSystem sys = system(2, 512);
        double[] th = parameters(sys);
        double[] r = new double[sys.residualCount()];
        sys.residuals(th, r);
        double[] theta = sys.ansatzParameters(th);
        double nu = sys.coefficient("nu", th);
        var blocks = sys.rowBlocks();
        // Neumann: √(1/n)·(n·∇u₀ − x₀) on the circle
        PointSet c = circle(25);
        AnsatzOutput o = AnsatzOutput.forAnsatz(NET, ChannelSet.of(Channel.d(0), Channel.d(1)), 25, false);
        NET.evaluate(theta, c.toMatrix(), o, false);
        int start = blocks.get(3).start();
        assertEquals("neumann", blocks.get(3).name());
        for (int p = 0; p < 25; p++) {
            double dn = c.normal(p, 0) * o.value(0, p, 0) + c.normal(p, 1) * o.value(1, p, 0);
            assertEquals(Math.sqrt(1.0 / 25) * (dn - c.coordinate(p, 0)), r[start + p], 1e-13);
        }
        // Burgers: √(1/n)·(u u_x − ν u_xx)
        PointSet b = random(70, 5);
        AnsatzOutput ob = AnsatzOutput.forAnsatz(NET, ChannelSet.of(Channel.value(), Channel.d(0), Channel.d(0, 0)), 70,
                false);
        NET.evaluate(theta, b.toMatrix(), ob, false);
        start = blocks.get(8).start();
        for (int p = 0; p < 70; p++) {
            double e = ob.value(0, p, 0) * ob.value(1, p, 0) - nu * ob.value(2, p, 0);
            assertEquals(Math.sqrt(1.0 / 70) * e, r[start + p], 1e-13);
        }
        // periodic: value and both first derivatives of components 0 and 1, left minus right
        start = blocks.get(5).start();
        assertEquals(12 * 6, blocks.get(5).count());
        PointSet left = TestPoints.lineY(0, TestPoints.chebyshev(12, 0, 1));
        PointSet right = TestPoints.lineY(1, TestPoints.chebyshev(12, 0, 1));
        ChannelSet cs = ChannelSet.of(Channel.value(), Channel.d(0), Channel.d(1));
        AnsatzOutput ol = AnsatzOutput.forAnsatz(NET, cs, 12, false);
        AnsatzOutput orr = AnsatzOutput.forAnsatz(NET, cs, 12, false);
        NET.evaluate(theta, left.toMatrix(), ol, false);
        NET.evaluate(theta, right.toMatrix(), orr, false);
        for (int p = 0; p < 12; p++) {
            for (int k = 0; k < 2; k++) {
                for (int ch = 0; ch < 3; ch++) {
                    double e = ol.value(ch, p, k) - orr.value(ch, p, k);
                    assertEquals(Math.sqrt(1.0 / 12) * e, r[start + p * 6 + k * 3 + ch], 1e-13);
                }
            }
        }
    }
}
