package org.sven4j.validation.suite;

/**
 * Predicted and reference values of one output field on a rectangular grid, for solution and error
 * maps. Entries outside the domain are NaN.
 *
 * @param xName horizontal axis name
 * @param yName vertical axis name
 * @param field the mapped output field
 * @param x grid abscissae, length nx
 * @param y grid ordinates, length ny
 * @param predicted predicted[j][i] at (x[i], y[j])
 * @param reference reference[j][i] at (x[i], y[j])
 */
public record FieldMap(String xName, String yName, String field, double[] x, double[] y, double[][] predicted,
        double[][] reference) {

    /** @return |predicted − reference| per node (NaN outside the domain) */
    public double[][] absoluteError() {
        double[][] e = new double[y.length][x.length];
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                e[j][i] = Math.abs(predicted[j][i] - reference[j][i]);
            }
        }
        return e;
    }
}
