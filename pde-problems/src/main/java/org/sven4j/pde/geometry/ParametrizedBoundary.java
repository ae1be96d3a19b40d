package org.sven4j.pde.geometry;

import org.ejml.data.DMatrixRMaj;

/**
 * A geometry whose boundary is the image of a unit cube [0,1]^q under a map that pushes the uniform
 * measure forward to the boundary measure normalised to 1. Any sequence in the unit cube (random,
 * Sobol, Halton, Latin hypercube) then gives boundary points distributed in proportion to boundary
 * measure, with outward unit normals.
 */
public interface ParametrizedBoundary extends Geometry {

    /** @return q, the number of unit-cube coordinates that {@link #boundaryFromUnitCube} consumes per point */
    int boundaryParameterDimension();

    /**
     * @param u n×q, entries in [0,1]
     * @return n boundary points and their outward unit normals
     */
    BoundarySample boundaryFromUnitCube(DMatrixRMaj u);

    /** Checks that u is n×q. */
    default void requireUnitCubeColumns(DMatrixRMaj u) {
        if (u == null || u.numCols != boundaryParameterDimension()) {
            throw new IllegalArgumentException("unit-cube points must have " + boundaryParameterDimension()
                    + " columns, got " + (u == null ? "null" : String.valueOf(u.numCols)));
        }
    }
}
