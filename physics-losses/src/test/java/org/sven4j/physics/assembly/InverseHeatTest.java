package org.sven4j.physics.assembly;

import static java.lang.Math.PI;
import static java.lang.Math.exp;
import static java.lang.Math.sin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * Inverse heat problem: u_t = κ·u_xx with κ unknown (true 1/4), u = e^{−π²t/4} sin(πx) observed
 * noise-free at 8×8 interior points; the PDE, initial and boundary conditions as usual.
 */
class InverseHeatTest {
    @Test
    void recoversTheDiffusivity() {
        SpectralAnsatz net = SpectralSolveTest.chebyshev2d(20, 14);
        double[] xs = TestPoints.chebyshev(28, 0, 1);
        double[] ts = TestPoints.chebyshev(22, 0, 1);
        PointSet obs = TestPoints.tensor(TestPoints.chebyshev(8, 0, 1), TestPoints.chebyshev(8, 0, 1));
        double[] y = new double[obs.size()];
        for (int p = 0; p < y.length; p++) {
            y[p] = exp(-PI * PI * obs.coordinate(p, 1) / 4) * sin(PI * obs.coordinate(p, 0));
        }
        PhysicsSystem sys = PhysicsSystem.builder(net)
                .coefficient("kappa", 1.0)
                .condition(Condition.pde("heat", TestPoints.tensor(xs, ts),
                        LinearOperator.timeDerivative(1).minus(LinearOperator.laplacian(0).times("kappa"))))
                .condition(Condition.initialValue("initial", TestPoints.lineX(xs, 0), x -> sin(PI * x[0])))
                .condition(Condition.dirichlet("left", TestPoints.lineY(0, ts), x -> 0))
                .condition(Condition.dirichlet("right", TestPoints.lineY(1, ts), x -> 0))
                .condition(Condition.data("observations", obs, y))
                .build();
        SvenOptions o = SvenOptions.builder().maxIterations(100).build();
        Summary s = new SvenSolver(o).solve(sys, sys.initialParameters(new double[net.parameterCount()]));
        double kappa = sys.coefficient("kappa", s.parameters());
        double rel = Math.abs(kappa - 0.25) / 0.25;
        System.out.printf("inverse heat: kappa %.15f (rel err %.2e), %d iterations, %.2f s, %s%n", kappa, rel,
                s.iterations(), s.totalSeconds(), s.termination());
        assertTrue(rel <= 1e-6, "kappa = " + kappa);
        assertEquals(5, s.history().get(s.history().size() - 1).blockCosts().length);
        assertEquals(net.parameterCount(), sys.coefficientIndex("kappa"));
    }
}
