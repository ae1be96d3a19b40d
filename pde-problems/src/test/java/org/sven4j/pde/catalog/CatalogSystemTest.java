package org.sven4j.pde.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.physics.condition.Condition;

/** Every entry assembles with its suggested ansätze; shapes, determinism and refusals. */
class CatalogSystemTest {

    @Test
    void everyEntryAssemblesWithTheMlpAndSuggestedCounts() {
        for (BenchmarkProblem p : Catalog.all()) {
            Ansatz a = p.ansatz("mlp", 3);
            assertEquals(p.inputNames().size(), a.inputDimension(), p.id());
            assertEquals(p.outputNames().size(), a.outputDimension(), p.id());
            assertArrayEquals(p.setup().hiddenWidths(), inner(((MlpAnsatz) a).layerWidths()), p.id());
            PhysicsSystem s = p.system(a, 3);
            assertEquals(p.conditions().size(), s.conditions().size(), p.id());
            int rows = 0;
            for (ConditionSpec c : p.conditions()) {
                Condition k = s.conditions().get(rows == 0 ? 0 : s.conditions().indexOf(find(s, c.name())));
                assertEquals(c.points(), s.points(c.name()).size(), p.id() + "/" + c.name());
                rows += c.points() * find(s, c.name()).rows();
                assertTrue(k != null);
            }
            assertEquals(rows, s.residualCount(), p.id());
            double[] theta = p.initialParameters(a, s, 3);
            double[] r = new double[s.residualCount()];
            s.residuals(theta, r);
            for (double v : r) {
                assertTrue(Double.isFinite(v), p.id());
            }
        }
    }

    private static int[] inner(int[] widths) {
        return java.util.Arrays.copyOfRange(widths, 1, widths.length - 1);
    }

    private static Condition find(PhysicsSystem s, String name) {
        return s.conditions().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSeedDeterminesThePoints() {
        BenchmarkProblem p = Catalog.get("burgers");
        Ansatz a = p.ansatz("mlp", 0);
        PhysicsSystem s1 = p.system(a, 11);
        PhysicsSystem s2 = p.system(a, 11);
        PhysicsSystem s3 = p.system(a, 12);
        assertArrayEquals(s1.points("pde").toMatrix().data, s2.points("pde").toMatrix().data);
        assertFalse(java.util.Arrays.equals(s1.points("pde").toMatrix().data, s3.points("pde").toMatrix().data));
    }

    @Test
    void spectralKindsFitOnlyBoxesAndFourierOnlyPeriodicDirections() {
        for (BenchmarkProblem p : Catalog.all()) {
            for (String kind : List.of("chebyshev", "legendre")) {
                if (p.id().equals("lshape")) {
                    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.ansatz(kind, 0));
                    assertTrue(e.getMessage().contains("lshape") && e.getMessage().contains(kind), e.getMessage());
                } else {
                    Ansatz a = p.ansatz(kind, 0);
                    assertEquals(p.outputNames().size(), a.outputDimension(), p.id());
                }
            }
            boolean periodic = p.conditions().stream().anyMatch(c -> c.role() == Role.PERIODIC);
            if (periodic) {
                assertEquals(2, p.ansatz("fourier", 0).inputDimension(), p.id());
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.ansatz("fourier", 0));
                assertTrue(e.getMessage().contains(p.id()) && e.getMessage().contains("fourier"), e.getMessage());
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Catalog.get("poisson2d").ansatz("siren", 0));
        assertTrue(e.getMessage().contains("siren"), e.getMessage());
    }
}
