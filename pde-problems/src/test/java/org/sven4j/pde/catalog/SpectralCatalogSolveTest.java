package org.sven4j.pde.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * Linear catalog entries with their suggested Chebyshev ansatz and spectral collocation, solved by Sven
 * with an unlimited first trust radius (the first step is the full least-squares step), measured on the
 * held-out evaluation grid.
 */
class SpectralCatalogSolveTest {

    static double solve(String id, int maxIterations) {
        BenchmarkProblem p = Catalog.get(id);
        Ansatz a = p.ansatz("chebyshev", 0);
        PhysicsSystem s = p.system(a, 0);
        SvenOptions o = SvenOptions.builder().initialTrustRadiusFactor(Double.POSITIVE_INFINITY)
                .maxIterations(maxIterations).build();
        Summary r = new SvenSolver(o).solve(s, p.initialParameters(a, s, 0));
        ErrorReport e = p.errors(s, r.parameters());
        System.out.printf("%s chebyshev: P = %d, N = %d, %s, %d iterations, %.3f s, %s%n", id, s.parameterCount(),
                s.residualCount(), e, r.iterations(), r.totalSeconds(), r.termination());
        return e.relativeL2()[0];
    }

    @Test
    void poisson2dChebyshevReachesTwelveDigits() {
        double err = solve("poisson2d", 2);
        assertTrue(err <= 1e-12, "poisson2d chebyshev relative L2 " + err);
    }

    @Test
    void helmholtz2dChebyshevReachesTwelveDigits() {
        double err = solve("helmholtz2d", 2);
        assertTrue(err <= 1e-12, "helmholtz2d chebyshev relative L2 " + err);
    }

    @Test
    void heat1dChebyshevReachesTenDigits() {
        double err = solve("heat1d", 2);
        assertTrue(err <= 1e-10, "heat1d chebyshev relative L2 " + err);
    }
}
