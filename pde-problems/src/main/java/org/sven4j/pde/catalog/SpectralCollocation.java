package org.sven4j.pde.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.pde.geometry.Geometry;
import org.sven4j.pde.geometry.SpaceTime;
import org.sven4j.pde.sampling.TensorGrid;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;

/**
 * Collocation points for a tensor-product spectral ansatz on a (space–time) box: per input i the
 * {@link SpectralAxis#collocationNodes()} of its axis. Interior conditions use the tensor
 * grid of all axes; boundary conditions the grids of the faces x_i ∈ {a_i, b_i} (spatial inputs only for
 * space–time) with outward normals ±e_i; initial conditions the slice t = t₀; periodic pairs the faces
 * x = a paired with x = b. Random points are unsuitable here: polynomial least squares on uniform random
 * points needs O(s²) points per axis to be stable. Conditions whose source ignores the sampler (fixed
 * points) keep their own points.
 */
final class SpectralCollocation {
    private SpectralCollocation() {
    }

    static Map<String, RolePoints> of(BenchmarkProblem p, List<SpectralAxis> axes) {
        Geometry g = p.domain();
        int d = g.dimension();
        double[][] nodes = new double[d][];
        for (int i = 0; i < d; i++) {
            nodes[i] = axes.get(i).collocationNodes();
        }
        double[] lo = g.lowerBound();
        double[] hi = g.upperBound();
        boolean spaceTime = g instanceof SpaceTime;
        Map<String, RolePoints> m = new LinkedHashMap<>();
        for (ConditionSpec c : p.conditions()) {
            if (Sources.isFixed(c.source())) {
                m.put(c.name(), c.source().sample(null, c.points()));
                continue;
            }
            RolePoints rp;
            switch (c.role()) {
                case INTERIOR:
                    rp = new RolePoints(TensorGrid.of(nodes), null, null);
                    break;
                case BOUNDARY:
                    rp = faces(nodes, lo, hi, spaceTime ? 1 : 0);
                    break;
                case INITIAL:
                    rp = new RolePoints(TensorGrid.of(replace(nodes, 0, lo[0])), null, null);
                    break;
                case PERIODIC:
                    int axis = d - 1;
                    rp = new RolePoints(TensorGrid.of(replace(nodes, axis, lo[axis])), null,
                            TensorGrid.of(replace(nodes, axis, hi[axis])));
                    break;
                default:
                    throw new IllegalStateException("unknown role " + c.role());
            }
            m.put(c.name(), rp);
        }
        return m;
    }

    private static double[][] replace(double[][] nodes, int axis, double value) {
        double[][] r = nodes.clone();
        r[axis] = new double[] {value};
        return r;
    }

    /** Face grids x_i = lo_i and x_i = hi_i for i ≥ first, with outward normals. */
    private static RolePoints faces(double[][] nodes, double[] lo, double[] hi, int first) {
        int d = nodes.length;
        List<DMatrixRMaj> pts = new ArrayList<>();
        List<double[]> normals = new ArrayList<>();
        int total = 0;
        for (int i = first; i < d; i++) {
            for (int side = 0; side < 2; side++) {
                DMatrixRMaj f = TensorGrid.of(replace(nodes, i, side == 0 ? lo[i] : hi[i]));
                double[] n = new double[d];
                n[i] = side == 0 ? -1 : 1;
                pts.add(f);
                normals.add(n);
                total += f.numRows;
            }
        }
        DMatrixRMaj p = new DMatrixRMaj(total, d);
        DMatrixRMaj q = new DMatrixRMaj(total, d);
        int r = 0;
        for (int f = 0; f < pts.size(); f++) {
            DMatrixRMaj face = pts.get(f);
            System.arraycopy(face.data, 0, p.data, r * d, face.numRows * d);
            for (int j = 0; j < face.numRows; j++) {
                System.arraycopy(normals.get(f), 0, q.data, (r + j) * d, d);
            }
            r += face.numRows;
        }
        return new RolePoints(p, q, null);
    }
}
