package org.sven4j.pde.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.pde.geometry.SpaceTime;

class CatalogTest {

    @Test
    void hasTheTwelveIdsInOrderAndRejectsUnknownOnes() {
        assertEquals(List.of("poisson2d", "poisson5d", "heat1d", "helmholtz2d", "burgers", "allen-cahn", "convection",
                "reaction", "wave1d", "kovasznay", "bratu1d", "lshape"), Catalog.ids());
        for (BenchmarkProblem p : Catalog.all()) {
            assertEquals(p.id(), Catalog.get(p.id()).id());
            assertTrue(p.conditions().get(0).role() == Role.INTERIOR, p.id());
            if (p.domain() instanceof SpaceTime) {
                assertEquals("t", p.inputNames().get(0), p.id() + ": time first");
            }
            assertTrue(!p.anchor().error().isBlank() && !p.anchor().source().isBlank());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Catalog.get("poisson3d"));
        assertTrue(e.getMessage().contains("poisson3d") && e.getMessage().contains("lshape"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Catalog.get("kovasznay").coefficient("nu"));
    }

    @Test
    void evaluationSetsAreHeldOutGridsAndMetricsAreExactOnTheSolution() {
        BenchmarkProblem p = Catalog.get("lshape");
        EvaluationSet e = p.evaluationSet();
        assertEquals(201 * 201 - 100 * 100, e.points().numRows, "grid restricted to the L-shape");
        ErrorReport zero = e.evaluate(pts -> p.solution().values(pts));
        assertEquals(0, zero.relativeL2()[0], 0);
        ErrorReport doubled = e.evaluate(pts -> {
            DMatrixRMaj v = p.solution().values(pts);
            for (int i = 0; i < v.data.length; i++) {
                v.data[i] *= 1.01;
            }
            return v;
        });
        assertEquals(0.01, doubled.relativeL2()[0], 1e-14);
        BenchmarkProblem k = Catalog.get("kovasznay");
        ErrorReport ek = k.evaluationSet().evaluate(pts -> new DMatrixRMaj(pts.numRows, 3));
        assertEquals(List.of("u", "v", "p"), ek.fields());
        for (double r : ek.relativeL2()) {
            assertEquals(1, r, 1e-14, "zero prediction has relative error 1");
        }
        assertTrue(ek.maxAbs()[0] > 1, ek.toString());
        assertThrows(IllegalArgumentException.class, () -> Metrics.errors(new DMatrixRMaj(2, 1), new DMatrixRMaj(3, 1),
                List.of("u")));
    }

    @Test
    void burgersEvaluationSetUsesTheColeHopfReference() {
        EvaluationSet e = Catalog.get("burgers").evaluationSet();
        assertEquals(101 * 256, e.points().numRows);
        // Row 0 is (t, x) = (0, −1), the last row (1, 1); both have u = 0; t = 0 rows equal −sin(πx).
        assertEquals(0, e.values().get(0, 0), 1e-15);
        assertEquals(0, e.values().get(e.points().numRows - 1, 0), 1e-13);
        assertEquals(-Math.sin(Math.PI * e.points().get(100, 1)), e.values().get(100, 0), 0);
    }
}
