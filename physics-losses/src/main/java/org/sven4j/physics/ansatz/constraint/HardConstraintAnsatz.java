package org.sven4j.physics.ansatz.constraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.AnsatzChecks;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;

/**
 * Hard boundary constraints: u_k(x) = g_k(x) + D(x)·N_k(x) with a trainable inner ansatz N, a lifting g
 * that satisfies the boundary data and a distance-like D that vanishes on the constrained boundary
 * (one D for all outputs, or one per output). The parameters are N's.
 *
 * <p>Channels follow from the Leibniz rule, ∂^α(D·N) = Σ_{β≤α} (α choose β)·∂^β D·∂^{α−β} N with
 * (α choose β) = Π_i (α_i choose β_i), and Δ(D·N) = ΔD·N + 2·Σ_i ∂_iD·∂_iN + D·ΔN. The Jacobian of a
 * channel is the same combination of N's channel Jacobians (g does not depend on θ), formed row by row.
 * g and D are evaluated once per point set and cached while the points do not change.
 */
public final class HardConstraintAnsatz implements Ansatz {
    private final Ansatz inner;
    private final KnownField lifting;
    private final KnownField distance;
    private final int m;

    private ChannelSet outerChannels;
    private ChannelSet innerChannels;
    private int[][] termD;
    private int[][] termN;
    private double[][] termCoef;
    private AnsatzOutput innerOut;
    private double[] cachedPoints;
    private double[] gTab;
    private double[] dTab;

    /**
     * @param inner N_θ, with m outputs
     * @param lifting g, m outputs
     * @param distance D, 1 or m outputs
     */
    public HardConstraintAnsatz(Ansatz inner, KnownField lifting, KnownField distance) {
        this.inner = inner;
        this.lifting = lifting;
        this.distance = distance;
        this.m = inner.outputDimension();
        int d = inner.inputDimension();
        if (lifting.inputDimension() != d || distance.inputDimension() != d) {
            throw new IllegalArgumentException("lifting and distance need " + d + " inputs like the inner ansatz, got "
                    + lifting.inputDimension() + " and " + distance.inputDimension());
        }
        if (lifting.outputCount() != m) {
            throw new IllegalArgumentException("lifting has " + lifting.outputCount() + " outputs, inner ansatz " + m);
        }
        if (distance.outputCount() != 1 && distance.outputCount() != m) {
            throw new IllegalArgumentException("distance has " + distance.outputCount() + " outputs; need 1 or " + m);
        }
    }

    @Override
    public int inputDimension() {
        return inner.inputDimension();
    }

    @Override
    public int outputDimension() {
        return m;
    }

    @Override
    public int parameterCount() {
        return inner.parameterCount();
    }

    @Override
    public int maxDerivativeOrder() {
        return inner.maxDerivativeOrder();
    }

