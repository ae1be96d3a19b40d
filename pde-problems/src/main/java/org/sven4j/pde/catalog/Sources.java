package org.sven4j.pde.catalog;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.pde.geometry.BoundarySample;
import org.sven4j.pde.geometry.Geometry;
import org.sven4j.pde.geometry.Interval;
import org.sven4j.pde.geometry.SpaceTime;
import org.sven4j.pde.sampling.Sampling;

/** The standard point sources of the catalog's conditions. */
public final class Sources {
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
}
