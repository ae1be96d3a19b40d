package org.sven4j.pde.geometry;

import org.ejml.data.DMatrixRMaj;

/**
 * A simple (non-self-intersecting) polygon in ℝ², vertices listed counter-clockwise (a clockwise list
 * is reversed). Signed distance: the minimum distance to the edges, O(edges), negative inside by the
 * even–odd crossing rule. Boundary map: q = 1, arc length s = u·perimeter; the outward normal of edge
 * (p, p') with counter-clockwise orientation is (e_y, −e_x)/|e|.
 */
public final class Polygon implements ParametrizedBoundary {
    private final double[] xs;
    private final double[] ys;
    private final double[] cumulative;
    private final String name;

    /**
     * @param vertices m ≥ 3 vertices (x, y), not repeating the first at the end
     * @param name a short name for {@link #describe()}, or null
     */
    public Polygon(double[][] vertices, String name) {
        if (vertices == null || vertices.length < 3) {
            throw new IllegalArgumentException("polygon needs at least 3 vertices");
        }
        int m = vertices.length;
        double[] x = new double[m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            if (vertices[i].length != 2 || !Double.isFinite(vertices[i][0]) || !Double.isFinite(vertices[i][1])) {
                throw new IllegalArgumentException("polygon vertex " + i + " must be 2 finite coordinates");
            }
            x[i] = vertices[i][0];
            y[i] = vertices[i][1];
        }
        double area2 = 0;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            area2 += x[i] * y[j] - x[j] * y[i];
        }
        if (area2 == 0) {
            throw new IllegalArgumentException("polygon has zero area");
        }
        if (area2 < 0) {
            for (int i = 0; i < m / 2; i++) {
                double t = x[i];
                x[i] = x[m - 1 - i];
                x[m - 1 - i] = t;
                t = y[i];
                y[i] = y[m - 1 - i];
                y[m - 1 - i] = t;
            }
        }
        this.xs = x;
        this.ys = y;
        this.name = name;
        cumulative = new double[m];
        double acc = 0;
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            double len = Math.hypot(x[j] - x[i], y[j] - y[i]);
            if (len == 0) {
                throw new IllegalArgumentException("polygon vertices " + i + " and " + j + " coincide");
            }
            acc += len;
            cumulative[i] = acc;
        }
    }

    /**
     * The L-shaped domain (−1,1)² \ [0,1)×(−1,0]: the square with its lower-right quadrant removed,
     * re-entrant corner at the origin with interior angle 3π/2.
     */
    public static Polygon lShape() {
        return new Polygon(new double[][] {{-1, -1}, {0, -1}, {0, 0}, {1, 0}, {1, 1}, {-1, 1}}, "L-shape");
    }

    /** @return the number of vertices */
    public int vertexCount() {
        return xs.length;
    }

    /** @return vertex i as (x, y), counter-clockwise order */
    public double[] vertex(int i) {
        return new double[] {xs[i], ys[i]};
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double[] lowerBound() {
        double a = Double.POSITIVE_INFINITY;
        double b = Double.POSITIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            a = Math.min(a, xs[i]);
            b = Math.min(b, ys[i]);
        }
        return new double[] {a, b};
    }

    @Override
    public double[] upperBound() {
        double a = Double.NEGATIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            a = Math.max(a, xs[i]);
            b = Math.max(b, ys[i]);
        }
        return new double[] {a, b};
    }

    @Override
    public double signedDistance(double[] p) {
        requirePoint(p);
        double px = p[0];
        double py = p[1];
        int m = xs.length;
        double best = Double.POSITIVE_INFINITY;
        boolean inside = false;
        for (int i = 0, j = m - 1; i < m; j = i++) {
            double ex = xs[i] - xs[j];
            double ey = ys[i] - ys[j];
            double wx = px - xs[j];
            double wy = py - ys[j];
            double t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
            double dx = wx - t * ex;
            double dy = wy - t * ey;
            best = Math.min(best, dx * dx + dy * dy);
            if ((ys[i] > py) != (ys[j] > py) && px < xs[j] + (py - ys[j]) * ex / ey) {
                inside = !inside;
            }
        }
        double dist = Math.sqrt(best);
        return inside ? -dist : dist;
    }

    @Override
    public double volume() {
        double a = 0;
        for (int i = 0; i < xs.length; i++) {
            int j = (i + 1) % xs.length;
            a += xs[i] * ys[j] - xs[j] * ys[i];
        }
        return 0.5 * a;
    }

    @Override
    public double boundaryMeasure() {
        return cumulative[cumulative.length - 1];
    }

    @Override
    public int boundaryParameterDimension() {
        return 1;
    }

    @Override
    public BoundarySample boundaryFromUnitCube(DMatrixRMaj u) {
        requireUnitCubeColumns(u);
        int n = u.numRows;
        int m = xs.length;
        DMatrixRMaj pts = new DMatrixRMaj(n, 2);
        DMatrixRMaj nrm = new DMatrixRMaj(n, 2);
        double total = boundaryMeasure();
        for (int r = 0; r < n; r++) {
            double s = Math.min(u.get(r, 0), 1.0) * total;
            int e = 0;
            while (e < m - 1 && s >= cumulative[e]) {
                e++;
            }
            double start = e == 0 ? 0 : cumulative[e - 1];
            double len = cumulative[e] - start;
            double t = Math.min(1, Math.max(0, (s - start) / len));
            int f = (e + 1) % m;
            double ex = xs[f] - xs[e];
            double ey = ys[f] - ys[e];
            pts.set(r, 0, xs[e] + t * ex);
            pts.set(r, 1, ys[e] + t * ey);
            nrm.set(r, 0, ey / len);
            nrm.set(r, 1, -ex / len);
        }
        return new BoundarySample(pts, nrm);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder(name == null ? "polygon" : name).append(" [");
        for (int i = 0; i < xs.length; i++) {
            sb.append(i > 0 ? " " : "").append('(').append(Box.fmt(xs[i])).append(',').append(Box.fmt(ys[i])).append(')');
        }
        return sb.append(']').toString();
    }
}