    @Override
    public void evaluate(double[] theta, DMatrixRMaj points, AnsatzOutput out, boolean withJacobian) {
        AnsatzChecks.check(this, theta, points, out, withJacobian);
        int d = inputDimension();
        int n = points.numRows;
        ChannelSet cs = out.channels();
        boolean channelsChanged = !cs.equals(outerChannels);
        if (channelsChanged) {
            plan(cs, d);
        }
        if (innerOut == null || channelsChanged || innerOut.pointCount() != n
                || (withJacobian && !innerOut.hasJacobians())) {
            innerOut = AnsatzOutput.forAnsatz(inner, innerChannels, n, withJacobian);
        }
        if (channelsChanged || cachedPoints == null || cachedPoints.length != n * d
                || !Arrays.equals(cachedPoints, 0, n * d, points.data, 0, n * d)) {
            tabulate(points);
        }
        inner.evaluate(theta, points, innerOut, withJacobian);
        int md = distance.outputCount();
        int cIn = innerChannels.size();
        int bigP = parameterCount();
        for (int c = 0; c < cs.size(); c++) {
            double[] u = out.values(c);
            int[] td = termD[c];
            int[] tn = termN[c];
            double[] tc = termCoef[c];
            for (int p = 0; p < n; p++) {
                for (int k = 0; k < m; k++) {
                    int kd = md == 1 ? 0 : k;
                    double s = gTab[(p * cs.size() + c) * m + k];
                    for (int t = 0; t < td.length; t++) {
                        s += tc[t] * dTab[(p * cIn + td[t]) * md + kd] * innerOut.values(tn[t])[p * m + k];
                    }
                    u[p * m + k] = s;
                }
            }
            if (withJacobian) {
                double[] j = out.jacobian(c).data;
                for (int p = 0; p < n; p++) {
                    for (int k = 0; k < m; k++) {
                        int kd = md == 1 ? 0 : k;
                        int row = (p * m + k) * bigP;
                        for (int t = 0; t < td.length; t++) {
                            double w = tc[t] * dTab[(p * cIn + td[t]) * md + kd];
                            double[] src = innerOut.jacobian(tn[t]).data;
                            if (t == 0) {
                                for (int q = 0; q < bigP; q++) {
                                    j[row + q] = w * src[row + q];
                                }
                            } else {
                                for (int q = 0; q < bigP; q++) {
                                    j[row + q] += w * src[row + q];
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** Inner channels (closure under the Leibniz rule) and, per outer channel, the terms (D channel, N channel, coefficient). */
    private void plan(ChannelSet cs, int d) {
        LinkedHashSet<Channel> need = new LinkedHashSet<>();
        List<List<Channel[]>> pairs = new ArrayList<>();
        List<List<Double>> coefs = new ArrayList<>();
        for (Channel ch : cs.asList()) {
            List<Channel[]> pc = new ArrayList<>();
            List<Double> cc = new ArrayList<>();
            if (ch.isLaplacian()) {
                pc.add(new Channel[] {Channel.laplacian(), Channel.value()});
                cc.add(1.0);
                for (int i = 0; i < d; i++) {
                    pc.add(new Channel[] {Channel.d(i), Channel.d(i)});
                    cc.add(2.0);
                }
                pc.add(new Channel[] {Channel.value(), Channel.laplacian()});
                cc.add(1.0);
            } else {
                int[] alpha = ch.multiIndex(d);
                int[] beta = new int[d];
                while (true) {
                    int[] rest = new int[d];
                    double coef = 1;
                    for (int i = 0; i < d; i++) {
                        rest[i] = alpha[i] - beta[i];
                        coef *= binomial(alpha[i], beta[i]);
                    }
                    pc.add(new Channel[] {Channel.ofMultiIndex(beta), Channel.ofMultiIndex(rest)});
                    cc.add(coef);
                    int i = d - 1;
                    while (i >= 0 && beta[i] == alpha[i]) {
                        beta[i] = 0;
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    beta[i]++;
                }
            }
            for (Channel[] pr : pc) {
                need.add(pr[0]);
                need.add(pr[1]);
            }
            pairs.add(pc);
            coefs.add(cc);
        }
        innerChannels = ChannelSet.of(new ArrayList<>(need));
        termD = new int[cs.size()][];
        termN = new int[cs.size()][];
        termCoef = new double[cs.size()][];
        for (int c = 0; c < cs.size(); c++) {
            List<Channel[]> pc = pairs.get(c);
            termD[c] = new int[pc.size()];
            termN[c] = new int[pc.size()];
            termCoef[c] = new double[pc.size()];
            for (int t = 0; t < pc.size(); t++) {
                termD[c][t] = innerChannels.indexOf(pc.get(t)[0]);
                termN[c][t] = innerChannels.indexOf(pc.get(t)[1]);
                termCoef[c][t] = coefs.get(c).get(t);
            }
        }
        outerChannels = cs;
        cachedPoints = null;
    }

    private void tabulate(DMatrixRMaj points) {
        int d = inputDimension();
        int n = points.numRows;
        int co = outerChannels.size();
        int ci = innerChannels.size();
        gTab = new double[n * co * m];
        dTab = new double[n * ci * distance.outputCount()];
        double[] x = new double[d];
        double[] gp = new double[co * m];
        double[] dp = new double[ci * distance.outputCount()];
        for (int p = 0; p < n; p++) {
            System.arraycopy(points.data, p * d, x, 0, d);
            lifting.evaluate(x, outerChannels, gp);
            distance.evaluate(x, innerChannels, dp);
            System.arraycopy(gp, 0, gTab, p * gp.length, gp.length);
            System.arraycopy(dp, 0, dTab, p * dp.length, dp.length);
        }
        cachedPoints = Arrays.copyOf(points.data, n * d);
    }

    private static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
