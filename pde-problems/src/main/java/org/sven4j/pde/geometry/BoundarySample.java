package org.sven4j.pde.geometry;

import org.ejml.data.DMatrixRMaj;
import org.sven4j.physics.condition.PointSet;

/**
 * Boundary points with their outward unit normals: both n×d, row i of {@code normals} belongs to row i
 * of {@code points}. The matrices are owned by the sample; copy them before changing them.
 *
 * @param points n×d points on ∂Ω
 * @param normals n×d outward unit normals
 */
public record BoundarySample(DMatrixRMaj points, DMatrixRMaj normals) {

    public BoundarySample {
        if (points == null || normals == null) {
            throw new IllegalArgumentException("boundary sample needs points and normals, got null");
        }
        if (points.numRows != normals.numRows || points.numCols != normals.numCols) {
            throw new IllegalArgumentException("points are " + points.numRows + "x" + points.numCols
                    + " but normals are " + normals.numRows + "x" + normals.numCols);
        }
    }

    /** @return n, the number of points */
    public int size() {
        return points.numRows;
    }

    /** @return d */
    public int dimension() {
        return points.numCols;
    }

    /** @return the points with their normals, as conditions take them (a copy) */
    public PointSet toPointSet() {
        return PointSet.of(points).withNormals(normals);
    }

    /**
     * Concatenates samples row-wise.
     *
     * @param parts samples of equal dimension
     */
    public static BoundarySample concat(BoundarySample... parts) {
        int n = 0;
        int d = parts[0].dimension();
        for (BoundarySample p : parts) {
            if (p.dimension() != d) {
                throw new IllegalArgumentException("cannot concatenate boundary samples of dimension " + d + " and "
                        + p.dimension());
            }
            n += p.size();
        }
        DMatrixRMaj pts = new DMatrixRMaj(n, d);
        DMatrixRMaj nrm = new DMatrixRMaj(n, d);
        int off = 0;
        for (BoundarySample p : parts) {
            System.arraycopy(p.points.data, 0, pts.data, off, p.size() * d);
            System.arraycopy(p.normals.data, 0, nrm.data, off, p.size() * d);
            off += p.size() * d;
        }
        return new BoundarySample(pts, nrm);
    }
}
