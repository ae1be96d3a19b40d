package org.sven4j.physics.condition;

import org.ejml.data.DMatrixRMaj;

/**
 * An immutable set of n points in ℝᵈ, optionally with a unit outward normal at each point (for
 * Neumann and Robin conditions). A set may be empty so that the condition that owns it can report
 * the problem by name.
 */
public final class PointSet {
    private final int n;
    private final int d;
    private final double[] coords;
    private final double[] normals;

    private PointSet(int n, int d, double[] coords, double[] normals) {
        this.n = n;
        this.d = d;
        this.coords = coords;
        this.normals = normals;
    }

    /**
     * @param points points[p] = x_p, all of the same length d ≥ 1, finite
     * @return the set (copied)
     */
    public static PointSet of(double[][] points) {
        if (points == null) {
            throw new IllegalArgumentException("points is null");
        }
        if (points.length == 0) {
            return new PointSet(0, 0, new double[0], null);
        }
        int d = points[0].length;
        if (d < 1) {
            throw new IllegalArgumentException("points need dimension >= 1");
        }
        double[] c = new double[points.length * d];
        for (int p = 0; p < points.length; p++) {
            if (points[p].length != d) {
                throw new IllegalArgumentException("point " + p + " has dimension " + points[p].length
                        + " but point 0 has " + d);
            }
            System.arraycopy(points[p], 0, c, p * d, d);
        }
        checkFinite(c, d, "point");
        return new PointSet(points.length, d, c, null);
    }

    /**
     * @param points n×d, one point per row (copied)
     * @return the set
     */
    public static PointSet of(DMatrixRMaj points) {
        double[] c = new double[points.numRows * points.numCols];
        System.arraycopy(points.data, 0, c, 0, c.length);
        checkFinite(c, points.numCols, "point");
        return new PointSet(points.numRows, points.numCols, c, null);
    }

    /**
     * @param normals normals[p] = outward normal at x_p, length d, non-zero; normalised to unit length
     * @return a copy of this set with the normals attached
     */
    public PointSet withNormals(double[][] normals) {
        if (normals == null || normals.length != n) {
            throw new IllegalArgumentException("need " + n + " normals, got "
                    + (normals == null ? "null" : normals.length));
        }
        double[] nn = new double[n * d];
        for (int p = 0; p < n; p++) {
            if (normals[p].length != d) {
                throw new IllegalArgumentException("normal " + p + " has dimension " + normals[p].length
                        + " but the points have " + d);
            }
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += normals[p][i] * normals[p][i];
            }
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("normal " + p + " is zero or not finite");
            }
            double inv = 1 / Math.sqrt(s);
            for (int i = 0; i < d; i++) {
                nn[p * d + i] = normals[p][i] * inv;
            }
        }
        return new PointSet(n, d, coords, nn);
    }

    /**
     * @param normals n×d, row p the outward normal at x_p, non-zero; normalised to unit length
     * @return a copy of this set with the normals attached
     */
    public PointSet withNormals(DMatrixRMaj normals) {
        if (normals == null || normals.numRows != n || normals.numCols != d) {
            throw new IllegalArgumentException("need " + n + "x" + d + " normals, got "
                    + (normals == null ? "null" : normals.numRows + "x" + normals.numCols));
        }
        double[][] rows = new double[n][d];
        for (int p = 0; p < n; p++) {
            System.arraycopy(normals.data, p * d, rows[p], 0, d);
        }
        return withNormals(rows);
    }

    private static void checkFinite(double[] c, int d, String what) {
        for (int i = 0; i < c.length; i++) {
            if (!Double.isFinite(c[i])) {
                throw new IllegalArgumentException(what + " " + (i / d) + " has non-finite coordinate x" + (i % d)
                        + " = " + c[i]);
            }
        }
    }

    /** @return n, the number of points */
    public int size() {
        return n;
    }

    /** @return d, the dimension (0 for an empty set) */
    public int dimension() {
        return d;
    }

    /** @return whether normals are attached */
    public boolean hasNormals() {
        return normals != null;
    }

    /** @return coordinate i of point p */
    public double coordinate(int p, int i) {
        return coords[p * d + i];
    }

    /** @return component i of the unit outward normal at point p */
    public double normal(int p, int i) {
        if (normals == null) {
            throw new IllegalStateException("this point set has no normals");
        }
        return normals[p * d + i];
    }

    /** Copies point p into {@code into} (length ≥ d). */
    public void point(int p, double[] into) {
        System.arraycopy(coords, p * d, into, 0, d);
    }

    /** Copies the normal at point p into {@code into} (length ≥ d). */
    public void normal(int p, double[] into) {
        if (normals == null) {
            throw new IllegalStateException("this point set has no normals");
        }
        System.arraycopy(normals, p * d, into, 0, d);
    }

    /** @return points from..to−1 as a new (to−from)×d row-major matrix */
    public DMatrixRMaj rows(int from, int to) {
        DMatrixRMaj m = new DMatrixRMaj(to - from, d);
        System.arraycopy(coords, from * d, m.data, 0, (to - from) * d);
        return m;
    }

    /** @return all points as a new n×d matrix */
    public DMatrixRMaj toMatrix() {
        return rows(0, n);
    }
}
