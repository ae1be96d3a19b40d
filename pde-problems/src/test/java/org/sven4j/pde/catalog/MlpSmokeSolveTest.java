package org.sven4j.pde.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/** The MLP pipeline end to end on poisson2d (suggested 2-64-1 net, 900 + 120 points): ten Sven iterations. */
class MlpSmokeSolveTest {

    @Test
    void poisson2dMlpPipelineRunsAndLowersTheCost() {
        BenchmarkProblem p = Catalog.get("poisson2d");
        Ansatz a = p.ansatz("mlp", 1);
        PhysicsSystem s = p.system(a, 1);
        double[] theta0 = p.initialParameters(a, s, 1);
        double[] r = new double[s.residualCount()];
        s.residuals(theta0, r);
        double cost0 = 0;
        for (double v : r) {
            cost0 += 0.5 * v * v;
        }
        SvenOptions o = SvenOptions.builder().rtol(1e-12).stepControl(StepControl.LINE_SEARCH).maxIterations(10).build();
        Summary sum = new SvenSolver(o).solve(s, theta0);
        ErrorReport e = p.errors(s, sum.parameters());
        System.out.printf("poisson2d mlp smoke: P = %d, N = %d, cost %.3e -> %.3e, %s, %d iterations, %.2f s%n",
                s.parameterCount(), s.residualCount(), cost0, sum.finalCost(), e, sum.iterations(), sum.totalSeconds());
        assertEquals(2 * 64 + 64 + 64 + 1, s.parameterCount(), "2-64-1 parameter count");
        // Not an accuracy test: the first iterations of this setup are a slow phase (about 120 iterations
        // reach 1e-12 in physics-losses' MlpPoissonTest); the cost must go down and the errors be finite.
        assertEquals(10, sum.iterations());
        assertTrue(sum.finalCost() < cost0, "cost " + cost0 + " -> " + sum.finalCost());
        assertTrue(Double.isFinite(e.relativeL2()[0]) && Double.isFinite(e.maxAbs()[0]), e.toString());
    }
}
