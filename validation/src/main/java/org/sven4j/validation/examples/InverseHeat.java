package org.sven4j.validation.examples;

import static java.lang.Math.PI;
import static java.lang.Math.exp;
import static java.lang.Math.sin;

import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * Inverse problem: identify the diffusivity κ in u_t = κ·u_xx on (x, t) ∈ (0,1)² from 64 noise-free
 * observations of u = e^{−π²κt} sin(πx) (true κ = 1/4), with the PDE, initial and boundary conditions.
 * κ is an extra unknown next to the Chebyshev coefficients; the problem is bilinear, and Sven solves it
 * jointly. Run: {@code java -cp sven4j.jar org.sven4j.validation.examples.InverseHeat}.
 */
public final class InverseHeat {
    static final double KAPPA = 0.25;

    private InverseHeat() {
    }

    public static void main(String[] args) {
        System.out.printf("kappa = %.12f (true %.2f)%n", identify(), KAPPA);
    }

    /** @return the identified κ */
    public static double identify() {
        SpectralAnsatz u = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(20, 0, 1))
                .axis(SpectralAxis.chebyshev(14, 0, 1)).build();
        PointSet obs = BoxPoints.interiorGrid(2, 8, 0, 1);
        double[] y = new double[obs.size()];
        for (int p = 0; p < y.length; p++) {
            y[p] = exp(-PI * PI * KAPPA * obs.coordinate(p, 1)) * sin(PI * obs.coordinate(p, 0));
        }
        int n = 30;
        double[][] initial = new double[n][];
        double[][] left = new double[n][];
        double[][] right = new double[n][];
        for (int i = 0; i < n; i++) {
            double s = (double) i / (n - 1);
            initial[i] = new double[] {s, 0};
            left[i] = new double[] {0, s};
            right[i] = new double[] {1, s};
        }
        PhysicsSystem system = PhysicsSystem.builder(u)
                .coefficient("kappa", 1.0)
                .condition(Condition.pde("heat", BoxPoints.interiorGrid(2, 30, 0, 1),
                        LinearOperator.timeDerivative(1).minus(LinearOperator.laplacian(0).times("kappa"))))
                .condition(Condition.initialValue("initial", PointSet.of(initial), x -> sin(PI * x[0])))
                .condition(Condition.dirichlet("left", PointSet.of(left), x -> 0))
                .condition(Condition.dirichlet("right", PointSet.of(right), x -> 0))
                .condition(Condition.data("observations", obs, y))
                .build();
        Summary s = new SvenSolver(SvenOptions.builder().maxIterations(100).build())
                .solve(system, system.initialParameters(new double[u.parameterCount()]));
        System.out.println(s.briefReport());
        return system.coefficient("kappa", s.parameters());
    }
}
