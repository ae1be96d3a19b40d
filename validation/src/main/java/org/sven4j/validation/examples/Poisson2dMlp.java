package org.sven4j.validation.examples;

import static java.lang.Math.PI;
import static java.lang.Math.sin;

import java.time.Duration;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * PINN example: −Δu = 2π² sin(πx) sin(πy) on (0,1)², u = 0 on the boundary, with a 2-64-1 tanh MLP on a
 * 30×30 interior grid and 120 boundary points, solved by Sven (undamped truncated-SVD step with a line search).
 * Run: {@code java -cp sven4j.jar org.sven4j.validation.examples.Poisson2dMlp [seconds]}.
 */
public final class Poisson2dMlp {
    private Poisson2dMlp() {
    }

    public static void main(String[] args) {
        Summary s = solve(Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 60));
        System.out.println(s.briefReport());
    }

    /** Builds and solves the problem within {@code budget} and 1000 iterations; prints the error at u(0.5, 0.5). */
    public static Summary solve(Duration budget) {
        return solve(budget, 1000);
    }

    /** Builds and solves the problem within {@code budget} and {@code maxIterations}; prints the error at u(0.5, 0.5). */
    public static Summary solve(Duration budget, int maxIterations) {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(64).activation(Activation.TANH).seed(0).build());
        PhysicsSystem system = PhysicsSystem.builder(net)
                .condition(Condition.pde("interior", BoxPoints.interiorGrid(2, 30, 0, 1),
                        LinearOperator.laplacian().negate(), x -> 2 * PI * PI * sin(PI * x[0]) * sin(PI * x[1])))
                .condition(Condition.dirichlet("boundary", BoxPoints.squareBoundary(30, 0, 1), x -> 0))
                .build();
        SvenOptions options = SvenOptions.builder().stepControl(StepControl.LINE_SEARCH).rtol(1e-12)
                .timeBudget(budget).maxIterations(maxIterations).build();
        Summary s = new SvenSolver(options).solve(system, system.initialParameters(net.initialParameters()));
        double u = system.field(s.parameters(), org.sven4j.physics.condition.PointSet.of(new double[][] {{0.5, 0.5}}))[0];
        System.out.printf("u(0.5, 0.5) = %.12f (exact 1), error %.2e%n", u, Math.abs(u - 1));
        return s;
    }
}
