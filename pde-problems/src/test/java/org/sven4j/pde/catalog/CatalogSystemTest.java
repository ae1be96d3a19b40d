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
            for (int i = 0; i < p.conditions().size(); i++) {
                ConditionSpec c = p.conditions().get(i);
                Condition k = s.conditions().get(i);
                assertEquals(c.name(), k.name(), p.id());
                assertEquals(c.points(), s.points(c.name()).size(), p.id() + "/" + c.name());
                rows += c.points() * k.rows();
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

    @Test
    void sizeOverridesGoThroughTheSameConstruction() {
        BenchmarkProblem p = Catalog.get("poisson2d");
        Ansatz same = p.ansatz(AnsatzKind.MLP, 4, null, 0);
        Ansatz suggested = p.ansatz("mlp", 4);
        assertEquals(suggested.parameterCount(), same.parameterCount());
        assertEquals(2 * 16 + 16 + 16 * 8 + 8 + 8 + 1, p.ansatz(AnsatzKind.MLP, 4, new int[] {16, 8}, 0).parameterCount());
        org.sven4j.physics.ansatz.spectral.SpectralAnsatz cheb =
                (org.sven4j.physics.ansatz.spectral.SpectralAnsatz) p.ansatz(AnsatzKind.CHEBYSHEV, 0, null, 6);
        assertEquals(7 * 7, cheb.parameterCount(), "degree 6 on both axes, full tensor");
        assertEquals(org.sven4j.physics.ansatz.spectral.BasisFamily.CHEBYSHEV, cheb.axes().get(0).family());
        assertThrows(IllegalArgumentException.class, () -> p.ansatz(AnsatzKind.CHEBYSHEV, 0, null, -1));
        assertThrows(IllegalArgumentException.class, () -> p.ansatz(null, 0, null, 0));
    }
}
