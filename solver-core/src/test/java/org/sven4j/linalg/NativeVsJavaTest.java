package org.sven4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The NATIVE and JAVA back-ends side by side on the same inputs (skipped where native does not load): products
 * and the unique factors (singular values, eigenvalues, Cholesky factor, |diag R|, triangular solutions) agree
 * within LAPACK-style bounds.
 */
class NativeVsJavaTest {
    private LinearAlgebra nat;
    private LinearAlgebra java;
    private LinearAlgebra netlibJava;

    @BeforeEach
    void backends() {
        assumeTrue(Backends.nativeAvailable(), "native BLAS/LAPACK does not load on this machine");
        nat = LinearAlgebra.of(Backend.NATIVE);
        java = LinearAlgebra.of(Backend.JAVA);
        netlibJava = Backends.netlibJava(2);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "7,33", "33,7", "130,129", "131,33"})
    void sameResults(int m, int n) {
        DMatrixRMaj a = Dense.illConditioned(m, n, 1e8, m * 1000L + n);
        double tol = Dense.C * Math.max(m, n) * Dense.EPS;
        for (LinearAlgebra other : new LinearAlgebra[] {java, netlibJava}) {
            // GEMM / SYRK
            DMatrixRMaj g1 = new DMatrixRMaj(n, n);
            DMatrixRMaj g2 = new DMatrixRMaj(n, n);
            nat.gemm(true, false, 1, a, a, 0, g1);
            other.syrk(true, 1, a, 0, g2);
            assertTrue(Dense.diffF(g1, g2) <= tol * Dense.normF(a) * Dense.normF(a), "AtA");

            // SVD: singular values
            double[] s1 = nat.svd(a, true).s();
            double[] s2 = other.svd(a, true).s();
            double[] s3 = other.svd(a, false).s();
            for (int i = 0; i < s1.length; i++) {
                assertEquals(s1[i], s2[i], tol * s1[0], "sigma " + i);
                assertEquals(s1[i], s3[i], tol * s1[0], "sigma (values only) " + i);
            }

            // Eigenvalues of the Gram matrix (well separated down to 1e-16 relative: compare absolutely)
            int count = Math.max(1, n / 2);
            double[] e1 = nat.eigenSymmetric(g1, n).values();
            double[] e2 = other.eigenSymmetric(g1, n).values();
            double[] e3 = other.eigenSymmetric(g1, count).values();
            for (int i = 0; i < n; i++) {
                assertEquals(e1[i], e2[i], Dense.C * n * Dense.EPS * e1[0], "lambda " + i);
            }
            for (int i = 0; i < count; i++) {
                assertEquals(e1[i], e3[i], Dense.C * n * Dense.EPS * e1[0], "lambda (top) " + i);
            }

            if (m >= n) {
                // QR: R is unique up to the signs of its rows.
                DMatrixRMaj r1 = nat.qr(a).r();
                DMatrixRMaj r2 = other.qr(a).r();
                for (int i = 0; i < n; i++) {
                    for (int j = i; j < n; j++) {
                        assertEquals(Math.abs(r1.get(i, j)), Math.abs(r2.get(i, j)), tol * s1[0], "|R|");
                    }
                }
            }

            // Cholesky of a well-conditioned SPD matrix and the triangular solves
            DMatrixRMaj spd = Dense.spd(n, 100, n);
            DMatrixRMaj l1 = spd.copy();
            DMatrixRMaj l2 = spd.copy();
            nat.cholesky(l1);
            other.cholesky(l2);
            assertTrue(Dense.diffF(l1, l2) <= 100 * tol * Dense.normF(l1), "L");
            DMatrixRMaj b1 = Dense.gaussian(n, 5, 3);
            DMatrixRMaj b2 = b1.copy();
            nat.solveLowerTriangular(true, l1, b1);
            other.solveLowerTriangular(true, l1, b2);
            assertTrue(Dense.diffF(b1, b2) <= 1000 * tol * Dense.normF(b1), "L^T X = B");
        }
    }
}
