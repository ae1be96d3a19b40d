package org.sven4j.physics.assembly;

import java.util.function.ToDoubleFunction;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.physics.condition.PointSet;

/** Point sets and error measures for the assembly tests. */
final class TestPoints {
    private TestPoints() {
    }

    /** n Chebyshev–Gauss nodes on (lo, hi), strictly inside. */
    static double[] chebyshev(int n, double lo, double hi) {
        double[] t = new double[n];
        for (int j = 0; j < n; j++) {
            t[j] = lo + (hi - lo) * 0.5 * (1 - Math.cos(Math.PI * (j + 0.5) / n));
        }
        return t;
    }

    /** Tensor product of two node lists. */
    static PointSet tensor(double[] xs, double[] ys) {
        double[][] p = new double[xs.length * ys.length][];
        int k = 0;
        for (double x : xs) {
            for (double y : ys) {
                p[k++] = new double[] {x, y};
            }
        }
        return PointSet.of(p);
    }

    /** Points (x, c) for x in xs (a horizontal line y = c). */
    static PointSet lineX(double[] xs, double c) {
        double[][] p = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            p[i] = new double[] {xs[i], c};
        }
        return PointSet.of(p);
    }

    /** Points (c, y) for y in ys (a vertical line x = c). */
    static PointSet lineY(double c, double[] ys) {
        double[][] p = new double[ys.length][];
        for (int i = 0; i < ys.length; i++) {
            p[i] = new double[] {c, ys[i]};
        }
        return PointSet.of(p);
    }

    /** Boundary of [0,1]² with Chebyshev nodes on each side and the four corners. */
    static PointSet squareBoundary(int n) {
        double[] t = chebyshev(n, 0, 1);
        double[][] p = new double[4 * n + 4][];
        int k = 0;
        for (double s : t) {
            p[k++] = new double[] {s, 0};
            p[k++] = new double[] {s, 1};
            p[k++] = new double[] {0, s};
            p[k++] = new double[] {1, s};
        }
        p[k++] = new double[] {0, 0};
        p[k++] = new double[] {1, 0};
        p[k++] = new double[] {0, 1};
        p[k] = new double[] {1, 1};
        return PointSet.of(p);
    }

    /** Uniform (n+1)×(n+1) grid on [0,1]² including the boundary. */
    static DMatrixRMaj evaluationGrid(int n) {
        DMatrixRMaj x = new DMatrixRMaj((n + 1) * (n + 1), 2);
        int k = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                x.data[k++] = (double) i / n;
                x.data[k++] = (double) j / n;
            }
        }
        return x;
    }

    /** ‖u_h − u‖₂ / ‖u‖₂ over the rows of x. */
    static double relativeL2(PhysicsSystem sys, double[] params, DMatrixRMaj x, ToDoubleFunction<double[]> exact) {
        double[] u = sys.field(params, x);
        double num = 0;
        double den = 0;
        for (int p = 0; p < x.numRows; p++) {
            double e = exact.applyAsDouble(new double[] {x.get(p, 0), x.get(p, 1)});
            num += (u[p] - e) * (u[p] - e);
            den += e * e;
        }
        return Math.sqrt(num / den);
    }
}
