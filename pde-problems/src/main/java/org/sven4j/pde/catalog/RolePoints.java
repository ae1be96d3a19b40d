package org.sven4j.pde.catalog;

import org.ejml.data.DMatrixRMaj;

/**
 * The collocation points of one condition: n×d points, and where the role needs them the n×d outward
 * unit normals ({@link Role#BOUNDARY}) or the n×d periodic partners ({@link Role#PERIODIC}: row i of
 * {@code partners} is the periodic image of row i of {@code points}); null otherwise.
 */
public record RolePoints(DMatrixRMaj points, DMatrixRMaj normals, DMatrixRMaj partners) {

    public RolePoints {
        if (points == null) {
            throw new IllegalArgumentException("role points must not be null");
        }
        for (DMatrixRMaj o : new DMatrixRMaj[] {normals, partners}) {
            if (o != null && (o.numRows != points.numRows || o.numCols != points.numCols)) {
                throw new IllegalArgumentException("normals/partners must be " + points.numRows + "x" + points.numCols
                        + ", got " + o.numRows + "x" + o.numCols);
            }
        }
    }

    /** @return n */
    public int size() {
        return points.numRows;
    }
}
