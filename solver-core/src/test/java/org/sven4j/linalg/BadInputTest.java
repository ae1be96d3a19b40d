package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Shape mismatches and non-finite input raise IllegalArgumentException naming the problem, on every back-end. */
class BadInputTest {
    private static void fails(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' should contain '" + f + "'");
        }
    }

    @ParameterizedTest
    @MethodSource("org.sven4j.linalg.Dense#impls")
    void shapeMismatches(Dense.Impl impl) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a23 = new DMatrixRMaj(2, 3);
        DMatrixRMaj a33 = new DMatrixRMaj(3, 3);
        fails(() -> la.gemm(false, false, 1, a23, a23, 0, new DMatrixRMaj(2, 3)), "gemm", "2x3", "C is 2x3");
        fails(() -> la.gemm(false, true, 1, a23, a23, 0, new DMatrixRMaj(3, 3)), "gemm", "C is 3x3");
        fails(() -> la.syrk(false, 1, a23, 0, a33), "syrk", "C is 3x3", "need 2x2");
        fails(() -> la.gemv(false, 1, a23, new double[2], 0, new double[2]), "gemv", "x has 2");
        fails(() -> la.qr(a23), "qr", "tall", "2x3");
        fails(() -> la.eigenSymmetric(a23, 1), "eigenSymmetric", "square", "2x3");
        fails(() -> la.eigenSymmetric(a33, 0), "count = 0", "1..3");
        fails(() -> la.eigenSymmetric(a33, 4), "count = 4");
        fails(() -> la.cholesky(a23), "cholesky", "square");
        fails(() -> la.solveLowerTriangular(false, a23, a33), "solveLowerTriangular", "square");
        fails(() -> la.solveLowerTriangular(false, a33, a23), "solveLowerTriangular", "b is 2x3");
        fails(() -> la.svd(null, true), "svd", "null");
    }

    @ParameterizedTest
    @MethodSource("org.sven4j.linalg.Dense#impls")
    void nonFiniteInputIsRejected(Dense.Impl impl) {
        LinearAlgebra la = impl.get();
        DMatrixRMaj a = Dense.gaussian(5, 4, 1);
        a.set(3, 2, Double.NaN);
        fails(() -> la.svd(a, true), "svd", "a(3,2) = NaN");
        fails(() -> la.svd(a, false), "svd", "a(3,2) = NaN");
        fails(() -> la.qr(a), "qr", "a(3,2) = NaN");
        DMatrixRMaj s = Dense.spd(4, 10, 2);
        s.set(1, 0, Double.POSITIVE_INFINITY);
        fails(() -> la.eigenSymmetric(s, 4), "eigenSymmetric", "s(1,0) = Infinity");
        fails(() -> la.eigenSymmetric(s, 2), "eigenSymmetric", "s(1,0) = Infinity");
    }
}
