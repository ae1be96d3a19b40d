package org.sven4j.physics.assembly;

import static java.lang.Math.PI;
import static java.lang.Math.exp;
import static java.lang.Math.sin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/** Linear and nonlinear PDEs with a spectral ansatz, solved by Sven to near machine precision. */
class SpectralSolveTest {
    static SpectralAnsatz chebyshev2d(int nx, int ny) {
        return SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(nx, 0, 1)).axis(SpectralAxis.chebyshev(ny, 0, 1))
                .build();
    }

    static Summary solve(PhysicsSystem sys, int maxIterations) {
        SvenOptions o = SvenOptions.builder().initialTrustRadiusFactor(Double.POSITIVE_INFINITY)
                .maxIterations(maxIterations).build();
        return new SvenSolver(o).solve(sys, sys.initialParameters(new double[sys.ansatz().parameterCount()]));
    }

    static void report(String what, Summary s, double err) {
        System.out.printf("%s: rel L2 %.3e, %d iterations, %.3f s, cost %.3e, %s%n", what, err, s.iterations(),
                s.totalSeconds(), s.finalCost(), s.termination());
    }

    @Test
    void poisson2dReachesTwelveDigits() {
        SpectralAnsatz net = chebyshev2d(24, 24);
        PointSet interior = TestPoints.tensor(TestPoints.chebyshev(32, 0, 1), TestPoints.chebyshev(32, 0, 1));
        PhysicsSystem sys = PhysicsSystem.builder(net)
                .condition(Condition.pde("interior", interior, LinearOperator.laplacian().negate(),
                        x -> 2 * PI * PI * sin(PI * x[0]) * sin(PI * x[1])))
                .condition(Condition.dirichlet("boundary", TestPoints.squareBoundary(32), x -> 0))
                .build();
        Summary s = solve(sys, 5);
        double err = TestPoints.relativeL2(sys, s.parameters(), TestPoints.evaluationGrid(40),
                x -> sin(PI * x[0]) * sin(PI * x[1]));
        report("Poisson 2D spectral", s, err);
        assertTrue(err <= 1e-12, "relative L2 error " + err);
    }

    @Test
    void helmholtz2dReachesTenDigits() {
        double k = 1;
        SpectralAnsatz net = chebyshev2d(22, 34);
        PointSet interior = TestPoints.tensor(TestPoints.chebyshev(30, 0, 1), TestPoints.chebyshev(44, 0, 1));
        PhysicsSystem sys = PhysicsSystem.builder(net)
                .condition(Condition.pde("interior", interior, LinearOperator.helmholtz(k),
                        x -> (k * k - 17 * PI * PI) * sin(PI * x[0]) * sin(4 * PI * x[1])))
                .condition(Condition.dirichlet("boundary", TestPoints.squareBoundary(44), x -> 0))
                .build();
        Summary s = solve(sys, 5);
        double err = TestPoints.relativeL2(sys, s.parameters(), TestPoints.evaluationGrid(40),
                x -> sin(PI * x[0]) * sin(4 * PI * x[1]));
        report("Helmholtz 2D spectral", s, err);
        assertTrue(err <= 1e-10, "relative L2 error " + err);
    }

    /** Heat u_t = ¼u_xx on (0,1)×(0,1), inputs (x, t), exact u = e^{−π²t/4} sin(πx). */
    @Test
    void heat1plus1dReachesTenDigits() {
        SpectralAnsatz net = chebyshev2d(22, 16);
        double[] xs = TestPoints.chebyshev(30, 0, 1);
        double[] ts = TestPoints.chebyshev(24, 0, 1);
        LinearOperator heat = LinearOperator.timeDerivative(1).minus(LinearOperator.laplacian(0).times(0.25));
        PhysicsSystem sys = PhysicsSystem.builder(net)
                .condition(Condition.pde("heat", TestPoints.tensor(xs, ts), heat))
                .condition(Condition.initialValue("initial", TestPoints.lineX(xs, 0), x -> sin(PI * x[0])))
                .condition(Condition.dirichlet("left", TestPoints.lineY(0, ts), x -> 0))
                .condition(Condition.dirichlet("right", TestPoints.lineY(1, ts), x -> 0))
                .build();
        Summary s = solve(sys, 5);
        double err = TestPoints.relativeL2(sys, s.parameters(), TestPoints.evaluationGrid(40),
                x -> exp(-PI * PI * x[1] / 4) * sin(PI * x[0]));
        report("Heat 1+1D spectral", s, err);
        assertTrue(err <= 1e-10, "relative L2 error " + err);
    }

    /** −Δu + u³ = f with manufactured u = sin(πx)sin(πy), a nonlinear residual through Gradient numbers. */
    @Test
    void nonlinearPoissonCubicReachesTenDigits() {
        SpectralAnsatz net = chebyshev2d(22, 22);
        PointSet interior = TestPoints.tensor(TestPoints.chebyshev(30, 0, 1), TestPoints.chebyshev(30, 0, 1));
        PhysicsSystem sys = PhysicsSystem.builder(net)
                .condition(Condition.pde("interior", interior, 1, (f, out) -> {
                    double e = sin(PI * f.x(0)) * sin(PI * f.x(1));
                    out[0] = f.laplacian().negate().add(f.u().pow(3)).subtract(2 * PI * PI * e + e * e * e);
                }, Channel.value(), Channel.laplacian()))
                .condition(Condition.dirichlet("boundary", TestPoints.squareBoundary(30), x -> 0))
                .build();
        Summary s = solve(sys, 30);
        double err = TestPoints.relativeL2(sys, s.parameters(), TestPoints.evaluationGrid(40),
                x -> sin(PI * x[0]) * sin(PI * x[1]));
        report("-Δu + u³ = f spectral", s, err);
        assertTrue(err <= 1e-10, "relative L2 error " + err);
    }
}
