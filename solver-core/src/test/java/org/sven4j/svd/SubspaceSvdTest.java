package org.sven4j.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.DenseJacobianOperator;
import org.sven4j.lsq.JacobianOperator;

/**
 * The warm-started subspace SVD against the exact SVD: spectrum, rank chosen by the cut-off, and the
 * quantity Sven needs, the truncated pseudo-inverse step δ = V·Σ⁻¹·Uᵀr.
 */
class SubspaceSvdTest {
    private final LinearAlgebra la = LinearAlgebra.get();

    @ParameterizedTest(name = "{0}x{1}, decay {2}, rtol {3}")
    @CsvSource({"400,120,1e-10,1e-8", "120,400,1e-10,1e-8", "300,200,1e-4,1e-12", "500,80,1e-12,1e-10"})
    void coldStartFindsTheRankAndTheSpectrumOfTheExactSvd(int m, int n, double decay, double rtol) {
        double[] sigma = RandomMatrices.geometric(Math.min(m, n), decay);
        DMatrixRMaj a = RandomMatrices.withSpectrum(m, n, sigma, 21);
        JacobianOperator op = new DenseJacobianOperator(a, la);
        Truncation t = Truncation.relative(rtol);
        TruncatedSvd exact = new ExactSvd(la).decompose(op, t);
        TruncatedSvd sub = new SubspaceSvd(la).decompose(op, t);
        assertEquals(exact.rank(), sub.rank(), "kept rank");
        SvdBackendTest.assertSpectrum("subspace", sigma, sub, 1e-12, rtol);
        SvdBackendTest.assertReconstructs("subspace", a, sub, sigma, 1e-10);
        assertTrue(relativeDifference(step(exact, op), step(sub, op)) < 1e-6, "step differs from the exact one");
    }

