package org.sven4j.validation.examples;

import static java.lang.Math.PI;
import static java.lang.Math.cos;
import static java.lang.Math.pow;

import java.time.Duration;
import org.hipparchus.analysis.differentiation.Gradient;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;

/**
 * A nonlinear PDE second order in time, outside the benchmark catalog: the Klein–Gordon equation
 * u_tt − u_xx + u³ = f on (x, t) ∈ (0, 1)², f manufactured from u = x·cos(2πt) + (x·t)³, with the initial value
 * u(x, 0) = x, the initial rate u_t(x, 0) = 0 and Dirichlet values at x = 0 and x = 1. The PDE is a
 * {@link org.sven4j.physics.condition.NonlinearResidual} on Hipparchus {@link Gradient} numbers, on a 30×30
 * interior grid; each of the other conditions has 30 points. Ansatz: a 2-64-1 tanh MLP with inputs mapped to
 * [−1, 1]² (P = 257), or a 20×20 Chebyshev tensor basis. Accuracy: relative L2 on the 41×41 interior grid.
 * Run: {@code java -cp sven4j.jar org.sven4j.validation.examples.KleinGordon [mlp|chebyshev] [STEP_CONTROL]
 * [seed] [seconds]}.
 */
public final class KleinGordon {
    static final double OMEGA = 2 * PI;

    private KleinGordon() {
    }

    public static void main(String[] args) {
        String ansatz = args.length > 0 ? args[0] : "mlp";
        if (!ansatz.equals("mlp") && !ansatz.equals("chebyshev")) {
            throw new IllegalArgumentException("ansatz must be mlp or chebyshev, got '" + ansatz + "'");
        }
        boolean mlp = ansatz.equals("mlp");
        StepControl control = args.length > 1 ? StepControl.valueOf(args[1]) : StepControl.LINE_SEARCH;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Duration budget = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 40);
        System.out.printf("relative L2 %.3e%n", solve(mlp, control, seed, budget));
    }

    /** u = x·cos(ωt) + (x·t)³. */
    static double exact(double x, double t) {
        return x * cos(OMEGA * t) + pow(x * t, 3);
    }

    /** f = u_tt − u_xx + u³ of {@link #exact}. */
    static double forcing(double x, double t) {
        double u = exact(x, t);
        double utt = -OMEGA * OMEGA * x * cos(OMEGA * t) + 6 * pow(x, 3) * t;
        double uxx = 6 * x * pow(t, 3);
        return utt - uxx + u * u * u;
    }

    /** @return the system of the class comment on the given ansatz */
    public static PhysicsSystem system(Ansatz u) {
        int n = 30;
        double[][] initial = new double[n][];
        double[][] left = new double[n][];
        double[][] right = new double[n][];
        for (int i = 0; i < n; i++) {
            double s = (i + 0.5) / n;
            initial[i] = new double[] {s, 0};
            left[i] = new double[] {0, s};
            right[i] = new double[] {1, s};
        }
        return PhysicsSystem.builder(u)
                .condition(Condition.pde("klein-gordon", BoxPoints.interiorGrid(2, n, 0, 1), 1, (f, out) -> {
                    Gradient v = f.u();
                    out[0] = f.dxx(1, 1).subtract(f.dxx(0, 0)).add(v.multiply(v).multiply(v))
                            .subtract(forcing(f.x(0), f.x(1)));
                }, Channel.value(), Channel.d(0, 0), Channel.d(1, 1)))
                .condition(Condition.initialValue("initial value", PointSet.of(initial), x -> x[0]))
                .condition(Condition.initialRate("initial rate", PointSet.of(initial), 1, x -> 0))
                .condition(Condition.dirichlet("x = 0", PointSet.of(left), x -> 0))
                .condition(Condition.dirichlet("x = 1", PointSet.of(right), x -> exact(1, x[1])))
                .build();
    }

    /**
     * Solves with rtol 10⁻¹⁰ and the given step control within the budget.
     *
     * @param mlp the MLP (network seed {@code seed}) rather than the Chebyshev basis
     * @return the relative L2 error on the 41×41 interior grid
     */
    public static double solve(boolean mlp, StepControl control, long seed, Duration budget) {
        Ansatz u;
        double[] theta0;
        if (mlp) {
            MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(64).activation(Activation.TANH).seed(seed)
                    .inputBox(new double[] {0, 0}, new double[] {1, 1}).build());
            u = net;
            theta0 = net.initialParameters();
        } else {
            u = SpectralAnsatz.builder().axis(SpectralAxis.chebyshev(20, 0, 1)).axis(SpectralAxis.chebyshev(20, 0, 1))
                    .build();
            theta0 = new double[u.parameterCount()];
        }
        PhysicsSystem system = system(u);
        SvenOptions options = SvenOptions.builder().stepControl(control).rtol(1e-10).maxIterations(100_000)
                .timeBudget(budget).build();
        Summary s = new SvenSolver(options).solve(system, system.initialParameters(theta0));
        System.out.println(s.briefReport());
        PointSet grid = BoxPoints.interiorGrid(2, 41, 0, 1);
        double[] field = system.field(s.parameters(), grid);
        double num = 0;
        double den = 0;
        for (int p = 0; p < field.length; p++) {
            double e = exact(grid.coordinate(p, 0), grid.coordinate(p, 1));
            num += (field[p] - e) * (field[p] - e);
            den += e * e;
        }
        return Math.sqrt(num / den);
    }
}
