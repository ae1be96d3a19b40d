package org.sven4j.physics.assembly;

import static java.lang.Math.PI;
import static java.lang.Math.sin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/** Runs the Poisson example of physics-losses/EXAMPLE.md (README) verbatim. */
class ReadmeExampleTest {
    @Test
    @Tag("slow")
    void poissonExampleFromTheReadme() {
        // --- begin README example ---
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(64).activation(Activation.TANH)
                .inputBox(new double[] {0, 0}, new double[] {1, 1}).build());        // inputs mapped to [−1, 1]²
        PhysicsSystem poisson = PhysicsSystem.builder(net)
                .condition(Condition.pde("interior", BoxPoints.interiorGrid(2, 30, 0, 1),
                        LinearOperator.laplacian().negate(),                       // −Δu = f
                        x -> 2 * PI * PI * sin(PI * x[0]) * sin(PI * x[1])))
                .condition(Condition.dirichlet("boundary", BoxPoints.squareBoundary(30, 0, 1),
                        x -> 0))                                                   // u = 0 on ∂Ω
                .build();
        SvenOptions options = SvenOptions.builder().stepControl(StepControl.LINE_SEARCH).rtol(1e-10).maxIterations(1000).build();
        Summary result = new SvenSolver(options).solve(poisson, poisson.initialParameters(net.initialParameters()));
        double[] u = poisson.field(result.parameters(), BoxPoints.interiorGrid(2, 50, 0, 1));
        // --- end README example ---
        var grid = BoxPoints.interiorGrid(2, 50, 0, 1);
        double num = 0;
        double den = 0;
        for (int p = 0; p < grid.size(); p++) {
            double e = sin(PI * grid.coordinate(p, 0)) * sin(PI * grid.coordinate(p, 1));
            num += (u[p] - e) * (u[p] - e);
            den += e * e;
        }
        double err = Math.sqrt(num / den);
        System.out.printf("README example: rel L2 %.2e, %d iterations, %.2f s, %s (%s)%n", err, result.iterations(),
                result.totalSeconds(), result.termination(), org.sven4j.linalg.LinearAlgebra.get().description());
        assertTrue(err <= 1e-8, "relative L2 error " + err);
    }

    /** The code between the markers above must stand, line for line, in README.md and EXAMPLE.md. */
    @Test
    void theReadmeShowsThisCodeVerbatim() throws java.io.IOException {
        java.nio.file.Path self = java.nio.file.Path.of("src/test/java/org/sven4j/physics/assembly/ReadmeExampleTest.java");
        String source = java.nio.file.Files.readString(self);
        String block = source.substring(source.indexOf("// --- begin README example ---"),
                source.indexOf("// --- end README example ---"));
        java.util.List<String> lines = block.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.toList());
        for (String doc : new String[] {"../README.md", "EXAMPLE.md"}) {
            java.util.List<String> docLines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(doc)).stream()
                    .map(String::strip).collect(java.util.stream.Collectors.toList());
            int at = java.util.Collections.indexOfSubList(docLines, lines);
            assertTrue(at >= 0, doc + " does not show the example of " + self + " verbatim");
        }
    }
}
