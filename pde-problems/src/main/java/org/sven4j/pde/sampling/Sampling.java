package org.sven4j.pde.sampling;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.pde.geometry.BoundarySample;
import org.sven4j.pde.geometry.Box;
import org.sven4j.pde.geometry.Geometry;
import org.sven4j.pde.geometry.ParametrizedBoundary;
import org.sven4j.pde.geometry.SpaceTime;

/**
 * Point sets on geometries from a {@link UnitCubeSampler}.
 *
 * <ul>
 * <li>Interior: boxes map the unit cube affinely; every other geometry keeps, in order, the points of
 * the bounding box that it contains (rejection), drawing more until n are accepted. For a sequence
 * sampler the result is a prefix-stable subsequence and keeps its low discrepancy; for a Latin
 * hypercube design the stratification holds on the bounding box, not on Ω.</li>
 * <li>Boundary: proportional to boundary measure, through {@link ParametrizedBoundary}; for a
 * {@link SpaceTime} cylinder the counts of the initial slice, final slice and lateral boundary are
 * the largest-remainder rounding of n·(|Ω|, |Ω|, T|∂Ω|)/|∂Q|.</li>
 * </ul>
 */
public final class Sampling {
    private static final int MAX_DRAW = 1 << 26;

    private Sampling() {
    }

    /**
     * @param g the geometry
     * @param s the unit-cube sampler
     * @param n number of interior points, ≥ 0
     * @return n×d points in g
     */
    public static DMatrixRMaj interior(Geometry g, UnitCubeSampler s, int n) {
        UnitCubeSampler.requireShape(n, g.dimension());
        int d = g.dimension();
        double[] lo = g.lowerBound();
        double[] hi = g.upperBound();
        if (g instanceof Box) {
            return toBox(s.sample(n, d), lo, hi);
        }
        double boxVolume = 1;
        for (int j = 0; j < d; j++) {
            boxVolume *= hi[j] - lo[j];
        }
        double acceptance = Math.max(1e-6, Math.min(1, g.volume() / boxVolume));
        int m = (int) Math.min(MAX_DRAW, Math.ceil(n / acceptance * 1.1) + 16);
        while (true) {
            DMatrixRMaj cand = toBox(s.sample(m, d), lo, hi);
            DMatrixRMaj out = new DMatrixRMaj(n, d);
            double[] x = new double[d];
            int k = 0;
            for (int r = 0; r < m && k < n; r++) {
                System.arraycopy(cand.data, r * d, x, 0, d);
                if (g.contains(x)) {
                    System.arraycopy(x, 0, out.data, k * d, d);
                    k++;
                }
            }
            if (k == n) {
                return out;
            }
            if (m >= MAX_DRAW) {
                throw new IllegalArgumentException("rejection sampling of " + g.describe() + " accepted only " + k
                        + " of " + m + " points; the geometry's volume may be wrong");
            }
            m = (int) Math.min(MAX_DRAW, 2L * m);
        }
    }

    /**
     * Boundary points with outward unit normals, proportional to boundary measure.
     *
     * @param g a {@link ParametrizedBoundary} or a {@link SpaceTime}
     * @param s the unit-cube sampler
     * @param n number of points
     */
    public static BoundarySample boundary(Geometry g, UnitCubeSampler s, int n) {
        UnitCubeSampler.requireShape(n, g.dimension());
        if (g instanceof ParametrizedBoundary) {
            ParametrizedBoundary pb = (ParametrizedBoundary) g;
            return pb.boundaryFromUnitCube(s.sample(n, pb.boundaryParameterDimension()));
        }
        if (g instanceof SpaceTime) {
            SpaceTime st = (SpaceTime) g;
            double cap = st.space().volume();
            int[] c = proportionalCounts(n, new double[] {cap, cap, st.lateralMeasure()});
            DMatrixRMaj inner = interior(st.space(), s, c[0] + c[1]);
            int d = st.dimension();
            DMatrixRMaj pts = new DMatrixRMaj(c[0] + c[1], d);
            DMatrixRMaj nrm = new DMatrixRMaj(c[0] + c[1], d);
            for (int r = 0; r < c[0] + c[1]; r++) {
                boolean initial = r < c[0];
                pts.set(r, 0, initial ? st.time().a() : st.time().b());
                nrm.set(r, 0, initial ? -1 : 1);
                for (int j = 1; j < d; j++) {
                    pts.set(r, j, inner.get(r, j - 1));
                }
            }
            return BoundarySample.concat(new BoundarySample(pts, nrm), lateral(st, s, c[2]));
        }
        throw new IllegalArgumentException("no boundary sampling for " + g.getClass().getSimpleName()
                + "; implement ParametrizedBoundary");
    }

    /**
     * @return n points (t₀, x) with x sampled in Ω (the initial slice)
     */
    public static DMatrixRMaj initial(SpaceTime st, UnitCubeSampler s, int n) {
        return st.atTime(st.time().a(), interior(st.space(), s, n));
    }

    /**
     * @return n lateral boundary points (t, x), x ∈ ∂Ω, with normals (0, n_Ω)
     */
    public static BoundarySample lateral(SpaceTime st, UnitCubeSampler s, int n) {
        UnitCubeSampler.requireShape(n, st.dimension());
        return st.lateralFromUnitCube(s.sample(n, st.lateralParameterDimension()));
    }

    /**
     * Largest-remainder rounding: non-negative integers summing to n, each within 1 of n·wᵢ/Σw.
     *
     * @param n total
     * @param weights non-negative, positive sum
     */
    public static int[] proportionalCounts(int n, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must have a positive sum");
        }
        int[] c = new int[weights.length];
        double[] rem = new double[weights.length];
        int used = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = n * weights[i] / sum;
            c[i] = (int) Math.floor(exact);
            rem[i] = exact - c[i];
            used += c[i];
        }
        while (used < n) {
            int best = 0;
            for (int i = 1; i < rem.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            c[best]++;
            rem[best] = -1;
            used++;
        }
        return c;
    }

    private static DMatrixRMaj toBox(DMatrixRMaj u, double[] lo, double[] hi) {
        int d = lo.length;
        for (int r = 0; r < u.numRows; r++) {
            for (int j = 0; j < d; j++) {
                int i = r * d + j;
                u.data[i] = lo[j] + u.data[i] * (hi[j] - lo[j]);
            }
        }
        return u;
    }
}
