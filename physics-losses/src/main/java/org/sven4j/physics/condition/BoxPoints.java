package org.sven4j.physics.condition;

import java.util.SplittableRandom;

/**
 * Small point generators on boxes, for examples and tests (the geometries and samplers of the
 * benchmark catalog live in pde-problems).
 */
public final class BoxPoints {
    private BoxPoints() {
    }

    /**
     * The strictly interior tensor grid of the box [lo, hi]ᵈ with n points per axis:
     * x_i = lo + (j + 1)·h, h = (hi − lo)/(n + 1), j = 0..n−1; nᵈ points, first axis slowest.
     */
    public static PointSet interiorGrid(int d, int n, double lo, double hi) {
        if (d < 1 || n < 1 || !(hi > lo)) {
            throw new IllegalArgumentException("interior grid needs d >= 1, n >= 1, hi > lo; got d=" + d + ", n=" + n
                    + ", [" + lo + ", " + hi + "]");
        }
        int total = (int) Math.pow(n, d);
        double h = (hi - lo) / (n + 1);
        double[][] pts = new double[total][d];
        for (int p = 0; p < total; p++) {
            int rest = p;
            for (int i = d - 1; i >= 0; i--) {
                pts[p][i] = lo + (rest % n + 1) * h;
                rest /= n;
            }
        }
        return PointSet.of(pts);
    }

    /**
     * The boundary of the square [lo, hi]² with {@code perSide} points on each side and outward
     * normals: side k has the points a + j·(b − a)/perSide, j = 0..perSide−1, walking counter-clockwise
     * from each corner, so every corner appears once; 4·perSide points.
     */
    public static PointSet squareBoundary(int perSide, double lo, double hi) {
        if (perSide < 1 || !(hi > lo)) {
            throw new IllegalArgumentException("square boundary needs perSide >= 1 and hi > lo");
        }
        double[][] corner = {{lo, lo}, {hi, lo}, {hi, hi}, {lo, hi}};
        double[][] normal = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};
        double[][] pts = new double[4 * perSide][];
        double[][] nrm = new double[4 * perSide][];
        for (int s = 0; s < 4; s++) {
            double[] a = corner[s];
            double[] b = corner[(s + 1) % 4];
            for (int j = 0; j < perSide; j++) {
                double t = (double) j / perSide;
                pts[s * perSide + j] = new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])};
                nrm[s * perSide + j] = normal[s].clone();
            }
        }
        return PointSet.of(pts).withNormals(nrm);
    }

    /** @return a source of uniform random points in the box [lo, hi]ᵈ (seeded) */
    public static PointSource uniform(int d, double lo, double hi) {
        return (seed, count) -> {
            SplittableRandom r = new SplittableRandom(seed);
            double[][] pts = new double[count][d];
            for (double[] x : pts) {
                for (int i = 0; i < d; i++) {
                    x[i] = lo + (hi - lo) * r.nextDouble();
                }
            }
            return PointSet.of(pts);
        };
    }
}