    /**
     * Sven's use: J moves a little between iterations. Started from the previous V_k, the step on the new J stays
     * within 1e-6 (relative) of the exact truncated step, in fewer products than a cold start.
     */
    @Test
    void warmStartOnAPerturbedMatrixMatchesTheExactStepWithFewerProducts() {
        int m = 600;
        int n = 150;
        double[] sigma = RandomMatrices.geometric(n, 1e-12);
        DMatrixRMaj a = RandomMatrices.withSpectrum(m, n, sigma, 31);
        DMatrixRMaj b = a.copy();
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < b.data.length; i++) {
            b.data[i] += 1e-7 * rng.nextGaussian() / Math.sqrt(m);
        }
        // A rank cap well below min(N, P), so that the cold start is a block of k + p columns, not the whole space.
        Truncation t = Truncation.of(40, 1e-3);
        SubspaceSvd sub = new SubspaceSvd(la);
        TruncatedSvd first = sub.decompose(new DenseJacobianOperator(a, la), t);
        CountingOperator warmOp = new CountingOperator(new DenseJacobianOperator(b, la));
        TruncatedSvd warm = sub.decompose(warmOp, t, first);
        CountingOperator coldOp = new CountingOperator(new DenseJacobianOperator(b, la));
        TruncatedSvd cold = sub.decompose(coldOp, t);
        TruncatedSvd exact = new ExactSvd(la).decompose(new DenseJacobianOperator(b, la), t);
        JacobianOperator op = new DenseJacobianOperator(b, la);
        assertEquals(exact.rank(), warm.rank());
        assertTrue(relativeDifference(step(exact, op), step(warm, op)) < 1e-6);
        assertTrue(warmOp.products < coldOp.products,
                "warm " + warmOp.products + " products, cold " + coldOp.products);
        assertEquals(exact.rank(), cold.rank());
    }

    /** Warm-started from a lower rank, the block grows until the cut-off falls inside it (the adaptive rank). */
    @Test
    void theBlockGrowsToTheRankTheCutOffAsksFor() {
        double[] sigma = RandomMatrices.geometric(160, 1e-12);
        DMatrixRMaj a = RandomMatrices.withSpectrum(500, 160, sigma, 61);
        JacobianOperator op = new DenseJacobianOperator(a, la);
        SubspaceSvd sub = new SubspaceSvd(la);
        TruncatedSvd low = sub.decompose(op, Truncation.relative(1e-2));
        Truncation t = Truncation.relative(1e-9);
        TruncatedSvd grown = sub.decompose(op, t, low);
        TruncatedSvd exact = new ExactSvd(la).decompose(op, t);
        assertTrue(low.rank() < exact.rank() / 2, low.rank() + " vs " + exact.rank());
        assertEquals(exact.rank(), grown.rank());
        SvdBackendTest.assertSpectrum("grown", sigma, grown, 1e-12, 1e-9);
        assertTrue(relativeDifference(step(exact, op), step(grown, op)) < 1e-6);
    }

    @Test
    void aRankCapKeepsTheLeadingTriplets() {
        double[] sigma = RandomMatrices.geometric(200, 1e-6);
        DMatrixRMaj a = RandomMatrices.withSpectrum(500, 200, sigma, 41);
        TruncatedSvd s = new SubspaceSvd(la).decompose(new DenseJacobianOperator(a, la), Truncation.of(20, 0));
        assertEquals(20, s.rank());
        SvdBackendTest.assertSpectrum("subspace k=20", sigma, s, 1e-12, 0);
        SvdBackendTest.assertOrthonormal("U", s.u());
        SvdBackendTest.assertOrthonormal("V", s.v());
    }

    @Test
    void sameInputsGiveTheSameBits() {
        DMatrixRMaj a = RandomMatrices.withSpectrum(300, 90, RandomMatrices.geometric(90, 1e-8), 51);
        JacobianOperator op = new DenseJacobianOperator(a, la);
        TruncatedSvd x = new SubspaceSvd(la).decompose(op, Truncation.relative(1e-6));
        TruncatedSvd y = new SubspaceSvd(la).decompose(op, Truncation.relative(1e-6));
        assertEquals(java.util.Arrays.toString(x.singularValues()), java.util.Arrays.toString(y.singularValues()));
        assertEquals(java.util.Arrays.toString(x.v().data), java.util.Arrays.toString(y.v().data));
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SubspaceSvd(0, 1e-9, 10, 1L, la));
        assertThrows(IllegalArgumentException.class, () -> new SubspaceSvd(8, 0, 10, 1L, la));
        assertThrows(IllegalArgumentException.class, () -> new SubspaceSvd(8, 1e-9, 0, 1L, la));
    }

    /** δ = V·Σ⁻¹·Uᵀ·r for a fixed r = J·x + noise. */
    static double[] step(TruncatedSvd s, JacobianOperator op) {
        SplittableRandom rng = new SplittableRandom(77);
        DMatrixRMaj x = new DMatrixRMaj(op.cols(), 1);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rng.nextGaussian();
        }
        DMatrixRMaj r = new DMatrixRMaj(op.rows(), 1);
        op.multiply(x, r);
        for (int i = 0; i < r.data.length; i++) {
            r.data[i] += 1e-3 * rng.nextGaussian();
        }
        LinearAlgebra la = LinearAlgebra.get();
        double[] c = s.project(r.data, la);
        for (int i = 0; i < c.length; i++) {
            c[i] /= s.singularValues()[i];
        }
        double[] d = new double[op.cols()];
        s.expand(c, d, la);
        return d;
    }

    static double relativeDifference(double[] a, double[] b) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < a.length; i++) {
            num += (a[i] - b[i]) * (a[i] - b[i]);
            den += a[i] * a[i];
        }
        return Math.sqrt(num / den);
    }

    /** Counts block products (each column of a block counts once). */
    static final class CountingOperator implements JacobianOperator {
        private final JacobianOperator inner;
        int products;

        CountingOperator(JacobianOperator inner) {
            this.inner = inner;
        }

        @Override public int rows() { return inner.rows(); }

        @Override public int cols() { return inner.cols(); }

        @Override
        public void multiply(DMatrixRMaj v, DMatrixRMaj out) {
            products++;
            inner.multiply(v, out);
        }

        @Override
        public void multiplyTranspose(DMatrixRMaj u, DMatrixRMaj out) {
            products++;
            inner.multiplyTranspose(u, out);
        }
    }
}
