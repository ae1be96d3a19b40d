package org.sven4j.pde.geometry;

/**
 * A closed, bounded domain Ω ⊂ ℝᵈ with a piecewise smooth boundary.
 *
 * <p>Conventions: points are {@code double[d]} (or rows of an n×d row-major EJML matrix);
 * the signed distance is negative inside, zero on ∂Ω and positive outside; normals are outward unit
 * vectors. Point sets are drawn by {@code org.sven4j.pde.sampling.Sampling}: the interior by rejection
 * from the bounding box, the boundary through {@link ParametrizedBoundary} maps (or, for
 * {@link SpaceTime}, piece by piece in proportion to the pieces' measures).
 */
public interface Geometry {

    /** Absolute tolerance of the membership test {@link #contains(double[])}, in units of length. */
    double MEMBERSHIP_TOLERANCE = 1e-12;

    /** @return d, the dimension of the ambient space */
    int dimension();

    /** @return the lower corner of the axis-aligned bounding box (a copy) */
    double[] lowerBound();

    /** @return the upper corner of the axis-aligned bounding box (a copy) */
    double[] upperBound();

    /**
     * @param x a point, length d
     * @return true when x lies in the closed domain, up to {@link #MEMBERSHIP_TOLERANCE}
     */
    default boolean contains(double[] x) {
        return signedDistance(x) <= MEMBERSHIP_TOLERANCE;
    }

    /**
     * The exact signed Euclidean distance to ∂Ω: −dist(x, ∂Ω) inside, +dist(x, Ω) outside. Cost O(1)
     * for boxes and balls, O(edges) for polygons. Inside, −sd(x) ≥ 0 is the
     * usual distance factor of hard-constraint ansätze.
     *
     * @param x a point, length d
     */
    double signedDistance(double[] x);

    /** @return the d-dimensional measure of Ω (length, area, volume) */
    double volume();

    /** @return the (d−1)-dimensional measure of ∂Ω (for an interval: 2, the number of end points) */
    double boundaryMeasure();

    /** @return a short human-readable description, e.g. "[0,1]^2" */
    String describe();

    /** Checks a point's length against d. */
    default void requirePoint(double[] x) {
        if (x == null || x.length != dimension()) {
            throw new IllegalArgumentException("point must have length " + dimension() + ", got "
                    + (x == null ? "null" : String.valueOf(x.length)));
        }
    }
}
