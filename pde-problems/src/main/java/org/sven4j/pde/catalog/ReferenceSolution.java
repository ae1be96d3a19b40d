package org.sven4j.pde.catalog;

import org.ejml.data.DMatrixRMaj;

/**
 * The trusted solution of a benchmark: a closed form ({@link ClosedForm}) or an independently computed
 * numerical reference. Inputs in the problem's documented order (time first for evolution problems).
 */
public interface ReferenceSolution {

    /** @return d, the number of inputs */
    int inputDimension();

    /** @return m, the number of output fields */
    int outputCount();

    /**
     * @param x a point, length d
     * @param out the m field values at x
     */
    void value(double[] x, double[] out);

    /** @return true for a closed form, false for a numerical reference */
    boolean isExact();

    /** @return how accurate the values are, e.g. "closed form" or "max abs error ≤ 1e-10 (…)" */
    String accuracy();

    /**
     * @param points n×d
     * @return n×m values
     */
    default DMatrixRMaj values(DMatrixRMaj points) {
        int d = inputDimension();
        int m = outputCount();
        if (points.numCols != d) {
            throw new IllegalArgumentException("points have " + points.numCols + " columns, the solution takes " + d
                    + " inputs");
        }
        DMatrixRMaj v = new DMatrixRMaj(points.numRows, m);
        double[] x = new double[d];
        double[] o = new double[m];
        for (int r = 0; r < points.numRows; r++) {
            System.arraycopy(points.data, r * d, x, 0, d);
            value(x, o);
            System.arraycopy(o, 0, v.data, r * m, m);
        }
        return v;
    }
}
