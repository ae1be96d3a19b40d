package org.sven4j.pde.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.pde.geometry.Box;
import org.sven4j.pde.geometry.Polygon;

class SamplerTest {

    private static final List<UnitCubeSampler> SAMPLERS = List.of(new UniformRandomSampler(11), new SobolSampler(),
            new HaltonSampler(), new LatinHypercubeSampler(11));

    @Test
    void samplesAreInTheCubeReproducibleAndCoverIt() {
        for (UnitCubeSampler s : SAMPLERS) {
            DMatrixRMaj a = s.sample(1024, 3);
            assertArrayEquals(a.data, s.sample(1024, 3).data, 0, s.name());
            int[] cells = new int[64];
            for (int r = 0; r < a.numRows; r++) {
                int c = 0;
                for (int j = 0; j < 3; j++) {
                    double v = a.get(r, j);
                    assertTrue(v >= 0 && v < 1, s.name() + " value " + v);
                    c = 4 * c + (int) (4 * v);
                }
                cells[c]++;
            }
            int min = Arrays.stream(cells).min().orElseThrow();
            assertTrue(min >= 5, s.name() + ": a 1/64 cell holds only " + min + " of 1024 points");
            if (s.isSequence()) {
                DMatrixRMaj b = s.sample(100, 3);
                assertArrayEquals(b.data, Arrays.copyOf(a.data, 300), 0, s.name() + " not prefix-stable");
            }
        }
        assertNotEquals(new UniformRandomSampler(1).sample(5, 2).data[0], new UniformRandomSampler(2).sample(5, 2).data[0]);
    }

    @Test
    void lowDiscrepancySequencesStratifyExactly() {
        // The first 2^k points of the Sobol sequence (origin included) put one point in each dyadic cell.
        DMatrixRMaj s = new SobolSampler(0).sample(64, 2);
        boolean[] seen = new boolean[64];
        for (int r = 0; r < 64; r++) {
            seen[(int) (8 * s.get(r, 0)) * 8 + (int) (8 * s.get(r, 1))] = true;
        }
        for (boolean b : seen) {
            assertTrue(b);
        }
        DMatrixRMaj l = new LatinHypercubeSampler(5).sample(50, 4);
        for (int j = 0; j < 4; j++) {
            boolean[] strata = new boolean[50];
            for (int r = 0; r < 50; r++) {
                strata[(int) (50 * l.get(r, j))] = true;
            }
            for (boolean b : strata) {
                assertTrue(b, "Latin hypercube stratum empty in column " + j);
            }
        }
    }

    @Test
    void gridsHaveTheDocumentedNodesAndOrder() {
        double[] c = TensorGrid.chebyshevLobattoNodes(-1, 1, 5);
        double[] expect = {-1, -Math.sqrt(0.5), 0, Math.sqrt(0.5), 1};
        assertArrayEquals(expect, c, 1e-15);
        DMatrixRMaj g = TensorGrid.uniform(Box.unitCube(2), 3, 2);
        assertEquals(6, g.numRows);
        assertArrayEquals(new double[] {0, 0, 0, 1, 0.5, 0, 0.5, 1, 1, 0, 1, 1}, g.data, 0);
        DMatrixRMaj cg = TensorGrid.chebyshevLobatto(Box.cube(3, 0, 2), 4, 4, 4);
        assertEquals(64, cg.numRows);
        assertEquals(0.5, cg.get(1, 2), 1e-15); // 1 − cos(π/3)
        DMatrixRMaj lg = TensorGrid.uniform(Polygon.lShape(), 21, 21);
        assertEquals(21 * 21 - 10 * 10, lg.numRows, "grid restricted to the L-shape");
        assertThrows(IllegalArgumentException.class, () -> TensorGrid.uniform(Box.unitCube(2), 3));
        assertThrows(IllegalArgumentException.class, () -> new SobolSampler().sample(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new UniformRandomSampler(0).sample(2, 0));
    }

    @Test
    void proportionalCountsSumExactly() {
        assertArrayEquals(new int[] {3, 3, 4}, Sampling.proportionalCounts(10, new double[] {1, 1, 1.2}));
        assertArrayEquals(new int[] {0, 7}, Sampling.proportionalCounts(7, new double[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> Sampling.proportionalCounts(3, new double[] {0, 0}));
    }
}
