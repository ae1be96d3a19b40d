package org.sven4j.linalg;

import org.ejml.data.DMatrixRMaj;

/** Argument checks and small copies shared by the back-ends; every failure names the operand. */
final class Checks {
    private Checks() {
    }

    static void requireNonNull(String name, Object o) {
        if (o == null) {
            throw new IllegalArgumentException(name + " is null");
        }
    }

    static void requireSquare(String op, String name, DMatrixRMaj a) {
        requireNonNull(name, a);
        if (a.numRows != a.numCols) {
            throw new IllegalArgumentException(op + ": " + name + " must be square, is " + a.numRows + "x" + a.numCols);
        }
    }

    /** Rejects NaN and ±∞: LAPACK's iterations may loop or return garbage on them. O(m·n). */
    static void requireFinite(String op, String name, DMatrixRMaj a) {
        int cols = a.numCols;
        int len = a.numRows * cols;
        double[] d = a.data;
        for (int i = 0; i < len; i++) {
            if (!Double.isFinite(d[i])) {
                throw new IllegalArgumentException(op + ": " + name + "(" + i / cols + "," + i % cols + ") = " + d[i]
                        + " is not finite");
            }
        }
    }

    /** @return the first rows·cols entries of {@code a}'s row-major storage (its buffer may be longer) */
    static double[] copyData(DMatrixRMaj a) {
        return java.util.Arrays.copyOf(a.data, a.numRows * a.numCols);
    }

    /** @return the row-major storage of Aᵀ, i.e. A in column-major order. O(m·n). */
    static double[] transposedData(DMatrixRMaj a) {
        int m = a.numRows;
        int n = a.numCols;
        double[] src = a.data;
        double[] t = new double[m * n];
        for (int i = 0; i < m; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                t[j * m + i] = src[row + j];
            }
        }
        return t;
    }
}
