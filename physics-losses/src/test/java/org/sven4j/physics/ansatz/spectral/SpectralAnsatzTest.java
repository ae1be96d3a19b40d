package org.sven4j.physics.ansatz.spectral;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;

class SpectralAnsatzTest {

    static DMatrixRMaj points(int n, double[] lo, double[] hi, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = lo.length;
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int p = 0; p < n; p++) {
            for (int i = 0; i < d; i++) {
                x.data[p * d + i] = lo[i] + (hi[i] - lo[i]) * r.nextDouble();
            }
        }
        return x;
    }

    /** The 1-D function j of an axis as a DS, by the plain (undifferentiated) recurrence or cos/sin. */
    static DerivativeStructure basis1d(SpectralAxis ax, int j, DerivativeStructure x) {
        double a = ax.lower();
        double b = ax.upper();
        if (ax.family() == BasisFamily.FOURIER) {
            if (j == 0) {
                return x.getField().getOne();
            }
            int q = (j + 1) / 2;
            DerivativeStructure arg = x.subtract(a).multiply(2 * Math.PI * q / (b - a));
            return j % 2 == 1 ? arg.cos() : arg.sin();
        }
        DerivativeStructure t = x.multiply(2).subtract(a + b).divide(b - a);
        DerivativeStructure p0 = x.getField().getOne();
        DerivativeStructure p1 = t;
        if (j == 0) {
            return p0;
        }
        for (int k = 1; k < j; k++) {
            DerivativeStructure p2 = ax.family() == BasisFamily.CHEBYSHEV
                    ? t.multiply(p1).multiply(2).subtract(p0)
                    : t.multiply(p1).multiply(2 * k + 1).subtract(p0.multiply(k)).divide(k + 1);
            p0 = p1;
            p1 = p2;
        }
        return p1;
    }

    static double dsChannel(DerivativeStructure u, Channel c, int d) {
        if (c.isLaplacian()) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                int[] o = new int[d];
                o[i] = 2;
                s += u.getPartialDerivative(o);
            }
            return s;
        }
        return u.getPartialDerivative(c.multiIndex(d));
    }

    /** Every channel (orders up to 3) and the Jacobian (J·θ = u, J independent of θ) for random θ vs DS. */
    void checkAgainstDs(SpectralAnsatz sa, double[] lo, double[] hi, List<Channel> extra, String name) {
        int d = sa.inputDimension();
        int m = sa.outputDimension();
        List<Channel> list = new ArrayList<>(ChannelSet.valueGradientLaplacian(d).asList());
        list.addAll(extra);
        ChannelSet cs = ChannelSet.of(list);
        int n = 6;
        DMatrixRMaj x = points(n, lo, hi, 5);
        SplittableRandom r = new SplittableRandom(9);
        double[] th = new double[sa.parameterCount()];
        for (int i = 0; i < th.length; i++) {
            th[i] = r.nextDouble() - 0.5;
        }
        AnsatzOutput out = AnsatzOutput.forAnsatz(sa, cs, n, true);
        sa.evaluate(th, x, out, true);
        DSFactory f = new DSFactory(d, 3);
        List<int[]> betas = sa.multiIndices();
        int bigK = sa.basisSize();
        double worst = 0;
        for (int p = 0; p < n; p++) {
            DerivativeStructure[] xs = new DerivativeStructure[d];
            for (int i = 0; i < d; i++) {
                xs[i] = f.variable(i, x.get(p, i));
            }
            for (int k = 0; k < m; k++) {
                DerivativeStructure u = f.constant(0);
                for (int q = 0; q < bigK; q++) {
                    DerivativeStructure phi = f.constant(th[k * bigK + q]);
                    for (int i = 0; i < d; i++) {
                        phi = phi.multiply(basis1d(sa.axes().get(i), betas.get(q)[i], xs[i]));
                    }
                    u = u.add(phi);
                }
                for (int c = 0; c < cs.size(); c++) {
                    double ref = dsChannel(u, cs.get(c), d);
                    double got = out.value(c, p, k);
                    double e = Math.abs(got - ref) / Math.max(1, Math.abs(ref));
                    worst = Math.max(worst, e);
                    assertTrue(e < 1e-10, name + " " + cs.get(c) + " at point " + p + ": " + got + " vs " + ref);
                }
            }
        }
        // Jacobian: J_c·θ reproduces the values, and J_c does not depend on θ.
        AnsatzOutput out2 = AnsatzOutput.forAnsatz(sa, cs, n, true);
        double[] th2 = th.clone();
        for (int i = 0; i < th2.length; i++) {
            th2[i] = Math.cos(i);
        }
        sa.evaluate(th2, x, out2, true);
        for (int c = 0; c < cs.size(); c++) {
            assertArrayEquals(out.jacobian(c).data, out2.jacobian(c).data, 0.0);
            double[] jt = new double[n * m];
            DMatrixRMaj jc = out.jacobian(c);
            for (int row = 0; row < n * m; row++) {
                for (int j = 0; j < th.length; j++) {
                    jt[row] += jc.get(row, j) * th[j];
                }
                double e = Math.abs(jt[row] - out.values(c)[row]) / Math.max(1, Math.abs(out.values(c)[row]));
                worst = Math.max(worst, e);
                assertTrue(e < 1e-12, name + " J·θ vs value, " + cs.get(c) + " row " + row);
            }
        }
        System.out.printf("spectral %-32s K=%d max error vs DS %.2e%n", name, bigK, worst);
    }

    @Test
    void chebyshev2dFullTensorTwoOutputs() {
        SpectralAnsatz sa = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(5, -1, 2))
                .axis(SpectralAxis.chebyshev(4, 0, 0.5)).outputs(2).build();
        assertEquals(30, sa.basisSize());
        checkAgainstDs(sa, new double[] {-1, 0}, new double[] {2, 0.5},
                List.of(Channel.d(0, 1), Channel.d(1, 1), Channel.d(0, 0, 1), Channel.d(1, 1, 1)), "chebyshev 5x4");
    }

    @Test
    void legendre3dTotalDegreeThreeOutputs() {
        SpectralAnsatz sa = SpectralAnsatz.builder().axis(SpectralAxis.legendre(4, 0, 1))
                .axis(SpectralAxis.legendre(4, -2, 2)).axis(SpectralAxis.legendre(3, -1, 1)).totalDegree(4).outputs(3)
                .build();
        checkAgainstDs(sa, new double[] {0, -2, -1}, new double[] {1, 2, 1},
                List.of(Channel.d(0, 2), Channel.d(1, 1, 2)), "legendre total degree 4, 3-D");
    }

    @Test
    void fourierTimesChebyshev() {
        SpectralAnsatz sa = SpectralAnsatz.builder().axis(SpectralAxis.fourier(3, 0, 2 * Math.PI))
                .axis(SpectralAxis.chebyshev(4, -1, 1)).build();
        assertEquals(7 * 5, sa.basisSize());
        checkAgainstDs(sa, new double[] {0, -1}, new double[] {2 * Math.PI, 1},
                List.of(Channel.d(0, 0, 0), Channel.d(0, 1), Channel.d(0, 0, 1)), "fourier 3 x chebyshev 4");
    }

    /**
     * Many blocks on 1 and 2 workers give the same bits, with two outputs (each row's values, zero blocks and
     * copies of Φ), and every value is J·θ of its row.
     */
    @Test
    void blocksOnOneAndTwoThreadsGiveTheSameBits() {
        int n = 300;
        DMatrixRMaj x = new DMatrixRMaj(n, 2);
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < 2 * n; i++) {
            x.data[i] = 2 * r.nextDouble() - 1;
        }
        ChannelSet cs = ChannelSet.valueGradientLaplacian(2);
        AnsatzOutput[] outs = new AnsatzOutput[2];
        double[] th = null;
        for (int t = 1; t <= 2; t++) {
            SpectralAnsatz sa = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(6, -1, 1))
                    .axis(SpectralAxis.legendre(5, -1, 1)).outputs(2).threads(t).build();
            if (th == null) {
                th = new double[sa.parameterCount()];
                for (int i = 0; i < th.length; i++) {
                    th[i] = Math.sin(1.7 * i);
                }
            }
            outs[t - 1] = AnsatzOutput.forAnsatz(sa, cs, n, true);
            sa.evaluate(th, x, outs[t - 1], true);
        }
        for (int c = 0; c < cs.size(); c++) {
            assertArrayEquals(outs[0].values(c), outs[1].values(c), 0.0);
            assertArrayEquals(outs[0].jacobian(c).data, outs[1].jacobian(c).data, 0.0);
            DMatrixRMaj j = outs[1].jacobian(c);
            for (int row = 0; row < 2 * n; row++) {
                double v = 0;
                for (int q = 0; q < th.length; q++) {
                    v += j.get(row, q) * th[q];
                }
                assertEquals(v, outs[1].values(c)[row], 1e-12 * Math.max(1, Math.abs(v)), "channel " + c + " row " + row);
            }
        }
    }

    /** A polynomial inside the span is reproduced (from a square interpolation solve) with all its derivatives. */
    @Test
    void polynomialInSpanIsReproducedWithDerivatives() {
        double[] lo = {-1, 0.5};
        double[] hi = {3, 2};
        for (IndexSet set : IndexSet.values()) {
            SpectralAnsatz.Builder b = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(3, lo[0], hi[0]))
                    .axis(SpectralAxis.legendre(3, lo[1], hi[1]));
            SpectralAnsatz sa = (set == IndexSet.TOTAL_DEGREE ? b.totalDegree(5) : b).build();
            // p(x, y) = 1 + 2x − 3xy + x²y³ − 0.5y³ + x³: degree ≤ 3 per axis, total degree 5.
            int n = sa.basisSize() + 10;
            DMatrixRMaj x = points(n, lo, hi, 3);
            DMatrixRMaj a = sa.basisMatrices(x, ChannelSet.valueOnly())[0].copy();
            DMatrixRMaj rhs = new DMatrixRMaj(n, 1);
            for (int p = 0; p < n; p++) {
                rhs.data[p] = poly(x.get(p, 0), x.get(p, 1), 0, 0);
            }
            DMatrixRMaj coef = new DMatrixRMaj(sa.basisSize(), 1);
            assertTrue(CommonOps_DDRM.solve(a, rhs, coef));
            ChannelSet cs = ChannelSet.of(Channel.value(), Channel.d(0), Channel.d(1), Channel.d(0, 1),
                    Channel.d(0, 0), Channel.d(1, 1, 1), Channel.laplacian());
            int[][] orders = {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 0}, {0, 3}};
            DMatrixRMaj y = points(20, lo, hi, 4);
            AnsatzOutput out = AnsatzOutput.forAnsatz(sa, cs, 20, false);
            sa.evaluate(coef.data, y, out, false);
            double worst = 0;
            for (int p = 0; p < 20; p++) {
                double u = y.get(p, 0);
                double v = y.get(p, 1);
                for (int c = 0; c < cs.size(); c++) {
                    double ref = c < orders.length ? poly(u, v, orders[c][0], orders[c][1])
                            : poly(u, v, 2, 0) + poly(u, v, 0, 2);
                    double e = Math.abs(out.value(c, p, 0) - ref) / Math.max(1, Math.abs(ref));
                    worst = Math.max(worst, e);
                    assertTrue(e < 1e-11, set + " " + cs.get(c) + ": " + out.value(c, p, 0) + " vs " + ref);
                }
            }
            System.out.printf("spectral polynomial reproduction (%s): max rel error %.2e%n", set, worst);
        }
    }

    /** ∂^a_x ∂^b_y of p(x, y) = 1 + 2x − 3xy + x²y³ − 0.5y³ + x³. */
    static double poly(double x, double y, int a, int b) {
        double[][] terms = {{1, 0, 0}, {2, 1, 0}, {-3, 1, 1}, {1, 2, 3}, {-0.5, 0, 3}, {1, 3, 0}};
        double s = 0;
        for (double[] t : terms) {
            s += t[0] * dmono(x, (int) t[1], a) * dmono(y, (int) t[2], b);
        }
        return s;
    }

    static double dmono(double x, int power, int order) {
        if (order > power) {
            return 0;
        }
        double c = 1;
        for (int i = 0; i < order; i++) {
            c *= power - i;
        }
        return c * Math.pow(x, power - order);
    }

    /** Chebyshev interpolation of f(x) = 1/(2 − x) has coefficients ~ (2 − √3)^k (Bernstein ellipse). */
    @Test
    void smoothFunctionCoefficientsDecayGeometrically() {
        int deg = 30;
        SpectralAnsatz sa = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(deg, -1, 1)).build();
        double[] nodes = Quadrature.chebyshevGaussLobatto(deg);
        DMatrixRMaj x = new DMatrixRMaj(deg + 1, 1, true, nodes);
        DMatrixRMaj a = sa.basisMatrices(x, ChannelSet.valueOnly())[0].copy();
        DMatrixRMaj rhs = new DMatrixRMaj(deg + 1, 1);
        for (int j = 0; j <= deg; j++) {
            rhs.data[j] = 1 / (2 - nodes[j]);
        }
        DMatrixRMaj c = new DMatrixRMaj(deg + 1, 1);
        assertTrue(CommonOps_DDRM.solve(a, rhs, c));
        double rho = 2 - Math.sqrt(3);
        // Exact: c_k = (2/√3)·ρ^k for k ≥ 1; check the ratio and the slope of log|c_k|.
        for (int k = 1; k <= 20; k++) {
            double exact = 2 / Math.sqrt(3) * Math.pow(rho, k);
            // Round-off in c_k is ~1e-15 absolute, so the relative tolerance grows as c_k shrinks.
            assertEquals(exact, Math.abs(c.data[k]), 1e-9 * exact + 1e-14,
                    "coefficient " + k + " = " + c.data[k]);
        }
        double slope = Math.log(Math.abs(c.data[15]) / Math.abs(c.data[5])) / 10;
        assertEquals(Math.log(rho), slope, 1e-6);
        System.out.printf("chebyshev coefficients of 1/(2-x): log-slope %.6f vs log(2-sqrt3) = %.6f, |c_20| = %.2e%n",
                slope, Math.log(rho), Math.abs(c.data[20]));
    }

    @Test
    void basisIsCachedWhilePointsDoNotChange() {
        SpectralAnsatz sa = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(4, -1, 1))
                .axis(SpectralAxis.fourier(2, 0, 1)).build();
        ChannelSet cs = ChannelSet.valueGradientLaplacian(2);
        DMatrixRMaj x = points(7, new double[] {-1, 0}, new double[] {1, 1}, 1);
        DMatrixRMaj[] first = sa.basisMatrices(x, cs);
        assertSame(first, sa.basisMatrices(x.copy(), cs));
        DMatrixRMaj moved = x.copy();
        moved.data[3] += 1e-3;
        DMatrixRMaj[] second = sa.basisMatrices(moved, cs);
        assertTrue(first != second);
        SpectralAnsatz fresh = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(4, -1, 1))
                .axis(SpectralAxis.fourier(2, 0, 1)).build();
        assertArrayEquals(fresh.basisMatrices(moved, cs)[3].data, second[3].data, 0.0);
    }

    @Test
    void badInputNamesTheProblem() {
        SpectralAnsatz sa = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(3, 0, 1)).build();
        double[] th = new double[4];
        AnsatzOutput out = AnsatzOutput.forAnsatz(sa, ChannelSet.valueOnly(), 2, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> sa.evaluate(th, new DMatrixRMaj(2, 2), out, true));
        assertTrue(e.getMessage().contains("dimension 2"), e.getMessage());
        DMatrixRMaj nan = new DMatrixRMaj(2, 1);
        nan.data[1] = Double.POSITIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class, () -> sa.evaluate(th, nan, out, true));
        assertTrue(e.getMessage().contains("point 1"), e.getMessage());
        AnsatzOutput wrong = AnsatzOutput.forAnsatz(sa, ChannelSet.of(Channel.d(1)), 2, true);
        e = assertThrows(IllegalArgumentException.class, () -> sa.evaluate(th, new DMatrixRMaj(2, 1), wrong, true));
        assertTrue(e.getMessage().contains("input 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpectralAxis.chebyshev(3, 1, 1));
    }

    @Test
    void collocationNodesOversampleByFourThirdsInsideTheInterval() {
        SpectralAxis cheb = SpectralAxis.chebyshev(8, -1, 3);
        double[] x = cheb.collocationNodes();
        assertEquals(12, x.length, "9 functions: ceil(4 * 9 / 3) = 12 nodes");
        for (int j = 0; j < x.length; j++) {
            assertEquals(1 + 2 * Math.cos(Math.PI * (j + 0.5) / 12), x[j], 1e-15);
            assertTrue(x[j] > -1 && x[j] < 3);
        }
        double[] f = SpectralAxis.fourier(2, 0, 1).collocationNodes();
        assertEquals(7, f.length, "5 functions: ceil(20 / 3) = 7 nodes");
        for (int j = 0; j < f.length; j++) {
            assertEquals(j / 7.0, f[j], 1e-15);
        }
    }
}
