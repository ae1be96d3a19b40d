package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GEMM, SYRK and GEMV on every back-end against EJML's CommonOps_DDRM, all transposition flags, sizes that are not
 * multiples of any block size. Bound: ‖C − C_ref‖_F ≤ 30·k·eps·(|α|·‖A‖_F·‖B‖_F + |β|·‖C₀‖_F).
 */
class BlasConformanceTest {
    private static final int[][] DIMS = {{1, 1, 1}, {7, 1, 33}, {1, 33, 7}, {33, 130, 7}, {130, 33, 131},
        {131, 130, 129}, {5, 4, 0}};

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Dense.impls().forEach(impl -> {
            for (int[] d : DIMS) {
                for (int flags = 0; flags < 4; flags++) {
                    out.add(Arguments.of(impl, d[0], d[1], d[2], (flags & 1) != 0, (flags & 2) != 0));
                }
            }
        });
        return out;
    }

    @ParameterizedTest(name = "{0} m={1} n={2} k={3} transA={4} transB={5}")
    @MethodSource("cases")
    void gemmMatchesEjml(Dense.Impl impl, int m, int n, int k, boolean transA, boolean transB) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a = transA ? Dense.gaussian(k, m, 1) : Dense.gaussian(m, k, 1);
        DMatrixRMaj b = transB ? Dense.gaussian(n, k, 2) : Dense.gaussian(k, n, 2);
        DMatrixRMaj c0 = Dense.gaussian(m, n, 3);
        double alpha = 1.5;
        double beta = -0.5;
        DMatrixRMaj opA = transA ? CommonOps_DDRM.transpose(a, null) : a;
        DMatrixRMaj opB = transB ? CommonOps_DDRM.transpose(b, null) : b;
        DMatrixRMaj ref = c0.copy();
        CommonOps_DDRM.scale(beta, ref);
        DMatrixRMaj prod = new DMatrixRMaj(m, n);
        CommonOps_DDRM.mult(alpha, opA, opB, prod);
        CommonOps_DDRM.addEquals(ref, prod);

        DMatrixRMaj c = c0.copy();
        DMatrixRMaj a0 = a.copy();
        la.gemm(transA, transB, alpha, a, b, beta, c);
        double tol = Dense.C * Math.max(1, k) * Dense.EPS
                * (Math.abs(alpha) * Dense.normF(a) * Dense.normF(b) + Math.abs(beta) * Dense.normF(c0));
        assertTrue(Dense.diffF(ref, c) <= tol, "gemm error " + Dense.diffF(ref, c) + " > " + tol);
        assertEquals(0, Dense.diffF(a0, a), "A modified");

        // β = 0 ignores C's previous content, even NaN.
        DMatrixRMaj cNan = new DMatrixRMaj(m, n);
        java.util.Arrays.fill(cNan.data, Double.NaN);
        la.gemm(transA, transB, alpha, a, b, 0, cNan);
        assertTrue(Dense.diffF(prod, cNan) <= tol, "gemm with beta=0 over NaN");
    }

    @ParameterizedTest(name = "{0} n={1} ({2}) k={3} transA={4}")
    @MethodSource("cases")
    void syrkMatchesEjml(Dense.Impl impl, int n, int ignored, int k, boolean transA, boolean unused) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a = transA ? Dense.gaussian(k, n, 4) : Dense.gaussian(n, k, 4);
        DMatrixRMaj c0 = Dense.gaussian(n, n, 5);
        CommonOps_DDRM.add(c0, CommonOps_DDRM.transpose(c0, null), c0);
        double alpha = 0.75;
        double beta = 2;
        DMatrixRMaj ref = new DMatrixRMaj(n, n);
        if (transA) {
            CommonOps_DDRM.multTransA(alpha, a, a, ref);
        } else {
            CommonOps_DDRM.multTransB(alpha, a, a, ref);
        }
        CommonOps_DDRM.addEquals(ref, beta, c0);
        DMatrixRMaj c = c0.copy();
        la.syrk(transA, alpha, a, beta, c);
        double tol = Dense.C * Math.max(1, k) * Dense.EPS
                * (alpha * Dense.normF(a) * Dense.normF(a) + beta * Dense.normF(c0));
        assertTrue(Dense.diffF(ref, c) <= tol, "syrk error " + Dense.diffF(ref, c));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(c.get(j, i), c.get(i, j), "C symmetric at " + i + "," + j);
            }
        }
    }

    @ParameterizedTest(name = "{0} m={1} n={2} transA={4}")
    @MethodSource("cases")
    void gemvMatchesEjml(Dense.Impl impl, int m, int n, int unused, boolean transA, boolean unused2) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a = Dense.gaussian(m, n, 6);
        int rows = transA ? n : m;
        int cols = transA ? m : n;
        DMatrixRMaj x = Dense.gaussian(cols, 1, 7);
        DMatrixRMaj y0 = Dense.gaussian(rows, 1, 8);
        DMatrixRMaj ref = new DMatrixRMaj(rows, 1);
        if (transA) {
            CommonOps_DDRM.multTransA(a, x, ref);
        } else {
            CommonOps_DDRM.mult(a, x, ref);
        }
        CommonOps_DDRM.scale(-1.25, ref);
        CommonOps_DDRM.addEquals(ref, 0.5, y0);
        double[] y = y0.data.clone();
        la.gemv(transA, -1.25, a, x.data, 0.5, y);
        double tol = Dense.C * Math.max(m, n) * Dense.EPS
                * (1.25 * Dense.normF(a) * Dense.normF(x) + 0.5 * Dense.normF(y0));
        assertTrue(Dense.diffF(ref, DMatrixRMaj.wrap(rows, 1, y)) <= tol, "gemv error");
    }
}
