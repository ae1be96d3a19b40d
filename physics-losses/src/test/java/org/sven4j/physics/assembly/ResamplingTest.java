package org.sven4j.physics.assembly;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.physics.condition.PointSource;
import org.sven4j.physics.condition.Resampling;

class ResamplingTest {
    static final MlpAnsatz NET = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(8).seed(1).build());
    static final PointSource UNIFORM = BoxPoints.uniform(2, 0, 1);

    @Test
    void everyMRedrawsFromTheSeededSource() {
        PhysicsSystem sys = PhysicsSystem.builder(NET)
                .condition(Condition.pde("interior", UNIFORM.sample(7, 50), LinearOperator.laplacian())
                        .resampling(Resampling.every(3, UNIFORM, 100)))
                .condition(Condition.dirichlet("boundary", BoxPoints.squareBoundary(5, 0, 1), x -> 0))
                .build();
        int n = sys.residualCount();
        PointSet before = sys.points("interior");
        double[] theta0 = sys.initialParameters(NET.initialParameters());
        assertFalse(sys.resample(1, theta0));
        assertFalse(sys.resample(2, theta0));
        assertTrue(sys.resample(3, theta0));
        assertTrue(sys.points("interior") != before);
        assertArrayEquals(UNIFORM.sample(103, 50).toMatrix().data, sys.points("interior").toMatrix().data, 0.0);
        assertTrue(sys.residualCount() == n);
        double[] r = new double[n];
        sys.residuals(sys.initialParameters(NET.initialParameters()), r);
    }

    /** F = u − spike(x): the residual is large near c = (0.8, 0.8), so adaptive points crowd there. */
    @Test
    void adaptiveSamplingConcentratesWhereTheResidualIsLarge() {
        double[] c = {0.8, 0.8};
        Condition fit = Condition.pde("fit", UNIFORM.sample(1, 200), LinearOperator.value(),
                x -> 10 * Math.exp(-50 * ((x[0] - c[0]) * (x[0] - c[0]) + (x[1] - c[1]) * (x[1] - c[1]))));
        PhysicsSystem sys = PhysicsSystem.builder(NET)
                .condition(fit.resampling(Resampling.adaptive(1, UNIFORM, 5, 2.0, 0.0, 10))).build();
        double[] theta = new double[sys.parameterCount()];
        sys.residuals(theta, new double[sys.residualCount()]);
        double uniformMean = meanDistance(sys.points("fit"), c);
        assertTrue(sys.resample(1, theta));
        double adaptiveMean = meanDistance(sys.points("fit"), c);
        System.out.printf("adaptive sampling: mean distance to the spike %.3f (uniform %.3f)%n", adaptiveMean,
                uniformMean);
        assertTrue(adaptiveMean < 0.5 * uniformMean, adaptiveMean + " vs " + uniformMean);
        // deterministic: a second system draws the same points
        PhysicsSystem again = PhysicsSystem.builder(NET)
                .condition(fit.resampling(Resampling.adaptive(1, UNIFORM, 5, 2.0, 0.0, 10))).build();
        again.residuals(theta, new double[sys.residualCount()]);
        again.resample(1, theta);
        assertArrayEquals(sys.points("fit").toMatrix().data, again.points("fit").toMatrix().data, 0.0);
        // the floor c keeps coverage: with a large floor the points stay spread out
        PhysicsSystem flat = PhysicsSystem.builder(NET)
                .condition(fit.resampling(Resampling.adaptive(1, UNIFORM, 5, 2.0, 100.0, 10))).build();
        flat.residuals(theta, new double[sys.residualCount()]);
        flat.resample(1, theta);
        assertNotEquals(adaptiveMean, meanDistance(flat.points("fit"), c));
        assertTrue(meanDistance(flat.points("fit"), c) > 0.8 * uniformMean);
    }

    static double meanDistance(PointSet s, double[] c) {
        double sum = 0;
        for (int p = 0; p < s.size(); p++) {
            sum += Math.hypot(s.coordinate(p, 0) - c[0], s.coordinate(p, 1) - c[1]);
        }
        return sum / s.size();
    }
}
