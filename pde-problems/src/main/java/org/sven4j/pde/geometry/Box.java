package org.sven4j.pde.geometry;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The axis-aligned box Ω = [a₁,b₁] × … × [a_d,b_d]; for d = 1 it is an interval (see {@link Interval}).
 *
 * <p>Signed distance (exact): with qᵢ = |xᵢ − cᵢ| − hᵢ (c centre, h half-widths), sd = ‖max(q,0)‖ +
 * min(maxᵢ qᵢ, 0). Boundary map: q = d coordinates; u₀ picks a face with probability proportional to
 * its (d−1)-measure, the other d−1 coordinates place the point uniformly on it.
 */
public class Box implements ParametrizedBoundary {
    private final double[] lower;
    private final double[] upper;
    private final double[] faceCumulative;

    /**
     * @param lower a, length d ≥ 1
     * @param upper b, with aᵢ &lt; bᵢ
     */
    public Box(double[] lower, double[] upper) {
        if (lower == null || upper == null || lower.length == 0 || lower.length != upper.length) {
            throw new IllegalArgumentException("box corners must be non-empty and of equal length");
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(lower[i] < upper[i]) || !Double.isFinite(lower[i]) || !Double.isFinite(upper[i])) {
                throw new IllegalArgumentException("box side " + i + " must satisfy finite lower < upper, got ["
                        + lower[i] + ", " + upper[i] + "]");
            }
        }
        this.lower = lower.clone();
        this.upper = upper.clone();
        int d = lower.length;
        faceCumulative = new double[2 * d];
        double acc = 0;
        for (int f = 0; f < 2 * d; f++) {
            acc += faceMeasure(f / 2);
            faceCumulative[f] = acc;
        }
    }

    /** @return the unit cube [0,1]^d */
    public static Box unitCube(int d) {
        if (d < 1) {
            throw new IllegalArgumentException("unit cube dimension must be >= 1, got " + d);
        }
        double[] a = new double[d];
        double[] b = new double[d];
        Arrays.fill(b, 1.0);
        return new Box(a, b);
    }

    /** @return the cube [a,b]^d */
    public static Box cube(int d, double a, double b) {
        if (d < 1) {
            throw new IllegalArgumentException("cube dimension must be >= 1, got " + d);
        }
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, a);
        Arrays.fill(hi, b);
        return new Box(lo, hi);
    }

    private double faceMeasure(int axis) {
        double m = 1;
        for (int j = 0; j < lower.length; j++) {
            if (j != axis) {
                m *= upper[j] - lower[j];
            }
        }
        return m;
    }

    @Override
    public int dimension() {
        return lower.length;
    }

    @Override
    public double[] lowerBound() {
        return lower.clone();
    }

    @Override
    public double[] upperBound() {
        return upper.clone();
    }

    @Override
    public double signedDistance(double[] x) {
        requirePoint(x);
        double outside = 0;
        double maxQ = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double c = 0.5 * (lower[i] + upper[i]);
            double h = 0.5 * (upper[i] - lower[i]);
            double q = Math.abs(x[i] - c) - h;
            maxQ = Math.max(maxQ, q);
            if (q > 0) {
                outside += q * q;
            }
        }
        return Math.sqrt(outside) + Math.min(maxQ, 0);
    }

    @Override
    public double volume() {
        double v = 1;
        for (int i = 0; i < lower.length; i++) {
            v *= upper[i] - lower[i];
        }
        return v;
    }

    @Override
    public double boundaryMeasure() {
        return faceCumulative[faceCumulative.length - 1];
    }

    @Override
    public int boundaryParameterDimension() {
        return lower.length;
    }

    @Override
    public BoundarySample boundaryFromUnitCube(DMatrixRMaj u) {
        requireUnitCubeColumns(u);
        int d = lower.length;
        int n = u.numRows;
        DMatrixRMaj pts = new DMatrixRMaj(n, d);
        DMatrixRMaj nrm = new DMatrixRMaj(n, d);
        double total = boundaryMeasure();
        for (int r = 0; r < n; r++) {
            double s = u.get(r, 0) * total;
            int face = 0;
            while (face < faceCumulative.length - 1 && s >= faceCumulative[face]) {
                face++;
            }
            int axis = face / 2;
            boolean high = (face & 1) == 1;
            int k = 1;
            for (int j = 0; j < d; j++) {
                double v;
                if (j == axis) {
                    v = high ? upper[j] : lower[j];
                } else {
                    v = lower[j] + u.get(r, k++) * (upper[j] - lower[j]);
                }
                pts.set(r, j, v);
            }
            nrm.set(r, axis, high ? 1.0 : -1.0);
        }
        return new BoundarySample(pts, nrm);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lower.length; i++) {
            if (i > 0) {
                sb.append(" x ");
            }
            sb.append('[').append(fmt(lower[i])).append(',').append(fmt(upper[i])).append(']');
        }
        return sb.toString();
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        if (Math.abs(v - 2 * Math.PI) < 1e-15) {
            return "2π";
        }
        if (Math.abs(v - Math.PI) < 1e-15) {
            return "π";
        }
        return String.valueOf(v);
    }
}
