package org.sven4j.pde.sampling;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.pde.geometry.Box;
import org.sven4j.pde.geometry.Geometry;

/**
 * Tensor-product grids. Points are listed in row-major (lexicographic) order with the <b>last</b>
 * coordinate varying fastest: point index = ((i₀·n₁ + i₁)·n₂ + i₂)… . Total size Π nⱼ.
 */
public final class TensorGrid {
    private TensorGrid() {
    }

    /**
     * @param axes the node list of every coordinate, each non-empty
     * @return the Π nⱼ × d tensor grid
     */
    public static DMatrixRMaj of(double[]... axes) {
        if (axes == null || axes.length == 0) {
            throw new IllegalArgumentException("tensor grid needs at least one axis");
        }
        int d = axes.length;
        long total = 1;
        for (int j = 0; j < d; j++) {
            if (axes[j] == null || axes[j].length == 0) {
                throw new IllegalArgumentException("tensor grid axis " + j + " is empty");
            }
            total *= axes[j].length;
        }
        if (total > Integer.MAX_VALUE / d) {
            throw new IllegalArgumentException("tensor grid too large: " + total + " points");
        }
        int n = (int) total;
        DMatrixRMaj p = new DMatrixRMaj(n, d);
        int[] idx = new int[d];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) {
                p.data[r * d + j] = axes[j][idx[j]];
            }
            for (int j = d - 1; j >= 0; j--) {
                if (++idx[j] < axes[j].length) {
                    break;
                }
                idx[j] = 0;
            }
        }
        return p;
    }

    /**
     * Equispaced nodes a, a + h, …, b with h = (b − a)/(n − 1); n = 1 gives the midpoint.
     *
     * @param n ≥ 1
     */
    public static double[] uniformNodes(double a, double b, int n) {
        requireCount(n);
        double[] x = new double[n];
        if (n == 1) {
            x[0] = 0.5 * (a + b);
            return x;
        }
        for (int i = 0; i < n; i++) {
            x[i] = a + (b - a) * i / (n - 1);
        }
        x[n - 1] = b;
        return x;
    }

    /**
     * Chebyshev–Gauss–Lobatto nodes xᵢ = (a+b)/2 − (b−a)/2 · cos(πi/(n−1)), i = 0…n−1, ascending, end points
     * included (n = 1 gives the midpoint). Computed with the sine form (b−a)/2·(1 − cos θ) = (b−a) sin²(θ/2)
     * so that nodes near a are accurate.
     *
     * @param n ≥ 1
     */
    public static double[] chebyshevLobattoNodes(double a, double b, int n) {
        requireCount(n);
        double[] x = new double[n];
        if (n == 1) {
            x[0] = 0.5 * (a + b);
            return x;
        }
        for (int i = 0; i < n; i++) {
            double s = Math.sin(0.5 * Math.PI * i / (n - 1));
            x[i] = a + (b - a) * s * s;
        }
        x[0] = a;
        x[n - 1] = b;
        return x;
    }

    /**
     * @param box the box
     * @param counts nodes per coordinate, length d
     * @return the equispaced tensor grid on the box, end points included
     */
    public static DMatrixRMaj uniform(Box box, int... counts) {
        double[] lo = box.lowerBound();
        double[] hi = box.upperBound();
        requireCounts(counts, lo.length);
        double[][] axes = new double[lo.length][];
        for (int j = 0; j < lo.length; j++) {
            axes[j] = uniformNodes(lo[j], hi[j], counts[j]);
        }
        return of(axes);
    }

    /**
     * @param box the box
     * @param counts nodes per coordinate, length d
     * @return the Chebyshev–Gauss–Lobatto tensor grid on the box
     */
    public static DMatrixRMaj chebyshevLobatto(Box box, int... counts) {
        double[] lo = box.lowerBound();
        double[] hi = box.upperBound();
        requireCounts(counts, lo.length);
        double[][] axes = new double[lo.length][];
        for (int j = 0; j < lo.length; j++) {
            axes[j] = chebyshevLobattoNodes(lo[j], hi[j], counts[j]);
        }
        return of(axes);
    }

    /**
     * The equispaced grid on the geometry's bounding box, restricted to the geometry.
     *
     * @param g any geometry
     * @param counts nodes per coordinate of the bounding box
     */
    public static DMatrixRMaj uniform(Geometry g, int... counts) {
        return restrict(uniform(new Box(g.lowerBound(), g.upperBound()), counts), g);
    }

    /**
     * @param points n×d
     * @param g a geometry of dimension d
     * @return the rows of {@code points} that {@code g} contains, in their order
     */
    public static DMatrixRMaj restrict(DMatrixRMaj points, Geometry g) {
        int d = g.dimension();
        if (points.numCols != d) {
            throw new IllegalArgumentException("points have " + points.numCols + " columns, geometry dimension is " + d);
        }
        double[] x = new double[d];
        DMatrixRMaj out = new DMatrixRMaj(points.numRows, d);
        int k = 0;
        for (int r = 0; r < points.numRows; r++) {
            System.arraycopy(points.data, r * d, x, 0, d);
            if (g.contains(x)) {
                System.arraycopy(x, 0, out.data, k * d, d);
                k++;
            }
        }
        out.reshape(k, d, true);
        return out;
    }

    private static void requireCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("grid node count must be >= 1, got " + n);
        }
    }

    private static void requireCounts(int[] counts, int d) {
        if (counts == null || counts.length != d) {
            throw new IllegalArgumentException("need " + d + " grid counts, got "
                    + (counts == null ? "null" : String.valueOf(counts.length)));
        }
        for (int c : counts) {
            requireCount(c);
        }
    }
}
