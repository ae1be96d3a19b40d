package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The pure-Java BLAS-3 kernels split their output into slabs on {@link Threads#pool()}; the result must be
 * bit-identical for any slab count, and right (vs EJML) on sizes large enough for the split to happen.
 */
class SlabDeterminismTest {
    private final LinearAlgebra one = Backends.netlibJava(1);
    private final LinearAlgebra three = Backends.netlibJava(3);
    private final LinearAlgebra seven = Backends.netlibJava(7);

    @Test
    void gemmIndependentOfSlabs() {
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                DMatrixRMaj a = ta ? Dense.gaussian(251, 301, 1) : Dense.gaussian(301, 251, 1);
                DMatrixRMaj b = tb ? Dense.gaussian(203, 251, 2) : Dense.gaussian(251, 203, 2);
                DMatrixRMaj c1 = Dense.gaussian(301, 203, 3);
                DMatrixRMaj c3 = c1.copy();
                DMatrixRMaj c7 = c1.copy();
                one.gemm(ta, tb, 1.25, a, b, 0.5, c1);
                three.gemm(ta, tb, 1.25, a, b, 0.5, c3);
                seven.gemm(ta, tb, 1.25, a, b, 0.5, c7);
                assertArrayEquals(c1.data, c3.data, "3 slabs, transA=" + ta + " transB=" + tb);
                assertArrayEquals(c1.data, c7.data, "7 slabs, transA=" + ta + " transB=" + tb);
            }
        }
    }

    @Test
    void syrkIndependentOfSlabsAndCorrect() {
        for (boolean ta : new boolean[] {false, true}) {
            DMatrixRMaj a = ta ? Dense.gaussian(307, 211, 4) : Dense.gaussian(211, 307, 4);
            DMatrixRMaj c1 = new DMatrixRMaj(211, 211);
            DMatrixRMaj c3 = new DMatrixRMaj(211, 211);
            DMatrixRMaj c7 = new DMatrixRMaj(211, 211);
            one.syrk(ta, 1, a, 0, c1);
            three.syrk(ta, 1, a, 0, c3);
            seven.syrk(ta, 1, a, 0, c7);
            DMatrixRMaj ref = new DMatrixRMaj(211, 211);
            if (ta) {
                CommonOps_DDRM.multTransA(a, a, ref);
            } else {
                CommonOps_DDRM.multTransB(a, a, ref);
            }
            double tol = Dense.C * 307 * Dense.EPS * Dense.normF(a) * Dense.normF(a);
            assertTrue(Dense.diffF(ref, c1) <= tol, "syrk vs EJML");
            assertArrayEquals(c1.data, c3.data, "1 vs 3 slabs, transA=" + ta);
            assertArrayEquals(c1.data, c7.data, "1 vs 7 slabs, transA=" + ta);
        }
    }

    @Test
    void trsmIndependentOfSlabs() {
        DMatrixRMaj l = Dense.spd(200, 100, 9);
        one.cholesky(l);
        for (boolean trans : new boolean[] {false, true}) {
            DMatrixRMaj b1 = Dense.gaussian(200, 257, 10);
            DMatrixRMaj b3 = b1.copy();
            DMatrixRMaj b7 = b1.copy();
            one.solveLowerTriangular(trans, l, b1);
            three.solveLowerTriangular(trans, l, b3);
            seven.solveLowerTriangular(trans, l, b7);
            assertArrayEquals(b1.data, b3.data, "1 vs 3 slabs, trans=" + trans);
            assertArrayEquals(b1.data, b7.data, "1 vs 7 slabs, trans=" + trans);
        }
    }
}
