package org.sven4j.pde.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.sven4j.pde.sampling.Sampling;
import org.sven4j.pde.sampling.SobolSampler;
import org.sven4j.pde.sampling.UniformRandomSampler;

class GeometryTest {

    private static List<Geometry> all() {
        return List.of(new Interval(-1, 2), Box.unitCube(2), new Box(new double[] {0, -1, 2}, new double[] {1, 1, 5}),
                Ball.disk(0.5, -0.5, 2), new Ball(new double[] {0, 0, 0}, 1.5), new Ball(new double[] {1, 0, 0, 0, 0}, 1),
                Polygon.lShape(), new Polygon(new double[][] {{0, 0}, {0, 1}, {1, 0}}, "clockwise triangle"),
                new SpaceTime(new Interval(0, 1), new Interval(-1, 1)), new SpaceTime(new Interval(0, 2), Polygon.lShape()),
                new SpaceTime(new Interval(0, 1), Ball.disk(0, 0, 1)));
    }

    @Test
    void signedDistancesAtKnownPoints() {
        assertEquals(-0.5, new Interval(0, 1).signedDistance(new double[] {0.5}), 1e-15);
        assertEquals(2.0, new Interval(0, 1).signedDistance(new double[] {3}), 1e-15);
        Box b = Box.unitCube(2);
        assertEquals(-0.25, b.signedDistance(new double[] {0.25, 0.5}), 1e-15);
        assertEquals(Math.sqrt(2), b.signedDistance(new double[] {2, 2}), 1e-15);
        assertEquals(0.5, b.signedDistance(new double[] {0.5, 1.5}), 1e-15);
        Ball d = Ball.disk(0, 0, 2);
        assertEquals(-2, d.signedDistance(new double[] {0, 0}), 1e-15);
        assertEquals(1, d.signedDistance(new double[] {3, 0}), 1e-15);
        Polygon l = Polygon.lShape();
        assertEquals(-0.5, l.signedDistance(new double[] {-0.5, 0.5}), 1e-15);
        assertEquals(0.25, l.signedDistance(new double[] {0.5, -0.25}), 1e-15, "inside the removed quadrant");
        assertEquals(Math.hypot(0.5, 0.5), l.signedDistance(new double[] {1.5, -0.5}), 1e-15);
        assertEquals(-0.1, l.signedDistance(new double[] {0.5, 0.1}), 1e-15);
        assertEquals(3.0, l.volume(), 1e-15);
        assertEquals(8.0, l.boundaryMeasure(), 1e-15);
        SpaceTime st = new SpaceTime(new Interval(0, 1), Box.unitCube(1));
        assertEquals(-0.1, st.signedDistance(new double[] {0.1, 0.5}), 1e-15);
        assertEquals(0.5, st.signedDistance(new double[] {1.5, 0.5}), 1e-15);
        assertEquals(Math.hypot(0.3, 0.4), st.signedDistance(new double[] {1.3, 1.4}), 1e-15);
        assertEquals(Math.PI, Ball.disk(0, 0, 1).volume(), 1e-14);
        assertEquals(4 * Math.PI, new Ball(new double[] {0, 0, 0}, 1).boundaryMeasure(), 1e-13);
    }

    @Test
    void signedDistanceIsOneLipschitzAndMatchesMembership() {
        SplittableRandom rng = new SplittableRandom(7);
        for (Geometry g : all()) {
            double[] lo = g.lowerBound();
            double[] hi = g.upperBound();
            for (int k = 0; k < 2000; k++) {
                double[] x = new double[g.dimension()];
                double[] y = new double[g.dimension()];
                double dist = 0;
                for (int j = 0; j < x.length; j++) {
                    double w = hi[j] - lo[j];
                    x[j] = lo[j] - 0.2 * w + 1.4 * w * rng.nextDouble();
                    y[j] = x[j] + 0.1 * (rng.nextDouble() - 0.5);
                    dist += (x[j] - y[j]) * (x[j] - y[j]);
                }
                double sx = g.signedDistance(x);
                assertTrue(Math.abs(sx - g.signedDistance(y)) <= Math.sqrt(dist) + 1e-12, g.describe());
                assertEquals(sx <= Geometry.MEMBERSHIP_TOLERANCE, g.contains(x), g.describe());
            }
        }
    }

