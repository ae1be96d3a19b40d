package org.sven4j.pde.catalog;

import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.pde.geometry.Interval;
import org.sven4j.pde.geometry.SpaceTime;
import org.sven4j.pde.reference.AllenCahnEtdrk4;
import org.sven4j.pde.reference.BurgersColeHopf;

/**
 * The evolution problems of the catalog: heat1d, burgers, allen-cahn, convection, reaction, wave1d.
 * Inputs are (t, x), time first.
 */
final class EvolutionProblems {
    private static final double PI = Math.PI;

    private EvolutionProblems() {
    }

    private static SpaceTime cylinder(double t1, double a, double b) {
        return new SpaceTime(new Interval(0, t1), new Interval(a, b));
    }

    static BenchmarkProblem heat1d() {
        SpaceTime q = cylinder(1, 0, 1);
        return BenchmarkProblem.builder("heat1d")
                .description("Heat 1+1D, u = exp(−π²t/4) sin(πx), (t,x) in [0,1]×[0,1] (the ENGD setup)")
                .pde("u_t = κ u_xx, κ = 1/4; u(0,x) = sin(πx); u(t,0) = u(t,1) = 0")
                .domain(q).inputs("t", "x").outputs("u").coefficient("kappa", 0.25)
                .solution(new ClosedForm(2, 1, x -> new DerivativeStructure[] {
                    x[0].multiply(-PI * PI / 4).exp().multiply(x[1].multiply(PI).sin())}))
                .condition(new ConditionSpec("pde", Role.INTERIOR, "u_t − ¼ u_xx = 0", PointFunction.zero(1),
                        Sources.interior(q), 900,
                        ResidualForm.pde(LinearOperator.timeDerivative(0)
                                .minus(LinearOperator.laplacian(1).times(0.25)))))
                .condition(new ConditionSpec("initial", Role.INITIAL, "u(0,x) = sin(πx)",
                        x -> new double[] {Math.sin(PI * x[1])}, Sources.initial(q), 60,
                        ResidualForm.initialValue(1)))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "u(t,0) = u(t,1) = 0", PointFunction.zero(1),
                        Sources.boundary(q), 60,
                        ResidualForm.dirichlet(1)))
                .setup(new SuggestedSetup(new int[] {64}, "tanh"))
                .anchor(new Anchor("Müller & Zeinhofer, Achieving High Accuracy with PINNs via Energy"
                        + " Natural Gradient Descent, ICML 2023;"
                        + " PyTorch-CPU Sven as given by the project's issue",
                        "ENGD; PyTorch-CPU Sven undamped and Levenberg-Marquardt damped",
                        "ENGD relative L2 3.1e-8; PyTorch-CPU Sven undamped stalls at 0.83, LM-damped 1.1e-6"
                        + " after 300 s"))
                .target(new Target("mlp", 1e-8, 60, "2-64-1 tanh"))
                .spectral(SpectralSetup.tensor(16, 22))
                .evaluationGrid(101, 101)
                .build();
    }

    static BenchmarkProblem burgers() {
        SpaceTime q = cylinder(1, -1, 1);
        double nu = BurgersColeHopf.BENCHMARK_VISCOSITY;
        ReferenceSolution ref = new NumericalReference<>(2, BurgersColeHopf::benchmark,
                (b, x) -> b.value(x[0], x[1]),
                "Cole–Hopf with " + BurgersColeHopf.DEFAULT_NODES + "-node Gauss–Hermite: max abs error below 1e-13"
                        + " (node refinement and adaptive Gauss–Legendre cross-check)");
        return BenchmarkProblem.builder("burgers")
                .description("Burgers 1D, ν = 0.01/π, u(0,x) = −sin(πx), x in [−1,1], t in [0,1]")
                .pde("u_t + u u_x − ν u_xx = 0; u(0,x) = −sin(πx); u(t,±1) = 0")
                .domain(q).inputs("t", "x").outputs("u").coefficient("nu", nu)
                .solution(ref)
                .condition(new ConditionSpec("pde", Role.INTERIOR, "u_t + u u_x − ν u_xx = 0", PointFunction.zero(1),
                        Sources.interior(q), 2000,
                        ResidualForm.pde(1, (f, out) -> out[0] = f.dx(0).add(f.u().multiply(f.dx(1)))
                                .subtract(f.dxx(1, 1).multiply(nu)), Channel.value(), Channel.d(0), Channel.d(1),
                                Channel.d(1, 1))))
                .condition(new ConditionSpec("initial", Role.INITIAL, "u(0,x) = −sin(πx)",
                        x -> new double[] {-Math.sin(PI * x[1])}, Sources.initial(q), 100,
                        ResidualForm.initialValue(1)))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "u(t,−1) = u(t,1) = 0", PointFunction.zero(1),
                        Sources.boundary(q), 100,
                        ResidualForm.dirichlet(1)))
                .setup(new SuggestedSetup(new int[] {20, 20, 20, 20}, "tanh"))
                .anchor(new Anchor("Self-scaled BFGS with residual attention, as given by the project's"
                        + " issue; Raissi, Perdikaris &"
                        + " Karniadakis, Physics-informed neural networks, J. Comput. Phys. 378, 2019",
                        "self-scaled BFGS + residual attention; original continuous-time PINN with L-BFGS",
                        "relative L2 about 8e-9; original PINN 6.7e-4"))
                .target(new Target("mlp", 1e-6, 600, "suggested tanh MLP"))
                .target(new Target("chebyshev", 1e-6, 60, "Chebyshev in t and x"))
                .spectral(SpectralSetup.tensor(32, 128))
                .evaluationGrid(101, 256)
                .build();
    }

    static BenchmarkProblem allenCahn() {
        SpaceTime q = cylinder(1, -1, 1);
        ReferenceSolution ref = new NumericalReference<>(2, AllenCahnEtdrk4::benchmark, (s, x) -> s.value(x[0], x[1]),
                "ETDRK4 Fourier pseudo-spectral, N = 2048, h = 5e-4, quintic Hermite in t every 1e-3: max abs"
                        + " error below 1e-10 for t >= 0.01 (N, h, snapshot refinement); for 0 < t < 0.01 up to"
                        + " 4e-5 next to x = ±1 from the kink of u0' there");
        return BenchmarkProblem.builder("allen-cahn")
                .description("Allen–Cahn 1D, ε = 1e-4, u(0,x) = x² cos(πx), periodic on [−1,1], t in [0,1]")
                .pde("u_t − ε u_xx + 5u³ − 5u = 0, ε = 1e-4; u(0,x) = x² cos(πx); u and u_x 2-periodic")
                .domain(q).inputs("t", "x").outputs("u").coefficient("epsilon", 1e-4).coefficient("a", 5)
                .solution(ref)
                .condition(new ConditionSpec("pde", Role.INTERIOR, "u_t − 1e-4 u_xx + 5u³ − 5u = 0",
                        PointFunction.zero(1), Sources.interior(q), 2000,
                        ResidualForm.pde(1, (f, out) -> out[0] = f.dx(0).subtract(f.dxx(1, 1).multiply(1e-4))
                                .add(f.u().pow(3).subtract(f.u()).multiply(5)), Channel.value(), Channel.d(0),
                                Channel.d(1, 1))))
                .condition(new ConditionSpec("initial", Role.INITIAL, "u(0,x) = x² cos(πx)",
                        x -> new double[] {x[1] * x[1] * Math.cos(PI * x[1])}, Sources.initial(q), 256,
                        ResidualForm.initialValue(1)))
                .condition(new ConditionSpec("periodic", Role.PERIODIC, "u(t,−1) = u(t,1), u_x(t,−1) = u_x(t,1)",
                        PointFunction.zero(2), Sources.periodic(q), 100,
                        ResidualForm.periodic(Channel.value(), Channel.d(1))))
                .setup(new SuggestedSetup(new int[] {32, 32, 32}, "tanh"))
                .anchor(new Anchor("PirateNets (Wang, Li, Chen & Perdikaris) and self-scaled Broyden, as"
                        + " given by the project's issue",
                        "PirateNet, 300k Adam steps; self-scaled Broyden",
                        "relative L2 2.2e-5 (PirateNet); 1.9e-6 (self-scaled Broyden)"))
                .target(new Target("mlp", 1e-5, 600, "suggested tanh MLP"))
                .spectral(SpectralSetup.tensor(32, 160).withFourier(1, 96))
                .evaluationGrid(101, 257)
                .build();
    }

    static BenchmarkProblem convection() {
        SpaceTime q = cylinder(1, 0, 2 * PI);
        double beta = 40;
        return BenchmarkProblem.builder("convection")
                .description("Convection, β = 40, u = sin(x − 40t), periodic on [0,2π], t in [0,1]")
                .pde("u_t + β u_x = 0, β = 40; u(0,x) = sin x; u(t,0) = u(t,2π)")
                .domain(q).inputs("t", "x").outputs("u").coefficient("beta", beta)
                .solution(new ClosedForm(2, 1, x -> new DerivativeStructure[] {
                    x[1].subtract(x[0].multiply(beta)).sin()}))
                .condition(new ConditionSpec("pde", Role.INTERIOR, "u_t + 40 u_x = 0", PointFunction.zero(1),
                        Sources.interior(q), 1000,
                        ResidualForm.pde(LinearOperator.timeDerivative(0)
                                .plus(LinearOperator.derivative(1).times(beta)))))
                .condition(new ConditionSpec("initial", Role.INITIAL, "u(0,x) = sin x",
                        x -> new double[] {Math.sin(x[1])}, Sources.initial(q), 256,
                        ResidualForm.initialValue(1)))
                .condition(new ConditionSpec("periodic", Role.PERIODIC, "u(t,0) = u(t,2π)", PointFunction.zero(1),
                        Sources.periodic(q), 100,
                        ResidualForm.periodic(Channel.value())))
                .setup(new SuggestedSetup(new int[] {32, 32, 32}, "tanh"))
                .anchor(new Anchor("Adam + L-BFGS + NNCG, as given by the project's issue",
                        "beta = 40, Adam then L-BFGS then NNCG",
                        "relative L2 1.9e-3"))
                .target(new Target("mlp", 1e-5, 300, "suggested tanh MLP"))
                .spectral(SpectralSetup.tensor(64, 24).withFourier(1, 8))
                .evaluationGrid(101, 256)
                .build();
    }

    static BenchmarkProblem reaction() {
        SpaceTime q = cylinder(1, 0, 2 * PI);
        double rho = 5;
        return BenchmarkProblem.builder("reaction")
                .description("Reaction, ρ = 5, logistic closed form, periodic on [0,2π], t in [0,1]")
                .pde("u_t = ρ u(1 − u), ρ = 5; u(0,x) = h(x) = exp(−(x − π)²/(2(π/4)²)); u = h e^{ρt}/(h e^{ρt}"
                        + " + 1 − h)")
                .domain(q).inputs("t", "x").outputs("u").coefficient("rho", rho)
                .solution(new ClosedForm(2, 1, x -> {
                    DerivativeStructure h = gaussian(x[1]);
                    DerivativeStructure g = h.multiply(x[0].multiply(rho).exp());
                    return new DerivativeStructure[] {g.divide(g.add(1).subtract(h))};
                }))
                .condition(new ConditionSpec("pde", Role.INTERIOR, "u_t − 5u(1 − u) = 0", PointFunction.zero(1),
                        Sources.interior(q), 1000,
                        ResidualForm.pde(1, (f, out) -> out[0] = f.dx(0).subtract(f.u().multiply(f.u().negate().add(1))
                                .multiply(rho)), Channel.value(), Channel.d(0))))
                .condition(new ConditionSpec("initial", Role.INITIAL, "u(0,x) = h(x)",
                        x -> new double[] {gaussian(x[1])}, Sources.initial(q), 256,
                        ResidualForm.initialValue(1)))
                .condition(new ConditionSpec("periodic", Role.PERIODIC, "u(t,0) = u(t,2π)", PointFunction.zero(1),
                        Sources.periodic(q), 100,
                        ResidualForm.periodic(Channel.value())))
                .setup(new SuggestedSetup(new int[] {50, 50, 50, 50}, "tanh"))
                .anchor(new Anchor("Problem from Krishnapriyan, Gholami, Zhe, Kirby & Mahoney,"
                        + " Characterizing possible failure modes in"
                        + " physics-informed neural networks, NeurIPS 2021",
                        "none",
                        "no published figure used"))
                .spectral(SpectralSetup.tensor(24, 48).withFourier(1, 32))
                .evaluationGrid(101, 256)
                .build();
    }

    static double gaussian(double x) {
        double s = PI / 4;
        return Math.exp(-(x - PI) * (x - PI) / (2 * s * s));
    }

    static DerivativeStructure gaussian(DerivativeStructure x) {
        double s = PI / 4;
        DerivativeStructure z = x.subtract(PI);
        return z.multiply(z).divide(-2 * s * s).exp();
    }

    static BenchmarkProblem wave1d() {
        SpaceTime q = cylinder(1, 0, 1);
        return BenchmarkProblem.builder("wave1d")
                .description("Wave 1D, c² = 4, two modes u = sin(πx)cos(2πt) + ½ sin(3πx)cos(6πt) on [0,1]²")
                .pde("u_tt = 4 u_xx; u(0,x) = sin(πx) + ½ sin(3πx), u_t(0,x) = 0; u(t,0) = u(t,1) = 0")
                .domain(q).inputs("t", "x").outputs("u").coefficient("c", 2)
                .solution(new ClosedForm(2, 1, x -> new DerivativeStructure[] {
                    x[1].multiply(PI).sin().multiply(x[0].multiply(2 * PI).cos())
                            .add(x[1].multiply(3 * PI).sin().multiply(x[0].multiply(6 * PI).cos()).multiply(0.5))}))
                .condition(new ConditionSpec("pde", Role.INTERIOR, "u_tt − 4 u_xx = 0", PointFunction.zero(1),
                        Sources.interior(q), 2000,
                        ResidualForm.pde(LinearOperator.derivative(0, 0)
                                .minus(LinearOperator.derivative(1, 1).times(4)))))
                .condition(new ConditionSpec("initial", Role.INITIAL, "u(0,x) = sin(πx) + ½ sin(3πx)",
                        x -> new double[] {Math.sin(PI * x[1]) + 0.5 * Math.sin(3 * PI * x[1])}, Sources.initial(q), 200,
                        ResidualForm.initialValue(1)))
                .condition(new ConditionSpec("initial-velocity", Role.INITIAL, "u_t(0,x) = 0", PointFunction.zero(1),
                        Sources.initial(q), 200,
                        ResidualForm.initialRate(0)))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "u(t,0) = u(t,1) = 0", PointFunction.zero(1),
                        Sources.boundary(q), 200,
                        ResidualForm.dirichlet(1)))
                .setup(new SuggestedSetup(new int[] {100, 100, 100, 100, 100}, "tanh"))
                .anchor(new Anchor("Problem as in Wang, Yu & Perdikaris, When and why PINNs fail to train: a"
                        + " neural tangent kernel"
                        + " perspective, J. Comput. Phys. 2022",
                        "none",
                        "no published figure used"))
                .spectral(SpectralSetup.tensor(40, 32))
                .evaluationGrid(101, 101)
                .build();
    }
}
