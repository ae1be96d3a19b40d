package org.sven4j.physics.ansatz.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;

class MlpAnsatzTest {
    static final double VALUE_TOL = 1e-10;
    static final double JAC_TOL = 1e-8;

    /** Random points in [−1, 1]ᵈ (or the box) and θ = Glorot + noise (so biases are non-zero). */
    static DMatrixRMaj points(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int i = 0; i < n * d; i++) {
            x.data[i] = 2 * r.nextDouble() - 1;
        }
        return x;
    }

    static double[] theta(MlpAnsatz net, long seed) {
        double[] t = net.initialParameters(seed);
        SplittableRandom r = new SplittableRandom(seed + 1);
        for (int i = 0; i < t.length; i++) {
            t[i] += 0.3 * (2 * r.nextDouble() - 1);
        }
        return t;
    }

    /**
     * Checks every value and every Jacobian entry against the DS reference; returns {max value error, max Jacobian error},
     * each relative to the largest magnitude in its channel.
     */
    static double[] check(MlpAnsatz net, ChannelSet cs, DMatrixRMaj x, double[] th) {
        int d = net.inputDimension();
        int m = net.outputDimension();
        int n = x.numRows;
        int bigP = net.parameterCount();
        AnsatzOutput out = AnsatzOutput.forAnsatz(net, cs, n, true);
        net.evaluate(th, x, out, true);
        AnsatzOutput valuesOnly = AnsatzOutput.forAnsatz(net, cs, n, false);
        net.evaluate(th, x, valuesOnly, false);
        MlpReference ref = new MlpReference(net);
        int nc = cs.size();
        double[][] refVal = new double[nc][n * m];
        double[][] refJac = new double[nc][n * m * bigP];
        for (int p = 0; p < n; p++) {
            double[] xp = new double[d];
            System.arraycopy(x.data, p * d, xp, 0, d);
            DerivativeStructure[] u = ref.evaluate(xp, th, -1);
            for (int c = 0; c < nc; c++) {
                for (int k = 0; k < m; k++) {
                    refVal[c][p * m + k] = MlpReference.channel(u[k], cs.get(c), d, 0);
                }
            }
            for (int j = 0; j < bigP; j++) {
                DerivativeStructure[] uj = ref.evaluate(xp, th, j);
                for (int c = 0; c < nc; c++) {
                    for (int k = 0; k < m; k++) {
                        refJac[c][(p * m + k) * bigP + j] = MlpReference.channel(uj[k], cs.get(c), d, 1);
                    }
                }
            }
        }
        double worstV = 0;
        double worstJ = 0;
        for (int c = 0; c < nc; c++) {
            double ev = relErr(out.values(c), refVal[c]);
            double ej = relErr(out.jacobian(c).data, refJac[c]);
            assertArrayEquals(out.values(c), valuesOnly.values(c), 0.0, "values-only path differs, channel " + cs.get(c));
            assertTrue(ev <= VALUE_TOL, "channel " + cs.get(c) + " value error " + ev);
            assertTrue(ej <= JAC_TOL, "channel " + cs.get(c) + " Jacobian error " + ej);
            worstV = Math.max(worstV, ev);
            worstJ = Math.max(worstJ, ej);
        }
        return new double[] {worstV, worstJ};
    }

    /** max |a − b| / max(max|b|, 1e-300). */
    static double relErr(double[] got, double[] ref) {
        double scale = 0;
        for (double v : ref) {
            scale = Math.max(scale, Math.abs(v));
        }
        double e = 0;
        for (int i = 0; i < ref.length; i++) {
            e = Math.max(e, Math.abs(got[i] - ref[i]));
        }
        return e / Math.max(scale, 1e-300);
    }

    static void report(String name, double[] e) {
        System.out.printf("MLP %-40s max value err %.2e, max Jacobian err %.2e%n", name, e[0], e[1]);
    }

    static ChannelSet all(int d, int[][] pairs) {
        List<Channel> list = new ArrayList<>(ChannelSet.valueGradientLaplacian(d).asList());
        for (int[] pq : pairs) {
            list.add(Channel.d(pq));
        }
        return ChannelSet.of(list);
    }

    @Test
    void tanh1dSingleOutput() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(1, 1).hidden(5).activation(Activation.TANH).seed(1)
                .blockSize(2).threads(2).build());
        ChannelSet cs = all(1, new int[][] {{0, 0}});
        report("1-5-1 tanh", check(net, cs, points(5, 1, 11), theta(net, 1)));
    }

    @Test
    void sin2dTwoOutputsTwoHiddenWithBox() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 2).hidden(4, 3).activation(Activation.SIN).seed(2)
                .inputBox(new double[] {-0.5, 0}, new double[] {1.5, 3}).blockSize(3).build());
        ChannelSet cs = all(2, new int[][] {{0, 1}, {1, 1}});
        report("2-4-3-2 sin, box", check(net, cs, points(4, 2, 12), theta(net, 2)));
    }

    @Test
    void softplus3dThreeOutputsTanhOutput() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(3, 3).hidden(4).activation(Activation.SOFTPLUS)
                .outputActivation(Activation.TANH).seed(3).build());
        ChannelSet cs = all(3, new int[][] {{0, 2}, {1, 1}, {2, 1}});
        report("3-4-3 softplus, tanh output", check(net, cs, points(3, 3, 13), theta(net, 3)));
    }

    @Test
    void gelu4dMixedSecondDerivatives() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(4, 1).hidden(3, 4).activation(Activation.GELU).seed(4)
                .blockSize(2).build());
        ChannelSet cs = all(4, new int[][] {{0, 3}, {1, 2}});
        report("4-3-4-1 gelu", check(net, cs, points(3, 4, 14), theta(net, 4)));
    }

    @Test
    void tanh5dFourierFeaturesTwoOutputs() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(5, 2).hidden(4).activation(Activation.TANH).seed(5)
                .fourier(new FourierFeatures(3, 0.5, 77, true)).build());
        ChannelSet cs = all(5, new int[][] {{2, 4}, {3, 3}});
        report("5-(fourier 3+x)-4-2 tanh", check(net, cs, points(3, 5, 15), theta(net, 5)));
    }

    @Test
    void perLayerActivationsFourierWithoutInputSubsetOfChannels() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(3, 3)
                .activations(List.of(Activation.SIN, Activation.GELU)).seed(6)
                .fourier(new FourierFeatures(2, 1.0, 78, false)).build());
        // Only some channels: the plan propagates just the directions needed.
        ChannelSet cs = ChannelSet.of(Channel.laplacian(), Channel.d(1), Channel.d(0, 1));
        report("2-(fourier 2)-3-3-1 sin/gelu", check(net, cs, points(4, 2, 16), theta(net, 6)));
    }

    @Test
    void wideLayersFusedRowsAndLongClosures() {
        // Hidden widths >= 8 take the fused row kernel; in 3D the Laplacian's closure has 5 streams
        // (value, three gradients, Δ), which exercises the kernel's tail beyond four terms.
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(3, 2).hidden(9, 10).activation(Activation.TANH).seed(8)
                .blockSize(2).threads(2).build());
        ChannelSet cs = all(3, new int[][] {{0, 2}, {1, 1}});
        report("3-9-10-2 tanh", check(net, cs, points(3, 3, 18), theta(net, 8)));
    }

    @Test
    void identityHiddenLayerIsLinear() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(3).activation(Activation.IDENTITY).seed(7).build());
        ChannelSet cs = all(2, new int[][] {{0, 1}});
        report("2-3-1 identity", check(net, cs, points(3, 2, 17), theta(net, 7)));
    }

    @Test
    void sameSeedBitIdenticalForOneAndTwoThreads() {
        MlpOptions.Builder b = MlpOptions.builder(2, 2).hidden(16, 16).activation(Activation.TANH).seed(42)
                .blockSize(32);
        MlpAnsatz one = new MlpAnsatz(b.threads(1).build());
        MlpAnsatz two = new MlpAnsatz(b.threads(2).build());
        double[] t1 = one.initialParameters();
        double[] t2 = two.initialParameters();
        assertArrayEquals(t1, t2, 0.0);
        DMatrixRMaj x = points(301, 2, 99);
        ChannelSet cs = all(2, new int[][] {{0, 1}});
        AnsatzOutput o1 = AnsatzOutput.forAnsatz(one, cs, 301, true);
        AnsatzOutput o2 = AnsatzOutput.forAnsatz(two, cs, 301, true);
        one.evaluate(t1, x, o1, true);
        two.evaluate(t2, x, o2, true);
        for (int c = 0; c < cs.size(); c++) {
            assertArrayEquals(o1.values(c), o2.values(c), 0.0);
            assertArrayEquals(o1.jacobian(c).data, o2.jacobian(c).data, 0.0);
        }
        // A second call reuses the workspaces and gives the same result.
        two.evaluate(t2, x, o2, true);
        assertArrayEquals(o1.jacobian(cs.size() - 1).data, o2.jacobian(cs.size() - 1).data, 0.0);
    }

    @Test
    void blockSizeChangesOnlyRounding() {
        // The automatic block size (P = 4417 is a long row, so 2^18 / (64·64) = 64 points here) and explicit ones
        // agree to rounding: every entry is computed per point, but a GEMM kernel may order a row's sum
        // differently depending on how many rows the call has (and OpenBLAS goes multithreaded at 128 and 200).
        MlpOptions.Builder b = MlpOptions.builder(2, 1).hidden(64, 64).activation(Activation.TANH).seed(5).threads(2);
        MlpAnsatz auto = new MlpAnsatz(b.build());
        ChannelSet cs = all(2, new int[][] {{0, 1}});
        assertEquals(64, MlpAnsatz.autoBlockSize(new TaylorPlan(cs, 2), new int[] {2, 64, 64, 1}, 4417));
        // Short rows: 2^18 / (5 · 64·64) = 12 for 2-64-64-1's widths; P = 449 (5-64-1): 2^18 / (7 · 320) = 117.
        assertEquals(12, MlpAnsatz.autoBlockSize(new TaylorPlan(cs, 2), new int[] {2, 64, 64, 1}, 1000));
        assertEquals(117, MlpAnsatz.autoBlockSize(new TaylorPlan(ChannelSet.valueGradientLaplacian(5), 5),
                new int[] {5, 64, 1}, 449));
        double[] t = auto.initialParameters();
        DMatrixRMaj x = points(157, 2, 31);
        AnsatzOutput ref = AnsatzOutput.forAnsatz(auto, cs, 157, true);
        auto.evaluate(t, x, ref, true);
        for (int bs : new int[] {1, 7, 128, 200}) {
            MlpAnsatz other = new MlpAnsatz(b.blockSize(bs).build());
            AnsatzOutput o = AnsatzOutput.forAnsatz(other, cs, 157, true);
            other.evaluate(t, x, o, true);
            for (int c = 0; c < cs.size(); c++) {
                assertArrayEquals(ref.values(c), o.values(c), 1e-13 * maxAbs(ref.values(c)), "block " + bs);
                assertArrayEquals(ref.jacobian(c).data, o.jacobian(c).data, 1e-13 * maxAbs(ref.jacobian(c).data),
                        "block " + bs);
            }
        }
    }

    @Test
    void largeJacobiansAreAssembledToTheSameBits() {
        // 2-20-20-2 with u, ∇u, Δu, u_xy (C = 5, P = 522): 24 points give 1 MB of Jacobian (written row segment by
        // row segment), 600 points 25 MB (assembled per block in scratch, then copied; two outputs, so one copy
        // per row). The first 24 points' rows must agree bit for bit, and the narrow output layer (n_L = 2)
        // takes the strided path. Rows of 1024 parameters or more are never assembled.
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 2).hidden(20, 20).activation(Activation.TANH).seed(6)
                .blockSize(12).threads(2).build());
        ChannelSet cs = all(2, new int[][] {{0, 1}});
        assertEquals(522, net.parameterCount());
        assertFalse(MlpAnsatz.assembles(5.0 * 24 * 2 * 522 * 8, 522));
        assertTrue(MlpAnsatz.assembles(5.0 * 600 * 2 * 522 * 8, 522));
        assertFalse(MlpAnsatz.assembles(1e10, 1024));
        double[] t = net.initialParameters();
        DMatrixRMaj big = points(600, 2, 17);
        DMatrixRMaj small = new DMatrixRMaj(24, 2);
        System.arraycopy(big.data, 0, small.data, 0, 48);
        AnsatzOutput ob = AnsatzOutput.forAnsatz(net, cs, 600, true);
        AnsatzOutput os = AnsatzOutput.forAnsatz(net, cs, 24, true);
        net.evaluate(t, big, ob, true);
        net.evaluate(t, small, os, true);
        for (int c = 0; c < cs.size(); c++) {
            double[] js = os.jacobian(c).data;
            assertArrayEquals(js, java.util.Arrays.copyOf(ob.jacobian(c).data, js.length), 0.0, "channel " + c);
            assertArrayEquals(os.values(c), java.util.Arrays.copyOf(ob.values(c), 48), 0.0);
            assertTrue(maxAbs(js) > 0);
        }
    }

    /** Caches derived from θ (the output layer's weight tile) follow each new θ: a reused net equals a fresh one. */
    @Test
    void eachEvaluationUsesItsOwnParameters() {
        MlpOptions o = MlpOptions.builder(3, 1).hidden(16, 16).seed(4).threads(2).build();
        ChannelSet cs = ChannelSet.valueGradientLaplacian(3);
        DMatrixRMaj x = points(50, 3, 8);
        MlpAnsatz reused = new MlpAnsatz(o);
        AnsatzOutput first = AnsatzOutput.forAnsatz(reused, cs, 50, true);
        reused.evaluate(theta(reused, 1), x, first, true);
        reused.evaluate(theta(reused, 2), x, first, true);
        MlpAnsatz fresh = new MlpAnsatz(o);
        AnsatzOutput second = AnsatzOutput.forAnsatz(fresh, cs, 50, true);
        fresh.evaluate(theta(fresh, 2), x, second, true);
        for (int c = 0; c < cs.size(); c++) {
            assertArrayEquals(second.jacobian(c).data, first.jacobian(c).data, 0.0, "channel " + c);
            assertArrayEquals(second.values(c), first.values(c), 0.0, "channel " + c);
        }
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    @Test
    void glorotInitialisation() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(64).seed(3).build());
        double[] t = net.initialParameters();
        assertEquals(2 * 64 + 64 + 64 + 1, t.length);
        double r = Math.sqrt(6.0 / 66);
        double max = 0;
        for (int i = 0; i < 128; i++) {
            max = Math.max(max, Math.abs(t[i]));
        }
        assertTrue(max <= r && max > 0.8 * r, "first-layer range " + max + " vs " + r);
        for (int i = 128; i < 192; i++) {
            assertEquals(0.0, t[i]);
        }
        assertEquals(net.biasOffset(1), 128);
        assertEquals(net.weightOffset(2), 192);
    }

    @Test
    void badInputNamesTheProblem() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(3).seed(1).build());
        double[] th = net.initialParameters();
        ChannelSet cs = ChannelSet.valueGradientLaplacian(2);
        AnsatzOutput out = AnsatzOutput.forAnsatz(net, cs, 4, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.evaluate(th, points(4, 3, 1), out, true));
        assertTrue(e.getMessage().contains("dimension 3"), e.getMessage());
        DMatrixRMaj nan = points(4, 2, 1);
        nan.set(2, 1, Double.NaN);
        e = assertThrows(IllegalArgumentException.class, () -> net.evaluate(th, nan, out, true));
        assertTrue(e.getMessage().contains("point 2") && e.getMessage().contains("x1"), e.getMessage());
        AnsatzOutput third = AnsatzOutput.forAnsatz(net, ChannelSet.of(Channel.d(0, 0, 1)), 4, true);
        e = assertThrows(IllegalArgumentException.class, () -> net.evaluate(th, points(4, 2, 1), third, true));
        assertTrue(e.getMessage().contains("order 3"), e.getMessage());
        AnsatzOutput wrongDim = AnsatzOutput.forAnsatz(net, ChannelSet.of(Channel.d(2)), 4, true);
        e = assertThrows(IllegalArgumentException.class, () -> net.evaluate(th, points(4, 2, 1), wrongDim, true));
        assertTrue(e.getMessage().contains("input 2"), e.getMessage());
        AnsatzOutput small = AnsatzOutput.forAnsatz(net, cs, 3, true);
        e = assertThrows(IllegalArgumentException.class, () -> net.evaluate(th, points(4, 2, 1), small, true));
        assertTrue(e.getMessage().contains("3 points"), e.getMessage());
        AnsatzOutput noJac = AnsatzOutput.forAnsatz(net, cs, 4, false);
        e = assertThrows(IllegalArgumentException.class, () -> net.evaluate(th, points(4, 2, 1), noJac, true));
        assertTrue(e.getMessage().contains("Jacobians"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> net.evaluate(new double[3], points(4, 2, 1), out, true));
        assertTrue(e.getMessage().contains("theta has length 3"), e.getMessage());
        AnsatzOutput wrongP = new AnsatzOutput(cs, 4, 1, 99, true);
        e = assertThrows(IllegalArgumentException.class, () -> net.evaluate(th, points(4, 2, 1), wrongP, true));
        assertTrue(e.getMessage().contains("99 parameters"), e.getMessage());
    }
}
