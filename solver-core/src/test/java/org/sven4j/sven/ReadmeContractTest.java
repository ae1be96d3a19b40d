package org.sven4j.sven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.Covariance;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.JacobianCheck;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.lsq.Termination;

/** Runs README's solver-contract snippet verbatim, on Rosenbrock. */
class ReadmeContractTest {
    private static final String SELF = "src/test/java/org/sven4j/sven/ReadmeContractTest.java";

    @Test
    void theContractSnippetRuns() {
        ResidualSystem system = new Rosenbrock();
        double[] theta0 = {-1.2, 1.0};
        // --- begin README contract ---
        SvenOptions options = SvenOptions.builder()
                .stopping(Stopping.DEFAULT).maxIterations(500).functionTolerance(1e-14)  // single criteria win, in any order
                .callback((record, theta) -> record.cost() < 1e-20                       // θ after the iteration, read-only
                        ? IterationCallback.Decision.STOP : IterationCallback.Decision.CONTINUE)
                .build();
        JacobianCheck.Report check = JacobianCheck.at(system, theta0);       // hand-written Jacobian vs finite differences
        Summary result = new SvenSolver(options).solve(system, theta0);
        Covariance cov = Covariance.at(system, result.parameters());         // s²·(JᵀJ)⁺, standard errors, rank used
        // --- end README contract ---
        assertTrue(check.passes(1e-9), check.toString());
        assertEquals(500, options.stopping().maxIterations());
        assertEquals(1e-14, options.stopping().functionTolerance());
        assertArrayEquals(new double[] {1, 1}, result.parameters(), 1e-12);
        assertTrue(result.termination() == Termination.USER_REQUESTED || result.isConverged(), result.message());
        assertEquals(2, cov.rank());
        assertEquals(0, cov.degreesOfFreedom(), "Rosenbrock: N = P = 2");
    }

    @Test
    void theReadmeShowsTheSnippetVerbatim() throws java.io.IOException {
        String source = Files.readString(Path.of(SELF));
        String block = source.substring(source.indexOf("// --- begin README contract ---"),
                source.indexOf("// --- end README contract ---"));
        List<String> lines = block.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.toList());
        List<String> doc = Files.readAllLines(Path.of("../README.md")).stream().map(String::strip)
                .collect(Collectors.toList());
        assertTrue(Collections.indexOfSubList(doc, lines) >= 0, "README.md does not show the snippet of " + SELF);
    }
}
