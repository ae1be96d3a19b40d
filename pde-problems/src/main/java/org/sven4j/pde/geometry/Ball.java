package org.sven4j.pde.geometry;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * The closed ball {x : ‖x − c‖ ≤ R} in ℝᵈ (d = 2: the disk). Signed distance ‖x − c‖ − R (exact);
 * outward normal (x − c)/R on the sphere.
 *
 * <p>Boundary map: d = 2 uses q = 1 (angle θ = 2πu), d = 3 uses q = 2 (the area-preserving map
 * z = 2u₁ − 1, φ = 2πu₂); d ≥ 4 uses q = d coordinates mapped to standard normals by the inverse
 * normal CDF and normalised (the rotation-invariant Gaussian construction). All three give the
 * uniform measure on the sphere.
 */
public final class Ball implements ParametrizedBoundary {
    private static final double EDGE = 1e-15;
    private final double[] centre;
    private final double radius;

    /**
     * @param centre c, length d ≥ 2
     * @param radius R &gt; 0
     */
    public Ball(double[] centre, double radius) {
        if (centre == null || centre.length < 2) {
            throw new IllegalArgumentException("ball centre must have length >= 2 (use Interval for d = 1)");
        }
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("ball radius must be finite and > 0, got " + radius);
        }
        this.centre = centre.clone();
        this.radius = radius;
    }

    /** @return the disk of radius r around (cx, cy) */
    public static Ball disk(double cx, double cy, double r) {
        return new Ball(new double[] {cx, cy}, r);
    }

    /** @return c (a copy) */
    public double[] centre() {
        return centre.clone();
    }

    /** @return R */
    public double radius() {
        return radius;
    }

    @Override
    public int dimension() {
        return centre.length;
    }

    @Override
    public double[] lowerBound() {
        double[] a = centre.clone();
        for (int i = 0; i < a.length; i++) {
            a[i] -= radius;
        }
        return a;
    }

    @Override
    public double[] upperBound() {
        double[] b = centre.clone();
        for (int i = 0; i < b.length; i++) {
            b[i] += radius;
        }
        return b;
    }

    @Override
    public double signedDistance(double[] x) {
        requirePoint(x);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double t = x[i] - centre[i];
            s += t * t;
        }
        return Math.sqrt(s) - radius;
    }

    /** V = π^{d/2} R^d / Γ(d/2 + 1). */
    @Override
    public double volume() {
        int d = centre.length;
        return Math.pow(Math.PI, d / 2.0) * Math.pow(radius, d) / Gamma.gamma(d / 2.0 + 1);
    }

    /** S = 2 π^{d/2} R^{d−1} / Γ(d/2). */
    @Override
    public double boundaryMeasure() {
        int d = centre.length;
        return 2 * Math.pow(Math.PI, d / 2.0) * Math.pow(radius, d - 1) / Gamma.gamma(d / 2.0);
    }

    @Override
    public int boundaryParameterDimension() {
        int d = centre.length;
        return d == 2 ? 1 : d == 3 ? 2 : d;
    }

    @Override
    public BoundarySample boundaryFromUnitCube(DMatrixRMaj u) {
        requireUnitCubeColumns(u);
        int d = centre.length;
        int n = u.numRows;
        DMatrixRMaj pts = new DMatrixRMaj(n, d);
        DMatrixRMaj nrm = new DMatrixRMaj(n, d);
        double[] dir = new double[d];
        for (int r = 0; r < n; r++) {
            if (d == 2) {
                double th = 2 * Math.PI * u.get(r, 0);
                dir[0] = Math.cos(th);
                dir[1] = Math.sin(th);
            } else if (d == 3) {
                double z = 2 * u.get(r, 0) - 1;
                double phi = 2 * Math.PI * u.get(r, 1);
                double rho = Math.sqrt(Math.max(0, 1 - z * z));
                dir[0] = rho * Math.cos(phi);
                dir[1] = rho * Math.sin(phi);
                dir[2] = z;
            } else {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double p = Math.min(1 - EDGE, Math.max(EDGE, u.get(r, j)));
                    dir[j] = Math.sqrt(2) * Erf.erfInv(2 * p - 1);
                    s += dir[j] * dir[j];
                }
                s = Math.sqrt(s);
                if (s == 0) {
                    dir[0] = 1;
                    s = 1;
                }
                for (int j = 0; j < d; j++) {
                    dir[j] /= s;
                }
            }
            for (int j = 0; j < d; j++) {
                pts.set(r, j, centre[j] + radius * dir[j]);
                nrm.set(r, j, dir[j]);
            }
        }
        return new BoundarySample(pts, nrm);
    }

    @Override
    public String describe() {
        StringBuilder c = new StringBuilder("(");
        for (int i = 0; i < centre.length; i++) {
            c.append(i > 0 ? "," : "").append(Box.fmt(centre[i]));
        }
        return (centre.length == 2 ? "disk" : centre.length + "-ball") + " centre " + c + ") radius " + Box.fmt(radius);
    }
}