    @Test
    void boundarySamplesLieOnTheBoundaryWithOutwardUnitNormals() {
        for (Geometry g : all()) {
            // Random points: a low-discrepancy sequence hits vertices exactly, where the normal is not unique.
            BoundarySample b = Sampling.boundary(g, new UniformRandomSampler(5), 500);
            assertEquals(500, b.size());
            int checked = 0;
            for (int r = 0; r < b.size(); r++) {
                double[] x = row(b.points(), r);
                double[] n = row(b.normals(), r);
                double norm = 0;
                for (double v : n) {
                    norm += v * v;
                }
                assertEquals(1, Math.sqrt(norm), 1e-14, g.describe());
                assertEquals(0, g.signedDistance(x), 1e-12, g.describe());
                double h = 1e-6;
                double[] out = x.clone();
                double[] in = x.clone();
                for (int j = 0; j < x.length; j++) {
                    out[j] += h * n[j];
                    in[j] -= h * n[j];
                }
                // Near corners the inward step can leave the domain; away from them it must not.
                if (-g.signedDistance(in) > 0.5 * h) {
                    checked++;
                }
                assertTrue(g.signedDistance(out) > 0.5 * h, g.describe() + " normal not outward at row " + r);
            }
            assertTrue(checked > 450, g.describe() + ": only " + checked + " inward steps inside");
        }
    }

    @Test
    void aBoundarySampleBecomesAPointSetWithItsNormals() {
        BoundarySample s = Sampling.boundary(Polygon.lShape(), new SobolSampler(), 64);
        org.sven4j.physics.condition.PointSet ps = s.toPointSet();
        assertEquals(64, ps.size());
        assertTrue(ps.hasNormals());
        for (int p = 0; p < 64; p++) {
            for (int i = 0; i < 2; i++) {
                assertEquals(s.points().get(p, i), ps.coordinate(p, i), 0.0);
                assertEquals(s.normals().get(p, i), ps.normal(p, i), 1e-15);
            }
        }
        assertThrows(IllegalArgumentException.class,
                () -> org.sven4j.physics.condition.PointSet.of(s.points()).withNormals(new DMatrixRMaj(63, 2)));
    }

    @Test
    void boundaryPointsAreProportionalToBoundaryMeasure() {
        Box b = new Box(new double[] {0, 0}, new double[] {3, 1});
        BoundarySample s = Sampling.boundary(b, new UniformRandomSampler(3), 80000);
        int vertical = 0;
        for (int r = 0; r < s.size(); r++) {
            if (s.normals().get(r, 0) != 0) {
                vertical++;
            }
        }
        assertEquals(2.0 / 8.0, vertical / 80000.0, 0.01, "vertical sides have measure 2 of 8");
        Polygon l = Polygon.lShape();
        BoundarySample ls = Sampling.boundary(l, new SobolSampler(), 8000);
        int reentrant = 0;
        for (int r = 0; r < ls.size(); r++) {
            double x = ls.points().get(r, 0);
            double y = ls.points().get(r, 1);
            if ((x >= 0 && Math.abs(y) < 1e-15 && x > 1e-12) || (Math.abs(x) < 1e-15 && y < -1e-12)) {
                reentrant++;
            }
        }
        assertEquals(2.0 / 8.0, reentrant / 8000.0, 0.002, "the re-entrant edges have length 2 of 8");
        SpaceTime st = new SpaceTime(new Interval(0, 2), Box.unitCube(1));
        BoundarySample sb = Sampling.boundary(st, new SobolSampler(), 600);
        int caps = 0;
        for (int r = 0; r < sb.size(); r++) {
            caps += sb.normals().get(r, 0) != 0 ? 1 : 0;
        }
        assertEquals(200, caps, "caps have measure 2 of 6");
    }

    @Test
    void interiorSamplesAreInsideAndFillTheDomain() {
        for (Geometry g : all()) {
            DMatrixRMaj p = Sampling.interior(g, new SobolSampler(), 1000);
            assertEquals(1000, p.numRows);
            for (int r = 0; r < p.numRows; r++) {
                assertTrue(g.contains(row(p, r)), g.describe());
            }
        }
        DMatrixRMaj p = Sampling.interior(Polygon.lShape(), new SobolSampler(), 3000);
        int[] quad = new int[3];
        for (int r = 0; r < p.numRows; r++) {
            double x = p.get(r, 0);
            double y = p.get(r, 1);
            quad[y >= 0 ? (x >= 0 ? 0 : 1) : 2]++;
            assertFalse(x > 0 && y < 0, "point in the removed quadrant");
        }
        for (int q : quad) {
            assertEquals(1000, q, 30);
        }
    }

    @Test
    void badInputIsRejectedWithItsName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Interval(1, 1)).getMessage().contains("lower < upper"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Ball.disk(0, 0, -1)).getMessage().contains("radius"));
        assertThrows(IllegalArgumentException.class, () -> new Polygon(new double[][] {{0, 0}, {1, 1}}, null));
        assertThrows(IllegalArgumentException.class, () -> Box.unitCube(2).signedDistance(new double[3]));
    }

    private static double[] row(DMatrixRMaj m, int r) {
        double[] x = new double[m.numCols];
        System.arraycopy(m.data, r * m.numCols, x, 0, m.numCols);
        return x;
    }
}
