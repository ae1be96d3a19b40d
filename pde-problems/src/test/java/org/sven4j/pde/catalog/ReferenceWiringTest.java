package org.sven4j.pde.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.sven4j.lsq.RowBlock;
import org.sven4j.pde.sampling.UniformRandomSampler;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.ChannelSet;
import org.sven4j.physics.ansatz.constraint.KnownField;
import org.sven4j.physics.assembly.PhysicsSystem;

/**
 * The wiring of the two entries with numerical references (Burgers, Allen–Cahn):
 * <ol>
 * <li>data conditions: a closed-form lifting that satisfies the entry's initial/boundary/periodic data
 * exactly makes those blocks vanish;</li>
 * <li>the nonlinear PDE form equals the residual written here from the problem statement, for a smooth
 * closed-form field (signs, coefficients and the (t, x) order);</li>
 * <li>the reference itself satisfies the assembled PDE residual where it is smooth, with derivatives from
 * fourth-order central differences of the reference values (tolerances documented at the checks).</li>
 * </ol>
 */
class ReferenceWiringTest {
    private static final double PI = Math.PI;

    private static PhysicsSystem onLifting(BenchmarkProblem p, Function<DerivativeStructure[], DerivativeStructure[]> g,
            Map<String, RolePoints> drawn) {
        return p.system(ExactAnsatz.of(KnownField.of(2, 1, 2, g)), drawn);
    }

