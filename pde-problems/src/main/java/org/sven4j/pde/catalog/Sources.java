package org.sven4j.pde.catalog;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.pde.geometry.BoundarySample;
import org.sven4j.pde.geometry.Box;
import org.sven4j.pde.geometry.Geometry;
import org.sven4j.pde.geometry.Interval;
import org.sven4j.pde.geometry.SpaceTime;
import org.sven4j.pde.sampling.Sampling;
import org.sven4j.pde.sampling.TensorGrid;
import org.sven4j.pde.sampling.UnitCubeSampler;

/** The standard point sources of the catalog's conditions. */
final class Sources {
    private Sources() {
    }

    /** @return interior points of g */
    public static PointSource interior(Geometry g) {
        return (s, n) -> new RolePoints(Sampling.interior(g, s, n), null, null);
    }

    /** @return boundary points of g with normals (for a space–time cylinder: the lateral boundary only) */
    public static PointSource boundary(Geometry g) {
        return (s, n) -> {
            BoundarySample b = g instanceof SpaceTime ? Sampling.lateral((SpaceTime) g, s, n) : Sampling.boundary(g, s, n);
            return new RolePoints(b.points(), b.normals(), null);
        };
    }

    /** @return points (t₀, x) of the initial slice */
    public static PointSource initial(SpaceTime st) {
        return (s, n) -> new RolePoints(Sampling.initial(st, s, n), null, null);
    }

    /**
     * Periodic pairs for a space–time cylinder over an interval [a, b]: points (t, a) with partners (t, b),
     * t sampled in [t₀, t₁].
     */
    public static PointSource periodic(SpaceTime st) {
        if (!(st.space() instanceof Interval)) {
            throw new IllegalArgumentException("periodic pairs need a 1-D spatial interval, got " + st.space().describe());
        }
        Interval x = (Interval) st.space();
        return (s, n) -> {
            DMatrixRMaj u = s.sample(n, 1);
            DMatrixRMaj p = new DMatrixRMaj(n, 2);
            DMatrixRMaj q = new DMatrixRMaj(n, 2);
            for (int r = 0; r < n; r++) {
                double t = st.time().a() + u.get(r, 0) * st.time().length();
                p.set(r, 0, t);
                p.set(r, 1, x.a());
                q.set(r, 0, t);
                q.set(r, 1, x.b());
            }
            return new RolePoints(p, null, q);
        };
    }

    /**
     * The strictly interior equispaced tensor grid of a box, k points per axis with k = n^{1/d}:
     * x_i = lo_i + (j + 1)(hi_i − lo_i)/(k + 1), j = 0..k−1 (first axis slowest). Ignores the sampler.
     *
     * @throws IllegalArgumentException when n is not a d-th power
     */
    public static PointSource interiorGrid(Box box) {
        int d = box.dimension();
        double[] lo = box.lowerBound();
        double[] hi = box.upperBound();
        return (s, n) -> {
            int k = perAxis(n, d, "interior grid of " + box.describe());
            double[][] axes = new double[d][k];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < k; j++) {
                    axes[i][j] = lo[i] + (j + 1) * (hi[i] - lo[i]) / (k + 1);
                }
            }
            return new RolePoints(TensorGrid.of(axes), null, null);
        };
    }

    private static int perAxis(int n, int d, String what) {
        int k = (int) Math.round(Math.pow(n, 1.0 / d));
        if (Math.round(Math.pow(k, d)) != n) {
            throw new IllegalArgumentException(what + " needs a number of points that is a " + d
                    + "-th power, got " + n);
        }
        return k;
    }

    /**
     * Equispaced boundary points of a 2-D box with outward normals: n/4 per side at the midpoints of n/4
     * equal segments (corners excluded), sides in counter-clockwise order from the lower left. Ignores the
     * sampler.
     *
     * @throws IllegalArgumentException for a box that is not 2-D or n not divisible by 4
     */
    public static PointSource boundaryGrid(Box box) {
        if (box.dimension() != 2) {
            throw new IllegalArgumentException("boundary grid is for 2-D boxes, got " + box.describe());
        }
        double[] lo = box.lowerBound();
        double[] hi = box.upperBound();
        double[][] corner = {{lo[0], lo[1]}, {hi[0], lo[1]}, {hi[0], hi[1]}, {lo[0], hi[1]}};
        double[][] normal = {{0, -1}, {1, 0}, {0, 1}, {-1, 0}};
        return (s, n) -> {
            if (n % 4 != 0 || n == 0) {
                throw new IllegalArgumentException("boundary grid of " + box.describe()
                        + " needs a positive multiple of 4 points, got " + n);
            }
            int per = n / 4;
            DMatrixRMaj p = new DMatrixRMaj(n, 2);
            DMatrixRMaj q = new DMatrixRMaj(n, 2);
            for (int side = 0; side < 4; side++) {
                double[] a = corner[side];
                double[] b = corner[(side + 1) % 4];
                for (int j = 0; j < per; j++) {
                    double t = (j + 0.5) / per;
                    int r = side * per + j;
                    p.set(r, 0, a[0] + t * (b[0] - a[0]));
                    p.set(r, 1, a[1] + t * (b[1] - a[1]));
                    q.set(r, 0, normal[side][0]);
                    q.set(r, 1, normal[side][1]);
                }
            }
            return new RolePoints(p, q, null);
        };
    }

    /**
     * @return n copies of the fixed point x (for pinning conditions such as a pressure gauge); ignores the
     *         sampler (which may be null)
     */
    public static PointSource fixedPoint(double... x) {
        return new FixedPoint(x.clone());
    }

    /** @return whether {@code s} is a {@link #fixedPoint(double...)} source, whose points never depend on a sampler */
    public static boolean isFixed(PointSource s) {
        return s instanceof FixedPoint;
    }

    private record FixedPoint(double[] x) implements PointSource {
        @Override
        public RolePoints sample(UnitCubeSampler sampler, int n) {
            DMatrixRMaj p = new DMatrixRMaj(n, x.length);
            for (int r = 0; r < n; r++) {
                System.arraycopy(x, 0, p.data, r * x.length, x.length);
            }
            return new RolePoints(p, null, null);
        }
    }
}
