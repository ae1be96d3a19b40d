package org.sven4j.physics.assembly;

/** Tight loops on contiguous rows: the only per-row arithmetic of the assembly. */
final class RowKernels {
    private RowKernels() {
    }

    /** y[yo..yo+n) = a·x[xo..xo+n) */
    static void scaledCopy(double a, double[] x, int xo, double[] y, int yo, int n) {
        if (a == 1.0) {
            System.arraycopy(x, xo, y, yo, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            y[yo + i] = a * x[xo + i];
        }
    }

    /** y[yo..yo+n) += a·x[xo..xo+n) */
    static void axpy(double a, double[] x, int xo, double[] y, int yo, int n) {
        for (int i = 0; i < n; i++) {
            y[yo + i] += a * x[xo + i];
        }
    }
}