    /** Plain (unbalanced) max |F| of a block. */
    private static double block(PhysicsSystem s, String name) {
        double[] r = ConditionWiringTest.residuals(s);
        for (RowBlock b : s.rowBlocks()) {
            if (b.name().equals(name)) {
                return ConditionWiringTest.maxAbs(r, b.start(), b.start() + b.count())
                        * Math.sqrt(s.points(name).size());
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Max over the pde points of |F_assembled − F_written_here| for the field g. */
    private static double pdeAgainst(PhysicsSystem s, Function<DerivativeStructure[], DerivativeStructure[]> g,
            Function<DerivativeStructure, Double> written) {
        double[] r = ConditionWiringTest.residuals(s);
        RowBlock b = s.rowBlocks().get(0);
        DMatrixRMaj pts = s.points("pde").toMatrix();
        double scale = Math.sqrt(pts.numRows);
        ClosedForm cf = new ClosedForm(2, 1, g);
        double max = 0;
        for (int i = 0; i < pts.numRows; i++) {
            DerivativeStructure u = cf.derivatives(new double[] {pts.get(i, 0), pts.get(i, 1)}, 2)[0];
            max = Math.max(max, Math.abs(r[b.start() + i] * scale - written.apply(u)));
        }
        return max;
    }

    private static double d(DerivativeStructure u, int t, int x) {
        return u.getPartialDerivative(t, x);
    }

    @Test
    void burgersConditionsAndPdeForm() {
        BenchmarkProblem p = Catalog.get("burgers");
        double nu = p.coefficient("nu");
        Map<String, RolePoints> drawn = p.collocation(new UniformRandomSampler(5));
        // −sin(πx) holds the initial data at t = 0 and vanishes at x = ±1.
        PhysicsSystem s = onLifting(p, x -> new DerivativeStructure[] {x[1].multiply(PI).sin().negate()}, drawn);
        double data = Math.max(block(s, "initial"), block(s, "boundary"));
        System.out.printf("burgers data blocks %.2e%n", data);
        assertTrue(data < 1e-14, "burgers data " + data);
        Function<DerivativeStructure[], DerivativeStructure[]> smooth = x -> new DerivativeStructure[] {
            x[0].multiply(0.7).exp().multiply(x[1].multiply(2).sin()).add(x[1].multiply(x[0]))};
        double form = pdeAgainst(onLifting(p, smooth, drawn), smooth,
                u -> d(u, 1, 0) + u.getValue() * d(u, 0, 1) - nu * d(u, 0, 2));
        System.out.printf("burgers pde form vs hand-written %.2e%n", form);
        assertTrue(form < 1e-12, "burgers form " + form);
    }

    @Test
    void allenCahnConditionsAndPdeForm() {
        BenchmarkProblem p = Catalog.get("allen-cahn");
        Map<String, RolePoints> drawn = p.collocation(new UniformRandomSampler(5));
        PhysicsSystem init = onLifting(p, x -> new DerivativeStructure[] {
            x[1].multiply(x[1]).multiply(x[1].multiply(PI).cos())}, drawn);
        // cos(πx)(1 + t) is 2-periodic in x with its derivative (the initial data x² cos(πx) is not C¹-periodic).
        PhysicsSystem per = onLifting(p, x -> new DerivativeStructure[] {
            x[1].multiply(PI).cos().multiply(x[0].add(1))}, drawn);
        double data = Math.max(block(init, "initial"), block(per, "periodic"));
        System.out.printf("allen-cahn data blocks %.2e%n", data);
        assertTrue(data < 1e-14, "allen-cahn data " + data);
        Function<DerivativeStructure[], DerivativeStructure[]> smooth = x -> new DerivativeStructure[] {
            x[0].multiply(-0.3).exp().multiply(x[1].multiply(3).cos()).add(x[0].multiply(0.2))};
        double form = pdeAgainst(onLifting(p, smooth, drawn), smooth,
                u -> d(u, 1, 0) - 1e-4 * d(u, 0, 2) + 5 * Math.pow(u.getValue(), 3) - 5 * u.getValue());
        System.out.printf("allen-cahn pde form vs hand-written %.2e%n", form);
        assertTrue(form < 1e-12, "allen-cahn form " + form);
    }

    /** Value, u_t, u_x, u_xx of a reference by fourth-order central differences with steps ht, hx. */
    private static KnownField differenced(ReferenceSolution ref, double ht, double hx) {
        return new KnownField() {
            @Override
            public int inputDimension() {
                return 2;
            }

            @Override
            public int outputCount() {
                return 1;
            }

            private double u(double t, double x) {
                double[] o = new double[1];
                ref.value(new double[] {t, x}, o);
                return o[0];
            }

            @Override
            public void evaluate(double[] p, ChannelSet channels, double[] out) {
                double t = p[0];
                double x = p[1];
                for (int c = 0; c < channels.size(); c++) {
                    Channel ch = channels.get(c);
                    double v;
                    if (ch.equals(Channel.value())) {
                        v = u(t, x);
                    } else if (ch.equals(Channel.d(0))) {
                        v = (-u(t + 2 * ht, x) + 8 * u(t + ht, x) - 8 * u(t - ht, x) + u(t - 2 * ht, x)) / (12 * ht);
                    } else if (ch.equals(Channel.d(1))) {
                        v = (-u(t, x + 2 * hx) + 8 * u(t, x + hx) - 8 * u(t, x - hx) + u(t, x - 2 * hx)) / (12 * hx);
                    } else if (ch.equals(Channel.d(1, 1))) {
                        v = (-u(t, x + 2 * hx) + 16 * u(t, x + hx) - 30 * u(t, x) + 16 * u(t, x - hx)
                                - u(t, x - 2 * hx)) / (12 * hx * hx);
                    } else {
                        throw new IllegalArgumentException("differenced reference has no channel " + ch);
                    }
                    out[c] = v;
                }
            }
        };
    }

    /** The pde block of the entry on points (t, x) ∈ [t0, t1] × [x0, x1], field = differenced reference. */
    private static double referencePde(String id, double t0, double t1, double x0, double x1, double ht, double hx) {
        BenchmarkProblem p = Catalog.get(id);
        Map<String, RolePoints> drawn = new LinkedHashMap<>(p.collocation(new UniformRandomSampler(8)));
        DMatrixRMaj u = new UniformRandomSampler(9).sample(200, 2);
        for (int i = 0; i < u.numRows; i++) {
            u.set(i, 0, t0 + (t1 - t0) * u.get(i, 0));
            u.set(i, 1, x0 + (x1 - x0) * u.get(i, 1));
        }
        drawn.put("pde", new RolePoints(u, null, null));
        PhysicsSystem s = p.system(ExactAnsatz.of(differenced(p.solution(), ht, hx)), drawn);
        return block(s, "pde");
    }

    /**
     * Burgers before the steepening near x = 0 (t ≤ 0.25, shock time 1/π), Allen–Cahn after the early-time
     * layer at x = ±1 (t ≥ 0.05, before the interfaces sharpen). Steps 1e-3: truncation O(h⁴·u⁽⁵⁾) and
     * rounding about 16·1e-13/(12h²) ≈ 1e-7 in u_xx from reference values accurate to ~1e-13 (Burgers) and
     * 1e-10 (Allen–Cahn, but its error is smooth in x). Measured 1.2e-8 and 3.6e-10; tolerance 1e-6.
     */
    @Test
    void referencesSatisfyTheAssembledPdeWhereSmooth() {
        double burgers = referencePde("burgers", 0.05, 0.25, -0.9, 0.9, 1e-3, 1e-3);
        double allenCahn = referencePde("allen-cahn", 0.05, 0.3, -0.9, 0.9, 1e-3, 1e-3);
        System.out.printf("reference pde residuals: burgers %.2e, allen-cahn %.2e%n", burgers, allenCahn);
        assertTrue(burgers < 1e-6, "burgers " + burgers);
        assertTrue(allenCahn < 1e-6, "allen-cahn " + allenCahn);
    }
}
