package org.sven4j.pde.geometry;

/**
 * The interval [a, b] ⊂ ℝ: a one-dimensional {@link Box}. Its boundary is the two end points with
 * normals −1 at a and +1 at b, each drawn with probability ½ (counting measure).
 */
public final class Interval extends Box {

    /**
     * @param a left end
     * @param b right end, b &gt; a
     */
    public Interval(double a, double b) {
        super(new double[] {a}, new double[] {b});
    }

    /** @return a */
    public double a() {
        return lowerBound()[0];
    }

    /** @return b */
    public double b() {
        return upperBound()[0];
    }

    /** @return b − a */
    public double length() {
        return b() - a();
    }
}
