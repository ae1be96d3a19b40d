package org.sven4j.physics.assembly;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.PointSet;

/** Bad declarations fail when declared or built, with messages that name the condition. */
class DeclarationErrorsTest {
    static final MlpAnsatz NET = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(4).build());
    static final PointSet GRID = BoxPoints.interiorGrid(2, 4, 0, 1);

    static void fails(String name, String fragment, Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains("'" + name + "'"), ex.getMessage());
        assertTrue(ex.getMessage().contains(fragment), ex.getMessage());
    }

    static void build(Condition c) {
        PhysicsSystem.builder(NET).condition(c).build();
    }

    @Test
    void conditionWithoutPoints() {
        fails("interior", "no points",
                () -> Condition.pde("interior", PointSet.of(new double[0][]), LinearOperator.laplacian()));
    }

    @Test
    void derivativeTheAnsatzDoesNotProvide() {
        fails("kdv", "order 3", () -> build(Condition.pde("kdv", GRID, LinearOperator.derivative(0, 0, 0))));
        fails("kdv-nl", "order 3", () -> build(Condition.pde("kdv-nl", GRID, 1,
                (f, out) -> out[0] = f.channel(Channel.d(0, 0, 0)), Channel.d(0, 0, 0))));
    }

    @Test
    void mismatchedDimensions() {
        fails("space-time", "dimension 3", () -> build(Condition.pde("space-time",
                BoxPoints.interiorGrid(3, 2, 0, 1), LinearOperator.laplacian())));
        fails("velocity", "output component 1",
                () -> build(Condition.pde("velocity", GRID, LinearOperator.divergence(2))));
        fails("z-derivative", "input 2", () -> build(Condition.pde("z-derivative", GRID, LinearOperator.derivative(2))));
        fails("two-rows", "2 rows", () -> Condition.pde("two-rows", GRID, LinearOperator.gradient(2), x -> 0));
        fails("obs", "observations", () -> Condition.data("obs", GRID, new double[3]));
    }

    @Test
    void nonPositiveWeights() {
        Condition c = Condition.dirichlet("boundary", GRID, x -> 0);
        fails("boundary", "weight", () -> c.weight(0));
        fails("boundary", "weight", () -> c.weight(-1));
        fails("boundary", "weight", () -> c.pointWeights(new double[] {1, 2}));
        fails("boundary", "weight", () -> build(c.pointWeights(x -> x[0] - 0.5)));
    }

    @Test
    void periodicPairsOfUnequalSize() {
        fails("wrap", "equal sizes",
                () -> Condition.periodic("wrap", GRID, BoxPoints.interiorGrid(2, 3, 0, 1), 1));
    }

    @Test
    void otherMistakes() {
        fails("wall", "normals", () -> Condition.neumann("wall", GRID, x -> 0));
        fails("heat", "kappa", () -> build(Condition.pde("heat", GRID, LinearOperator.laplacian().times("kappa"))));
        fails("nl", "did not declare", () -> build(Condition.pde("nl", GRID, 1,
                (f, out) -> out[0] = f.u().multiply(f.dx(0)), Channel.value())));
        fails("nl", "unset", () -> build(Condition.pde("nl", GRID, 2, (f, out) -> out[0] = f.u(), Channel.value())));
        fails("twice", "twice", () -> PhysicsSystem.builder(NET)
                .condition(Condition.pde("twice", GRID, LinearOperator.laplacian()))
                .condition(Condition.dirichlet("twice", GRID, x -> 0)).build());
        fails("data", "cannot be resampled", () -> Condition.data("data", GRID, new double[GRID.size()])
                .resampling(org.sven4j.physics.condition.Resampling.every(1, BoxPoints.uniform(2, 0, 1), 1)));
    }
}
