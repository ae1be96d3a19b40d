package org.sven4j.pde.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.pde.sampling.ShiftedSobolSampler;
import org.sven4j.pde.sampling.SobolSampler;
import org.sven4j.physics.ansatz.Ansatz;

class CollocationSamplerTest {

    @Test
    void seedsGiveDifferentShiftsOfTheSobolSequence() {
        assertEquals(new ShiftedSobolSampler(7), BenchmarkProblem.sampler(7));
        DMatrixRMaj a = BenchmarkProblem.sampler(3).sample(500, 2);
        DMatrixRMaj b = BenchmarkProblem.sampler(4).sample(500, 2);
        assertArrayEquals(a.data, BenchmarkProblem.sampler(3).sample(500, 2).data, 0.0);
        for (int i = 0; i < 500; i++) {
            double[] p = {a.get(i, 0), a.get(i, 1)};
            for (int j = 0; j < 500; j++) {
                assertFalse(p[0] == b.get(j, 0) && p[1] == b.get(j, 1), "seeds 3 and 4 share a point");
            }
            assertTrue(p[0] >= 0 && p[0] < 1 && p[1] >= 0 && p[1] < 1);
        }
    }

    @Test
    void theShiftIsARotationOfTheSobolPointsModuloOne() {
        DMatrixRMaj sobol = new SobolSampler(1).sample(64, 3);
        DMatrixRMaj shifted = new ShiftedSobolSampler(11).sample(64, 3);
        for (int j = 0; j < 3; j++) {
            double u = shifted.get(0, j) - sobol.get(0, j);
            u = u < 0 ? u + 1 : u;
            for (int i = 0; i < 64; i++) {
                double v = sobol.get(i, j) + u;
                assertEquals(v >= 1 ? v - 1 : v, shifted.get(i, j), 1e-15);
                assertTrue(shifted.get(i, j) >= 0 && shifted.get(i, j) < 1);
            }
        }
        assertTrue(new ShiftedSobolSampler(11).isSequence());
    }

    @Test
    void catalogCollocationUsesTheSeededSobolPoints() {
        BenchmarkProblem p = Catalog.get("heat1d");
        Ansatz mlp = p.ansatz("mlp", 2);
        Map<String, RolePoints> viaSeed = p.collocation(mlp, 2);
        Map<String, RolePoints> viaSampler = p.collocation(BenchmarkProblem.sampler(2));
        assertEquals(viaSampler.keySet(), viaSeed.keySet());
        for (String name : viaSeed.keySet()) {
            assertTrue(Arrays.equals(viaSampler.get(name).points().data, viaSeed.get(name).points().data), name);
        }
    }

    @Test
    void pointCountsScaleByTheFactor() {
        BenchmarkProblem p = Catalog.get("heat1d");
        Map<String, RolePoints> half = p.collocation(BenchmarkProblem.sampler(1), 0.5);
        for (ConditionSpec c : p.conditions()) {
            assertEquals(Math.max(1, Math.round(c.points() * 0.5)), half.get(c.name()).size(), c.name());
        }
        Map<String, RolePoints> tiny = p.collocation(BenchmarkProblem.sampler(1), 1e-9);
        for (ConditionSpec c : p.conditions()) {
            assertEquals(1, tiny.get(c.name()).size(), c.name());
        }
        assertThrows(IllegalArgumentException.class, () -> p.collocation(BenchmarkProblem.sampler(1), 0));
        assertThrows(IllegalArgumentException.class,
                () -> p.collocation(BenchmarkProblem.sampler(1), Double.POSITIVE_INFINITY));
    }
}
