package org.sven4j.physics.assembly;

import static java.lang.Math.PI;
import static java.lang.Math.sin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/** User functions that fail are reported with the condition's name and the point; no silent extrapolation. */
class UserFunctionFailureTest {
    private static SpectralAnsatz cheb() {
        return SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(6, 0, 1)).axis(SpectralAxis.chebyshev(6, 0, 1))
                .build();
    }

    @Test
    void aThrowingRightHandSideNamesTheConditionAndThePoint() {
        ArithmeticException cause = new ArithmeticException("bad source");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhysicsSystem.builder(cheb())
                .condition(Condition.pde("interior", BoxPoints.interiorGrid(2, 4, 0, 1), LinearOperator.laplacian(),
                        x -> {
                            throw cause;
                        }))
                .build());
        assertTrue(e.getMessage().startsWith("condition 'interior': the right-hand side of row 0 threw "
                + "java.lang.ArithmeticException: bad source at point 0 ["), e.getMessage());
        assertSame(cause, e.getCause());
    }

    @Test
    void aNonFiniteRightHandSideIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhysicsSystem.builder(cheb())
                .condition(Condition.dirichlet("wall", BoxPoints.squareBoundary(4, 0, 1), x -> x[0] > 0.5 ? Double.NaN : 0))
                .build());
        assertTrue(e.getMessage().startsWith("condition 'wall': the right-hand side of row 0 is NaN at point"),
                e.getMessage());
    }

    @Test
    void aNonlinearResidualThatThrowsMidSolveIsNamedInTheSummary() {
        PhysicsSystem sys = PhysicsSystem.builder(cheb())
                .condition(Condition.pde("reaction", BoxPoints.interiorGrid(2, 8, 0, 1), 1, (f, out) -> {
                    if (f.u().getValue() > 0.5) {
                        throw new IllegalStateException("table lookup out of range");
                    }
                    out[0] = f.u().subtract(f.u().multiply(f.u())).subtract(0.6);
                }, Channel.value()))
                .build();
        Summary s = new SvenSolver(SvenOptions.defaults()).solve(sys, new double[sys.parameterCount()]);
        assertEquals(Termination.FAILURE, s.termination());
        assertTrue(s.message().contains("condition 'reaction': the nonlinear residual threw "
                + "java.lang.IllegalStateException: table lookup out of range at point"), s.message());
        assertArrayEquals(new double[sys.parameterCount()], s.parameters(), 0.0, "θ₀ is the best iterate seen");
    }

    @Test
    void aPolynomialAxisRefusesToExtrapolate() {
        SpectralAnsatz a = cheb();
        PhysicsSystem sys = PhysicsSystem.builder(a)
                .condition(Condition.dirichlet("all", BoxPoints.interiorGrid(2, 7, 0, 1), x -> sin(PI * x[0])))
                .build();
        double[] theta = new double[sys.parameterCount()];
        PointSet inside = PointSet.of(new double[][] {{0, 0}, {1, 1}, {0.3, 0.7}});
        assertEquals(3, sys.field(theta, inside).length);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sys.field(theta, PointSet.of(new double[][] {{0.5, 1.2}})));
        assertTrue(e.getMessage().contains("evaluated at x = 1.2: outside its interval"), e.getMessage());
        SpectralAnsatz fourier = SpectralAnsatz.builder().axis(SpectralAxis.fourier(3, 0, 1)).build();
        PhysicsSystem wave = PhysicsSystem.builder(fourier)
                .condition(Condition.dirichlet("all", BoxPoints.interiorGrid(1, 9, 0, 1), x -> sin(2 * PI * x[0])))
                .build();
        double[] one = wave.field(new double[wave.parameterCount()], PointSet.of(new double[][] {{1.7}}));
        assertEquals(1, one.length, "a Fourier axis is periodic and takes any x");
    }
}
