package org.sven4j.physics.assembly;

import static java.lang.Math.PI;
import static java.lang.Math.sin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/** An interrupted MLP solve on two block workers ends cleanly with its best iterate (Java's interrupt convention). */
class InterruptedSolveTest {

    @Test
    void anInterruptEndsTheSolveAfterTheIterationAndLeavesTheFlagSet() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(16).activation(Activation.TANH).seed(1).blockSize(32)
                .threads(2).build());
        PhysicsSystem sys = PhysicsSystem.builder(net).threads(2)
                .condition(Condition.pde("interior", BoxPoints.interiorGrid(2, 24, 0, 1),
                        LinearOperator.laplacian().negate(), x -> 2 * PI * PI * sin(PI * x[0]) * sin(PI * x[1])))
                .condition(Condition.dirichlet("boundary", BoxPoints.squareBoundary(24, 0, 1), x -> 0))
                .build();
        try {
            Summary s = new SvenSolver(SvenOptions.builder().stepControl(StepControl.LINE_SEARCH).rtol(1e-10)
                    .callback(IterationCallback.observer(r -> {
                        if (r.iteration() == 3) {
                            Thread.currentThread().interrupt();
                        }
                    })).build()).solve(sys, sys.initialParameters(net.initialParameters()));
            assertEquals(Termination.INTERRUPTED, s.termination(), s.message());
            assertEquals(3, s.iterations());
            assertFalse(s.isConverged());
            assertTrue(s.finalCost() < s.initialCost(), s.briefReport());
            assertTrue(Thread.currentThread().isInterrupted(), "the flag is left set for the caller");
            double[] u = sys.field(s.parameters(), BoxPoints.interiorGrid(2, 10, 0, 1));
            assertEquals(100, u.length, "the system still evaluates on a thread whose interrupt flag is set");
        } finally {
            Thread.interrupted();
        }
    }
}
