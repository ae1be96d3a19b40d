package org.sven4j.baseline;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.lsq.ResidualSystem;

/** Tiny residual systems with known minima for the baseline tests. */
final class TestSystems {
    private TestSystems() {
    }

    /** Rosenbrock as residuals r = (10(x₂ − x₁²), 1 − x₁); minimum 0 at (1, 1). */
    static ResidualSystem rosenbrock() {
        return new ResidualSystem() {
            @Override public int parameterCount() { return 2; }

            @Override public int residualCount() { return 2; }

            @Override
            public void residuals(double[] x, double[] r) {
                r[0] = 10 * (x[1] - x[0] * x[0]);
                r[1] = 1 - x[0];
            }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                residuals(x, r);
                j.set(0, 0, -20 * x[0]);
                j.set(0, 1, 10);
                j.set(1, 0, -1);
                j.set(1, 1, 0);
            }
        };
    }

    static final double[] ROSENBROCK_START = {-1.2, 1.0};

    /** The 6×3 matrix A and right-hand side b of {@link #linear()}. */
    static final double[][] A = {
        {1, 2, 0.5}, {0.3, -1, 2}, {2, 0.1, -1}, {-1, 1, 1}, {0.5, 0.5, 3}, {1.5, -2, 0.2}};
    static final double[] B = {1, -2, 3, 0.5, 4, -1};

    /** r = A·x − b, a consistent-free (nonzero residual) linear least-squares problem. */
    static ResidualSystem linear() {
        return new ResidualSystem() {
            @Override public int parameterCount() { return 3; }

            @Override public int residualCount() { return 6; }

            @Override
            public void residuals(double[] x, double[] r) {
                for (int i = 0; i < 6; i++) {
                    r[i] = A[i][0] * x[0] + A[i][1] * x[1] + A[i][2] * x[2] - B[i];
                }
            }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                residuals(x, r);
                for (int i = 0; i < 6; i++) {
                    for (int k = 0; k < 3; k++) {
                        j.set(i, k, A[i][k]);
                    }
                }
            }
        };
    }

    /** The least-squares solution of {@link #linear()} from the normal equations (3×3 Cramer). */
    static double[] linearSolution() {
        double[][] m = new double[3][3];
        double[] v = new double[3];
        for (int i = 0; i < 6; i++) {
            for (int a = 0; a < 3; a++) {
                v[a] += A[i][a] * B[i];
                for (int b = 0; b < 3; b++) {
                    m[a][b] += A[i][a] * A[i][b];
                }
            }
        }
        double det = det(m);
        double[] x = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] mc = new double[3][];
            for (int a = 0; a < 3; a++) {
                mc[a] = m[a].clone();
                mc[a][c] = v[a];
            }
            x[c] = det(mc) / det;
        }
        return x;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    static final double[] EXP_TRUE = {2.0, -1.5, 0.3};

    /** rᵢ = a·exp(b·tᵢ) + c − yᵢ, tᵢ = i/4 (i = 0..11), yᵢ from (a, b, c) = (2, −1.5, 0.3): zero residual. */
    static ResidualSystem expFit() {
        int n = 12;
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 4.0;
            y[i] = EXP_TRUE[0] * Math.exp(EXP_TRUE[1] * t[i]) + EXP_TRUE[2];
        }
        return new ResidualSystem() {
            @Override public int parameterCount() { return 3; }

            @Override public int residualCount() { return n; }

            @Override
            public void residuals(double[] x, double[] r) {
                for (int i = 0; i < n; i++) {
                    r[i] = x[0] * Math.exp(x[1] * t[i]) + x[2] - y[i];
                }
            }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                for (int i = 0; i < n; i++) {
                    double e = Math.exp(x[1] * t[i]);
                    r[i] = x[0] * e + x[2] - y[i];
                    j.set(i, 0, e);
                    j.set(i, 1, x[0] * t[i] * e);
                    j.set(i, 2, 1);
                }
            }
        };
    }

    static final double[] EXP_START = {1.0, -0.5, 0.0};

    /**
     * r = (x₁ − 3, x₂ − 1) but NaN residuals when x₁ > 2: the minimum 0 at (3, 1) lies in the NaN
     * region, so every solver runs into it and the best finite iterate must come back.
     */
    static ResidualSystem nanBeyond() {
        return new ResidualSystem() {
            @Override public int parameterCount() { return 2; }

            @Override public int residualCount() { return 2; }

            @Override
            public void residuals(double[] x, double[] r) {
                if (x[0] > 2) {
                    r[0] = Double.NaN;
                    r[1] = Double.NaN;
                } else {
                    r[0] = x[0] - 3;
                    r[1] = x[1] - 1;
                }
            }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                residuals(x, r);
                j.zero();
                j.set(0, 0, 1);
                j.set(1, 1, 1);
            }
        };
    }

    /** Wraps a system so that it throws after {@code okCalls} evaluations. */
    static ResidualSystem throwingAfter(ResidualSystem inner, int okCalls) {
        return new ResidualSystem() {
            private int calls;

            @Override public int parameterCount() { return inner.parameterCount(); }

            @Override public int residualCount() { return inner.residualCount(); }

            @Override
            public void residuals(double[] x, double[] r) {
                tick();
                inner.residuals(x, r);
            }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                tick();
                inner.residualsAndJacobian(x, r, j);
            }

            private void tick() {
                if (++calls > okCalls) {
                    throw new IllegalStateException("simulated failure in the residual system");
                }
            }
        };
    }

    /** Wraps a system so that each evaluation sleeps {@code millis} ms. */
    static ResidualSystem slow(ResidualSystem inner, long millis) {
        return new ResidualSystem() {
            @Override public int parameterCount() { return inner.parameterCount(); }

            @Override public int residualCount() { return inner.residualCount(); }

            @Override
            public void residuals(double[] x, double[] r) {
                pause();
                inner.residuals(x, r);
            }

            @Override
            public void residualsAndJacobian(double[] x, double[] r, DMatrixRMaj j) {
                pause();
                inner.residualsAndJacobian(x, r, j);
            }

            private void pause() {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** @return ½‖r(θ)‖² */
    static double cost(ResidualSystem s, double[] theta) {
        double[] r = new double[s.residualCount()];
        s.residuals(theta, r);
        double c = 0;
        for (double v : r) {
            c += v * v;
        }
        return 0.5 * c;
    }

    /** @return max |a − b| */
    static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
