package org.sven4j.physics.ansatz.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;
import org.sven4j.physics.ansatz.constraint.HardConstraintAnsatz;
import org.sven4j.physics.ansatz.constraint.KnownField;

/** u = g + D·N with N an MLP, against the same product written in DerivativeStructure (x and θ_j jointly). */
class HardConstraintMlpTest {

    static DerivativeStructure[] g(DerivativeStructure[] x) {
        return new DerivativeStructure[] {x[0].sin().add(x[1].multiply(x[1])), x[0].multiply(x[1]).exp()};
    }

    static DerivativeStructure[] dist(DerivativeStructure[] x) {
        DerivativeStructure a = x[0].multiply(x[0].negate().add(1));
        DerivativeStructure b = x[1].multiply(x[1].negate().add(1));
        return new DerivativeStructure[] {a.multiply(b)};
    }

    @Test
    void productRuleChannelsAndJacobianMatchDerivativeStructure() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 2).hidden(4, 3).activation(Activation.TANH).seed(8)
                .blockSize(2).build());
        HardConstraintAnsatz u = new HardConstraintAnsatz(net, KnownField.of(2, 2, 2, HardConstraintMlpTest::g),
                KnownField.of(2, 1, 2, HardConstraintMlpTest::dist));
        List<Channel> list = new ArrayList<>(ChannelSet.valueGradientLaplacian(2).asList());
        list.add(Channel.d(0, 1));
        list.add(Channel.d(1, 1));
        ChannelSet cs = ChannelSet.of(list);
        DMatrixRMaj x = MlpAnsatzTest.points(5, 2, 21);
        double[] th = MlpAnsatzTest.theta(net, 8);
        int n = 5;
        int m = 2;
        int bigP = net.parameterCount();
        AnsatzOutput out = AnsatzOutput.forAnsatz(u, cs, n, true);
        u.evaluate(th, x, out, true);
        MlpReference ref = new MlpReference(net);
        double[][] rv = new double[cs.size()][n * m];
        double[][] rj = new double[cs.size()][n * m * bigP];
        for (int p = 0; p < n; p++) {
            double[] xp = {x.get(p, 0), x.get(p, 1)};
            for (int j = -1; j < bigP; j++) {
                DerivativeStructure[] nn = ref.evaluate(xp, th, j);
                DerivativeStructure[] xs = {nn[0].getFactory().variable(0, xp[0]), nn[0].getFactory().variable(1, xp[1])};
                DerivativeStructure[] gg = g(xs);
                DerivativeStructure dd = dist(xs)[0];
                for (int k = 0; k < m; k++) {
                    DerivativeStructure uk = gg[k].add(dd.multiply(nn[k]));
                    for (int c = 0; c < cs.size(); c++) {
                        if (j < 0) {
                            rv[c][p * m + k] = MlpReference.channel(uk, cs.get(c), 2, 0);
                        } else {
                            rj[c][(p * m + k) * bigP + j] = MlpReference.channel(uk, cs.get(c), 2, 1);
                        }
                    }
                }
            }
        }
        double wv = 0;
        double wj = 0;
        for (int c = 0; c < cs.size(); c++) {
            double ev = MlpAnsatzTest.relErr(out.values(c), rv[c]);
            double ej = MlpAnsatzTest.relErr(out.jacobian(c).data, rj[c]);
            assertTrue(ev <= MlpAnsatzTest.VALUE_TOL, cs.get(c) + " value error " + ev);
            assertTrue(ej <= MlpAnsatzTest.JAC_TOL, cs.get(c) + " Jacobian error " + ej);
            wv = Math.max(wv, ev);
            wj = Math.max(wj, ej);
        }
        System.out.printf("hard constraint g + D*MLP: max value err %.2e, max Jacobian err %.2e%n", wv, wj);
        // Values-only path, and a second call with the same points (cached g, D) agree.
        AnsatzOutput vo = AnsatzOutput.forAnsatz(u, cs, n, false);
        u.evaluate(th, x, vo, false);
        u.evaluate(th, x, vo, false);
        for (int c = 0; c < cs.size(); c++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(out.values(c), vo.values(c), 0.0);
        }
    }

    @Test
    void boundaryValuesAreTheLifting() {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 2).hidden(5).seed(9).build());
        HardConstraintAnsatz u = new HardConstraintAnsatz(net, KnownField.of(2, 2, 0, HardConstraintMlpTest::g),
                KnownField.of(2, 1, 0, HardConstraintMlpTest::dist));
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0, 0.3}, {1, 0.7}, {0.2, 0}, {0.9, 1}});
        AnsatzOutput out = AnsatzOutput.forAnsatz(u, ChannelSet.valueOnly(), 4, true);
        u.evaluate(MlpAnsatzTest.theta(net, 9), x, out, true);
        for (int p = 0; p < 4; p++) {
            double a = x.get(p, 0);
            double b = x.get(p, 1);
            assertEquals(Math.sin(a) + b * b, out.value(0, p, 0), 1e-15);
            assertEquals(Math.exp(a * b), out.value(0, p, 1), 1e-15);
            for (int j = 0; j < u.parameterCount(); j++) {
                assertEquals(0.0, out.jacobian(0).get(p * 2, j), 0.0);
            }
        }
    }
}
