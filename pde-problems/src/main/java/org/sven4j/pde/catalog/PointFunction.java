package org.sven4j.pde.catalog;

/** Data of a condition as a function of the point: m values (right-hand side, boundary or initial data). */
@FunctionalInterface
public interface PointFunction {

    /**
     * @param x the point, length d (in the problem's input order)
     * @return the target values at x
     */
    double[] at(double[] x);

    /** @return the function x ↦ 0 (m zeros) */
    static PointFunction zero(int m) {
        return x -> new double[m];
    }
}
