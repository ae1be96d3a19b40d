package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thin QR, Cholesky and the triangular solve on every back-end: ‖A − QR‖/‖A‖, orthogonality of Q, R upper
 * triangular; L against EJML's Cholesky factor (unique) and ‖LLᵀ − A‖/‖A‖; the solve through its residual
 * ‖op(L)X − B‖ ≤ 30·n·eps·‖L‖·‖X‖, well- and ill-conditioned (κ = 1e10).
 */
class FactorizationConformanceTest {
    static List<Arguments> qrCases() {
        List<Arguments> out = new ArrayList<>();
        int[][] shapes = {{1, 1}, {7, 1}, {7, 7}, {33, 7}, {130, 33}, {131, 130}, {5, 0}};
        Dense.impls().forEach(impl -> {
            for (int[] s : shapes) {
                out.add(Arguments.of(impl, s[0], s[1], false));
                out.add(Arguments.of(impl, s[0], s[1], true));
            }
        });
        return out;
    }

    static List<Arguments> squareCases() {
        List<Arguments> out = new ArrayList<>();
        Dense.impls().forEach(impl -> {
            for (int n : new int[] {1, 2, 7, 33, 130}) {
                out.add(Arguments.of(impl, n, false));
                out.add(Arguments.of(impl, n, true));
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0} {1}x{2} illConditioned={3}")
    @MethodSource("qrCases")
    void qrReconstructs(Dense.Impl impl, int m, int n, boolean ill) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a = ill && n > 0 ? Dense.illConditioned(m, n, 1e12, m + n) : Dense.gaussian(m, n, m + n);
        DMatrixRMaj before = a.copy();
        ThinQr qr = la.qr(a);
        assertEquals(0, Dense.diffF(before, a), "input modified");
        assertEquals(m, qr.q().numRows);
        assertEquals(n, qr.q().numCols);
        assertEquals(n, qr.r().numRows);
        assertEquals(n, qr.r().numCols);
        if (n == 0) {
            return;
        }
        double tol = Dense.C * m * Dense.EPS;
        DMatrixRMaj prod = new DMatrixRMaj(m, n);
        CommonOps_DDRM.mult(qr.q(), qr.r(), prod);
        double rec = Dense.diffF(a, prod) / Dense.normF(a);
        assertTrue(rec <= tol, "||A - QR|| / ||A|| = " + rec);
        assertTrue(Dense.orthogonalityError(qr.q()) <= tol, "orthogonality " + Dense.orthogonalityError(qr.q()));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(0.0, qr.r().get(i, j), "R(" + i + "," + j + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0} n={1} illConditioned={2}")
    @MethodSource("squareCases")
    void choleskyMatchesEjml(Dense.Impl impl, int n, boolean ill) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a = Dense.spd(n, ill ? 1e10 : 10, 7 * n);
        DMatrixRMaj l = a.copy();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                l.set(i, j, Double.NaN); // only the lower triangle may be read
            }
        }
        la.cholesky(l);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                assertEquals(0.0, l.get(i, j), "strict upper zeroed");
            }
        }
        DMatrixRMaj llt = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(l, l, llt);
        double tol = Dense.C * n * Dense.EPS;
        assertTrue(Dense.diffF(a, llt) / Dense.normF(a) <= tol, "||LL^T - A|| / ||A||");
        CholeskyDecomposition_F64<DMatrixRMaj> ref = DecompositionFactory_DDRM.chol(n, true);
        assertTrue(ref.decompose(a.copy()));
        // L = chol(A) is unique; its forward error grows with √κ.
        double bound = tol * (ill ? 1e5 : 10) * Dense.normF(l);
        assertTrue(Dense.diffF(ref.getT(null), l) <= bound, "L vs EJML " + Dense.diffF(ref.getT(null), l));
    }

    /** Above EJML's switch to its blocked Cholesky (which reads the other triangle than the small one). */
    @org.junit.jupiter.api.Test
    void choleskyOfLargeMatrixReadsOnlyLowerTriangle() {
        int n = org.ejml.EjmlParameters.SWITCH_BLOCK64_CHOLESKY + 1;
        DMatrixRMaj g = Dense.gaussian(n + 5, n, 11);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(g, g, a);
        DMatrixRMaj l = a.copy();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                l.set(i, j, Double.NaN);
            }
        }
        LinearAlgebra.of(Backend.JAVA).cholesky(l);
        DMatrixRMaj llt = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(l, l, llt);
        assertTrue(Dense.diffF(a, llt) / Dense.normF(a) <= Dense.C * n * Dense.EPS, "||LL^T - A|| / ||A||");
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("squareCases")
    void choleskyRejectsIndefiniteNamingThePivot(Dense.Impl impl, int n, boolean unused) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a = Dense.spd(n, 10, n);
        int bad = n / 2;
        // Make the leading minor of order bad+1 indefinite.
        a.set(bad, bad, -1);
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> la.cholesky(a));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
        assertTrue(e.getMessage().contains("order " + (bad + 1)), e.getMessage());
    }

    @ParameterizedTest(name = "{0} n={1} illConditioned={2}")
    @MethodSource("squareCases")
    void triangularSolveHasSmallResidual(Dense.Impl impl, int n, boolean ill) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj l = Dense.spd(n, ill ? 1e10 : 10, n + 1);
        la.cholesky(l);
        DMatrixRMaj lCopy = l.copy();
        for (int rhs : new int[] {1, 7, 130}) {
            for (boolean trans : new boolean[] {false, true}) {
                DMatrixRMaj b = Dense.gaussian(n, rhs, rhs);
                DMatrixRMaj x = b.copy();
                la.solveLowerTriangular(trans, l, x);
                DMatrixRMaj lx = new DMatrixRMaj(n, rhs);
                if (trans) {
                    CommonOps_DDRM.multTransA(l, x, lx);
                } else {
                    CommonOps_DDRM.mult(l, x, lx);
                }
                double tol = Dense.C * n * Dense.EPS * Dense.normF(l) * Dense.normF(x);
                assertTrue(Dense.diffF(b, lx) <= tol, "residual " + Dense.diffF(b, lx) + " > " + tol
                        + " (rhs " + rhs + ", trans " + trans + ")");
                if (!ill) {
                    DMatrixRMaj inv = new DMatrixRMaj(n, n);
                    assertTrue(CommonOps_DDRM.invert(l.copy(), inv));
                    DMatrixRMaj ref = b.copy();
                    if (trans) {
                        CommonOps_DDRM.multTransA(inv, b, ref);
                    } else {
                        CommonOps_DDRM.mult(inv, b, ref);
                    }
                    assertTrue(Dense.diffF(ref, x) <= 1e-10 * Dense.normF(x), "X vs EJML");
                }
            }
        }
        assertEquals(0, Dense.diffF(lCopy, l), "L modified");
    }
}
