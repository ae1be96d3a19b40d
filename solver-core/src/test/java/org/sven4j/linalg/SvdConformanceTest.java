package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thin SVD on every back-end against EJML: singular values, ‖A − UΣVᵀ‖/‖A‖ and orthogonality of U and V
 * (never the signs of singular vectors), on Gaussian and ill-conditioned (κ = 1e12) inputs.
 */
class SvdConformanceTest {
    private static final int[][] SHAPES = {{1, 1}, {1, 7}, {7, 1}, {7, 7}, {33, 7}, {7, 33}, {130, 33}, {33, 130},
        {130, 130}, {131, 1}};

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Dense.impls().forEach(impl -> {
            for (int[] s : SHAPES) {
                out.add(Arguments.of(impl, s[0], s[1], false));
                out.add(Arguments.of(impl, s[0], s[1], true));
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0} {1}x{2} illConditioned={3}")
    @MethodSource("cases")
    void matchesEjmlAndReconstructs(Dense.Impl impl, int m, int n, boolean ill) {
        LinearAlgebra la = impl.get();
        long seed = 31L * m + n;
        DMatrixRMaj a = ill ? Dense.illConditioned(m, n, 1e12, seed) : Dense.gaussian(m, n, seed);
        DMatrixRMaj before = a.copy();
        int r = Math.min(m, n);
        double tol = Dense.C * Math.max(m, n) * Dense.EPS;

        ThinSvd svd = la.svd(a, true);
        assertEquals(0, Dense.diffF(before, a), "input modified");
        assertEquals(m, svd.u().numRows);
        assertEquals(r, svd.u().numCols);
        assertEquals(n, svd.v().numRows);
        assertEquals(r, svd.v().numCols);
        double[] ref = ejmlSingularValues(a);
        double smax = ref[0];
        for (int i = 0; i < r; i++) {
            assertEquals(ref[i], svd.s()[i], tol * smax, "singular value " + i);
            assertTrue(svd.s()[i] >= 0, "s >= 0");
            if (i > 0) {
                assertTrue(svd.s()[i] <= svd.s()[i - 1], "descending");
            }
        }
        double rec = Dense.diffF(a, Dense.compose(svd.u(), svd.s(), svd.v())) / Dense.normF(a);
        assertTrue(rec <= tol, "||A - U S V^T|| / ||A|| = " + rec);
        assertTrue(Dense.orthogonalityError(svd.u()) <= tol, "U orthogonality " + Dense.orthogonalityError(svd.u()));
        assertTrue(Dense.orthogonalityError(svd.v()) <= tol, "V orthogonality " + Dense.orthogonalityError(svd.v()));

        ThinSvd values = la.svd(a, false);
        assertNull(values.u());
        assertNull(values.v());
        for (int i = 0; i < r; i++) {
            assertEquals(ref[i], values.s()[i], tol * smax, "singular value (no vectors) " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("org.sven4j.linalg.Dense#impls")
    void emptyAndZeroMatrices(Dense.Impl impl) {
        LinearAlgebra la = impl.get();
        ThinSvd empty = la.svd(new DMatrixRMaj(0, 5), true);
        assertEquals(0, empty.s().length);
        assertEquals(5, empty.v().numRows);
        ThinSvd zero = la.svd(new DMatrixRMaj(4, 3), true);
        for (double s : zero.s()) {
            assertEquals(0, s);
        }
        assertTrue(Dense.orthogonalityError(zero.u()) <= 1e-14);
    }

    /** A bigger wide case (the Jacobian shape of a PDE with few points): U stays r×r internally. */
    @ParameterizedTest
    @MethodSource("org.sven4j.linalg.Dense#impls")
    void wideMatrixNeedsNoSquareBuffer(Dense.Impl impl) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a = Dense.gaussian(20, 3000, 5);
        ThinSvd svd = la.svd(a, true);
        double rec = Dense.diffF(a, Dense.compose(svd.u(), svd.s(), svd.v())) / Dense.normF(a);
        assertTrue(rec <= Dense.C * 3000 * Dense.EPS, "reconstruction " + rec);
    }

    static double[] ejmlSingularValues(DMatrixRMaj a) {
        SingularValueDecomposition_F64<DMatrixRMaj> d =
                DecompositionFactory_DDRM.svd(a.numRows, a.numCols, false, false, true);
        assertTrue(d.decompose(a.copy()));
        double[] s = d.getSingularValues().clone();
        s = java.util.Arrays.copyOf(s, Math.min(a.numRows, a.numCols));
        SingularOps_DDRM.descendingOrder(null, false, s, s.length, null, false);
        return s;
    }
}
