package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Symmetric eigenpairs (all, and the top {@code count}) on every back-end: eigenvalues against EJML, residual
 * ‖SW − WΛ‖/‖S‖ and orthogonality of W; on Gaussian Gram matrices and on spectra spread over 12 decades.
 * Only the lower triangle may be read: the upper one is filled with garbage.
 */
class EigenConformanceTest {
    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Dense.impls().forEach(impl -> {
            for (int n : new int[] {1, 2, 7, 33, 130}) {
                for (int count : new int[] {1, Math.max(1, n / 3), n}) {
                    out.add(Arguments.of(impl, n, count, false));
                    out.add(Arguments.of(impl, n, count, true));
                }
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0} n={1} count={2} illConditioned={3}")
    @MethodSource("cases")
    void matchesEjmlWithSmallResidual(Dense.Impl impl, int n, int count, boolean ill) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj s;
        if (ill) {
            s = Dense.spd(n, 1e12, n);
            // Mixed signs too.
            for (int i = 0; i < n; i += 3) {
                s.add(i, i, -0.25);
            }
        } else {
            DMatrixRMaj g = Dense.gaussian(n + 3, n, n);
            s = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransA(g, g, s);
            CommonOps_DDRM.add(s, -n, CommonOps_DDRM.identity(n), s);
        }
        double[] ref = ejmlEigenvalues(s);
        DMatrixRMaj input = s.copy();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                input.set(i, j, 1e300);
            }
        }
        DMatrixRMaj before = input.copy();

        SymmetricEigen eig = la.eigenSymmetric(input, count);
        assertEquals(0, Dense.diffF(before, input), "input modified");
        assertEquals(count, eig.values().length);
        assertEquals(n, eig.vectors().numRows);
        assertEquals(count, eig.vectors().numCols);
        double norm = Math.max(Math.abs(ref[0]), Math.abs(ref[n - 1]));
        double tol = Dense.C * n * Dense.EPS;
        for (int k = 0; k < count; k++) {
            assertEquals(ref[k], eig.values()[k], tol * norm, "eigenvalue " + k);
        }
        DMatrixRMaj w = eig.vectors();
        DMatrixRMaj sw = new DMatrixRMaj(n, count);
        CommonOps_DDRM.mult(s, w, sw);
        DMatrixRMaj wl = w.copy();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < count; k++) {
                wl.data[i * count + k] *= eig.values()[k];
            }
        }
        double res = Dense.diffF(sw, wl) / norm;
        assertTrue(res <= tol, "||SW - W Lambda|| / ||S|| = " + res);
        assertTrue(Dense.orthogonalityError(w) <= tol, "orthogonality " + Dense.orthogonalityError(w));
    }

    /** @return EJML's eigenvalues, descending */
    static double[] ejmlEigenvalues(DMatrixRMaj s) {
        EigenDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.eig(s.numRows, false, true);
        assertTrue(d.decompose(s.copy()));
        double[] v = new double[s.numRows];
        for (int i = 0; i < v.length; i++) {
            v[i] = d.getEigenvalue(i).real;
        }
        Arrays.sort(v);
        for (int i = 0; i < v.length / 2; i++) {
            double t = v[i];
            v[i] = v[v.length - 1 - i];
            v[v.length - 1 - i] = t;
        }
        return v;
    }
}
