package org.sven4j.physics.condition;

/**
 * A seeded generator of point sets, used to redraw a condition's points between iterations
 * ({@link Resampling}). Must be deterministic: the same (seed, count) gives the same points.
 * Boundary sources used with a Neumann or Robin condition must attach outward normals
 * ({@link PointSet#withNormals(double[][])}).
 */
@FunctionalInterface
public interface PointSource {
    /**
     * @param seed the seed of this draw
     * @param count the number of points wanted, ≥ 1
     * @return exactly {@code count} points
     */
    PointSet sample(long seed, int count);
}
