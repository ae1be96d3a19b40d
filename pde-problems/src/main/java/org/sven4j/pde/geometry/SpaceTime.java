package org.sven4j.pde.geometry;

import org.ejml.data.DMatrixRMaj;

/**
 * The space–time cylinder Q = [t₀, t₁] × Ω for a spatial domain Ω ⊂ ℝᵈ. <b>Coordinate order: time
 * first</b>, a point is (t, x₁, …, x_d), dimension d + 1.
 *
 * <p>Signed distance (exact for a Cartesian product): with s_t = signed distance of t to [t₀,t₁] and
 * s_x that of x to Ω, sd = max(s_t, s_x) when both are ≤ 0, otherwise
 * √(max(s_t,0)² + max(s_x,0)²).
 *
 * <p>∂Q has three pieces: the initial slice {t₀}×Ω (normal −e_t), the final slice {t₁}×Ω (normal
 * +e_t) and the lateral boundary [t₀,t₁]×∂Ω (normal (0, n_Ω)). The lateral boundary is parametrised
 * by q_Ω + 1 unit-cube coordinates ({@link #lateralFromUnitCube}); the slices are sampled inside Ω.
 */
public final class SpaceTime implements Geometry {
    private final Interval time;
    private final ParametrizedBoundary space;

    /**
     * @param time [t₀, t₁]
     * @param space Ω
     */
    public SpaceTime(Interval time, ParametrizedBoundary space) {
        if (time == null || space == null) {
            throw new IllegalArgumentException("space-time needs a time interval and a spatial domain, got null");
        }
        this.time = time;
        this.space = space;
    }

    /** @return [t₀, t₁] */
    public Interval time() {
        return time;
    }

    /** @return Ω */
    public ParametrizedBoundary space() {
        return space;
    }

    @Override
    public int dimension() {
        return 1 + space.dimension();
    }

    @Override
    public double[] lowerBound() {
        return prepend(time.a(), space.lowerBound());
    }

    @Override
    public double[] upperBound() {
        return prepend(time.b(), space.upperBound());
    }

    private static double[] prepend(double t, double[] x) {
        double[] p = new double[x.length + 1];
        p[0] = t;
        System.arraycopy(x, 0, p, 1, x.length);
        return p;
    }

    @Override
    public double signedDistance(double[] p) {
        requirePoint(p);
        double st = time.signedDistance(new double[] {p[0]});
        double[] x = new double[p.length - 1];
        System.arraycopy(p, 1, x, 0, x.length);
        double sx = space.signedDistance(x);
        if (st <= 0 && sx <= 0) {
            return Math.max(st, sx);
        }
        double a = Math.max(st, 0);
        double b = Math.max(sx, 0);
        return Math.sqrt(a * a + b * b);
    }

    /** |Q| = (t₁ − t₀)·|Ω|. */
    @Override
    public double volume() {
        return time.length() * space.volume();
    }

    /** |∂Q| = 2|Ω| + (t₁ − t₀)|∂Ω|. */
    @Override
    public double boundaryMeasure() {
        return 2 * space.volume() + lateralMeasure();
    }

    /** @return (t₁ − t₀)·|∂Ω| */
    public double lateralMeasure() {
        return time.length() * space.boundaryMeasure();
    }

    /** @return q_Ω + 1, the unit-cube coordinates per lateral point (time last) */
    public int lateralParameterDimension() {
        return space.boundaryParameterDimension() + 1;
    }

    /**
     * Lateral boundary points (t, x) with x ∈ ∂Ω and normals (0, n_Ω(x)); the push-forward of the uniform
     * measure is the normalised lateral measure.
     *
     * @param u n×(q_Ω + 1): the first q_Ω columns feed Ω's boundary map, the last is the time fraction
     */
    public BoundarySample lateralFromUnitCube(DMatrixRMaj u) {
        int q = space.boundaryParameterDimension();
        if (u == null || u.numCols != q + 1) {
            throw new IllegalArgumentException("lateral unit-cube points must have " + (q + 1) + " columns, got "
                    + (u == null ? "null" : String.valueOf(u.numCols)));
        }
        int n = u.numRows;
        DMatrixRMaj su = new DMatrixRMaj(n, q);
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < q; j++) {
                su.set(r, j, u.get(r, j));
            }
        }
        BoundarySample sb = space.boundaryFromUnitCube(su);
        int d = space.dimension();
        DMatrixRMaj pts = new DMatrixRMaj(n, d + 1);
        DMatrixRMaj nrm = new DMatrixRMaj(n, d + 1);
        for (int r = 0; r < n; r++) {
            pts.set(r, 0, time.a() + u.get(r, q) * time.length());
            for (int j = 0; j < d; j++) {
                pts.set(r, j + 1, sb.points().get(r, j));
                nrm.set(r, j + 1, sb.normals().get(r, j));
            }
        }
        return new BoundarySample(pts, nrm);
    }

    /**
     * Lifts spatial points to the time slice t: rows (t, x).
     *
     * @param t the time
     * @param x n×d spatial points
     */
    public DMatrixRMaj atTime(double t, DMatrixRMaj x) {
        if (x.numCols != space.dimension()) {
            throw new IllegalArgumentException("spatial points must have " + space.dimension() + " columns, got "
                    + x.numCols);
        }
        DMatrixRMaj p = new DMatrixRMaj(x.numRows, x.numCols + 1);
        for (int r = 0; r < x.numRows; r++) {
            p.set(r, 0, t);
            for (int j = 0; j < x.numCols; j++) {
                p.set(r, j + 1, x.get(r, j));
            }
        }
        return p;
    }

    @Override
    public String describe() {
        return "t in " + time.describe() + ", x in " + space.describe();
    }
}
