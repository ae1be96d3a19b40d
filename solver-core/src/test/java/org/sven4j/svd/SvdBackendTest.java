package org.sven4j.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sven4j.lsq.DenseJacobianOperator;
import org.sven4j.lsq.JacobianOperator;

/**
 * Every back-end against the prescribed spectrum of U·diag(σ)·Vᵀ (built with EJML): singular values,
 * the reconstruction of the kept part, and orthonormality; never the signs of singular vectors.
 */
class SvdBackendTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("tall-decaying", 300, 60, RandomMatrices.geometric(60, 1e-10)),
                Arguments.of("wide-decaying", 50, 400, RandomMatrices.geometric(50, 1e-6)),
                Arguments.of("square-clustered", 80, 80, RandomMatrices.clustered(80, 8)),
                Arguments.of("tall-flat", 200, 33, RandomMatrices.geometric(33, 0.5)),
                Arguments.of("rank-deficient", 120, 70, RandomMatrices.geometric(40, 1e-3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fullRankBackendsReproduceTheSpectrum(String label, int m, int n, double[] sigma) {
        DMatrixRMaj a = RandomMatrices.withSpectrum(m, n, sigma, 11);
        JacobianOperator op = new DenseJacobianOperator(a);
        Truncation all = Truncation.relative(1e-14);
        for (SvdBackend b : List.of(new ExactSvd(), new QrSvd(), new LanczosSvd())) {
            TruncatedSvd s = b.decompose(op, all);
            assertSpectrum(label + "/" + b.name(), sigma, s, 1e-10, 1e-14);
            assertReconstructs(label + "/" + b.name(), a, s, sigma, 1e-9);
        }
        // The Gram path resolves only σ ≥ 1e-7·σ₁.
        TruncatedSvd g = new GramSvd().decompose(op, all);
        assertSpectrum(label + "/gram", sigma, g, 1e-6, GramSvd.RELIABLE_RATIO);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void partialBackendsFindTheTopTriplets(String label, int m, int n, double[] sigma) {
        DMatrixRMaj a = RandomMatrices.withSpectrum(m, n, sigma, 12);
        JacobianOperator op = new DenseJacobianOperator(a);
        int k = 10;
        Truncation t = Truncation.of(k, 1e-14);
        // Single-vector Lanczos sees an exactly repeated singular value once (copies appear only through
        // rounding), so it gets clusters with a small spread; the block methods get exact multiplicities.
        DMatrixRMaj spread = RandomMatrices.withSpectrum(m, n, spread(sigma), 12);
        TruncatedSvd lanczos = new LanczosSvd().decompose(new DenseJacobianOperator(spread), t);
        assertEquals(k, lanczos.rank(), label);
        assertSpectrum(label + "/lanczos-top", spread(sigma), lanczos, 1e-10, 1e-14);
        TruncatedSvd randomized = new RandomizedSvd(10, 4, 3L, org.sven4j.linalg.LinearAlgebra.get()).decompose(op, t);
        assertEquals(k, randomized.rank(), label);
        // Randomized accuracy depends on the gap; flat and clustered spectra get a looser bound.
        double tol = label.contains("decaying") ? 1e-8 : 5e-2;
        assertSpectrum(label + "/randomized-top", sigma, randomized, tol, 1e-14);
        assertOrthonormal(label + "/randomized U", randomized.u());
        assertOrthonormal(label + "/randomized V", randomized.v());
    }

    /** σᵢ·(1 − 10⁻³·i/r): splits exact multiplicities by up to 0.1%. */
    private static double[] spread(double[] sigma) {
        double[] s = sigma.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] *= 1 - 1e-3 * i / s.length;
        }
        return s;
    }

    @Test
    void truncationKeepsOnlyValuesAboveTheCut() {
        DMatrixRMaj a = RandomMatrices.withSpectrum(40, 30, RandomMatrices.geometric(30, 1e-9), 5);
        TruncatedSvd s = new ExactSvd().decompose(new DenseJacobianOperator(a), Truncation.relative(1e-4));
        for (double x : s.singularValues()) {
            assertTrue(x > 1e-4 * s.sigmaMax());
        }
        // geometric(30, 1e-9): σᵢ = 10^(−9i/29) > 1e-4 for i ≤ 12.
        assertEquals(13, s.rank());
        TruncatedSvd s5 = new ExactSvd().decompose(new DenseJacobianOperator(a), Truncation.of(5, 0));
        assertEquals(5, s5.rank());
    }

    @Test
    void autoChoosesByShapeAndRank() {
        AutoSvd auto = new AutoSvd();
        JacobianOperator tall = new DenseJacobianOperator(new DMatrixRMaj(2000, 100));
        JacobianOperator square = new DenseJacobianOperator(new DMatrixRMaj(300, 300));
        assertEquals("gram", auto.choose(tall, Truncation.relative(1e-6)).name());
        assertEquals("exact", auto.choose(tall, Truncation.relative(1e-12)).name());
        assertEquals("exact", auto.choose(square, Truncation.relative(1e-6)).name());
        assertEquals("subspace", auto.choose(square, Truncation.of(16, 1e-12)).name());
        assertEquals("subspace SVD, k ≤ " + AutoSvd.MATRIX_FREE_RANK,
                auto.describe(32_000, 17_000, true, Truncation.relative(1e-10)));
        assertEquals("subspace SVD", auto.describe(32_000, 17_000, true, Truncation.of(64, 1e-10)));
        assertEquals("exact SVD", auto.describe(1020, 257, false, Truncation.relative(1e-10)));
    }

    @Test
    void badTruncationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Truncation.of(0, 1e-3));
        assertThrows(IllegalArgumentException.class, () -> Truncation.of(-2, 1e-3));
        assertThrows(IllegalArgumentException.class, () -> Truncation.relative(-1e-3));
        assertThrows(IllegalArgumentException.class, () -> Truncation.relative(Double.NaN));
    }

    static void assertSpectrum(String label, double[] expected, TruncatedSvd s, double tol, double floor) {
        double[] got = s.singularValues();
        double s1 = expected[0];
        int check = 0;
        for (int i = 0; i < got.length; i++) {
            if (expected[i] < floor * s1) {
                break;
            }
            assertEquals(expected[i], got[i], tol * s1, label + ": sigma[" + i + "]");
            check++;
        }
        assertTrue(check >= Math.min(got.length, 1), label + ": nothing compared");
    }

    static void assertReconstructs(String label, DMatrixRMaj a, TruncatedSvd s, double[] sigma, double tol) {
        int k = s.rank();
        DMatrixRMaj us = s.u().copy();
        for (int i = 0; i < us.numRows; i++) {
            for (int j = 0; j < k; j++) {
                us.set(i, j, us.get(i, j) * s.singularValues()[j]);
            }
        }
        DMatrixRMaj rec = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.multTransB(us, s.v(), rec);
        DMatrixRMaj diff = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.subtract(a, rec, diff);
        double tail = 0;
        for (int i = k; i < sigma.length; i++) {
            tail += sigma[i] * sigma[i];
        }
        double err = NormOps_DDRM.normF(diff);
        assertTrue(err <= Math.sqrt(tail) + tol * NormOps_DDRM.normF(a),
                label + ": |A - U S V^T|_F = " + err + ", tail " + Math.sqrt(tail));
        assertOrthonormal(label + " U", s.u());
        assertOrthonormal(label + " V", s.v());
    }

    static void assertOrthonormal(String label, DMatrixRMaj q) {
        DMatrixRMaj qtq = new DMatrixRMaj(q.numCols, q.numCols);
        CommonOps_DDRM.multTransA(q, q, qtq);
        for (int i = 0; i < q.numCols; i++) {
            qtq.add(i, i, -1.0);
        }
        assertTrue(NormOps_DDRM.normF(qtq) < 1e-10 * Math.max(1, q.numCols), label + ": |Q^T Q - I| = "
                + NormOps_DDRM.normF(qtq));
    }
}
