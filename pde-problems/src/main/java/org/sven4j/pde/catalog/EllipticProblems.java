package org.sven4j.pde.catalog;

import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.sven4j.physics.ansatz.Channel;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.LocalField;
import org.sven4j.pde.geometry.Box;
import org.sven4j.pde.geometry.Interval;
import org.sven4j.pde.geometry.Polygon;

/** The steady problems of the catalog: poisson2d, poisson5d, helmholtz2d, kovasznay, bratu1d, lshape. */
final class EllipticProblems {
    private static final double PI = Math.PI;

    private EllipticProblems() {
    }

    static BenchmarkProblem poisson2d() {
        Box box = Box.unitCube(2);
        return BenchmarkProblem.builder("poisson2d")
                .description("Poisson 2D, u = sin(πx)sin(πy) on [0,1]^2 (the ENGD/KFAC setup)")
                .pde("−Δu = 2π² sin(πx) sin(πy) in Ω, u = 0 on ∂Ω")
                .domain(box).inputs("x", "y").outputs("u")
                .solution(new ClosedForm(2, 1, x -> new DerivativeStructure[] {
                    x[0].multiply(PI).sin().multiply(x[1].multiply(PI).sin())}))
                .condition(new ConditionSpec("pde", Role.INTERIOR, "−Δu = f, f = 2π² sin(πx) sin(πy)",
                        x -> new double[] {2 * PI * PI * Math.sin(PI * x[0]) * Math.sin(PI * x[1])},
                        Sources.interiorGrid(box), 900,
                        ResidualForm.pde(LinearOperator.laplacian().negate())))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "u = 0", PointFunction.zero(1),
                        Sources.boundaryGrid(box), 120,
                        ResidualForm.dirichlet(1)))
                .setup(new SuggestedSetup(new int[] {64}, "tanh"))
                .anchor(new Anchor("Müller & Zeinhofer, Achieving High Accuracy with PINNs via Energy"
                        + " Natural Gradient Descent, ICML 2023;"
                        + " PyTorch-CPU Sven and spectral collocation as given by the project's issue",
                        "ENGD, 2-64-1 tanh MLP on a GPU; PyTorch-CPU Sven; Chebyshev collocation",
                        "ENGD relative L2 6.2e-8 after 1000 s; PyTorch-CPU Sven 1e-8 at 5.1 s and 8.5e-11 at 5.8 s (77"
                        + " iterations); Chebyshev collocation about 4e-15"))
                .target(new Target("mlp", 1e-10, 30, "2-64-1 tanh, 900 interior grid + 120 boundary points"))
                .target(new Target("chebyshev", 1e-13, 1, "24x24 Chebyshev collocation"))
                .spectral(SpectralSetup.tensor(24, 24))
                .evaluationGrid(101, 101)
                .build();
    }

    static BenchmarkProblem poisson5d() {
        Box box = Box.unitCube(5);
        return BenchmarkProblem.builder("poisson5d")
                .description("Poisson 5D, u = Σ sin(πx_i/2) on [0,1]^5 (the ENGD setup)")
                .pde("−Δu = (π²/4) Σ sin(πx_i/2) in Ω, u = Σ sin(πx_i/2) on ∂Ω")
                .domain(box).inputs("x1", "x2", "x3", "x4", "x5").outputs("u")
                .solution(new ClosedForm(5, 1, x -> {
                    DerivativeStructure s = x[0].multiply(PI / 2).sin();
                    for (int i = 1; i < 5; i++) {
                        s = s.add(x[i].multiply(PI / 2).sin());
                    }
                    return new DerivativeStructure[] {s};
                }))
                .condition(new ConditionSpec("pde", Role.INTERIOR, "−Δu = f, f = (π²/4) Σ sin(πx_i/2)",
                        x -> new double[] {PI * PI / 4 * sumSinHalf(x)}, Sources.interior(box), 3000,
                        ResidualForm.pde(LinearOperator.laplacian().negate())))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "u = g, g = Σ sin(πx_i/2)",
                        x -> new double[] {sumSinHalf(x)}, Sources.boundary(box), 500,
                        ResidualForm.dirichlet(1)))
                .setup(new SuggestedSetup(new int[] {64}, "tanh"))
                .anchor(new Anchor("Müller & Zeinhofer, Achieving High Accuracy with PINNs via Energy"
                        + " Natural Gradient Descent, ICML 2023"
                        + " (figure as given by the project's issue)",
                        "ENGD, 5-64-1 tanh MLP",
                        "relative L2 5.6e-8 after 3000 s"))
                .target(new Target("mlp", 1e-7, 300, "5-64-1 tanh, 3000 interior + 500 boundary points"))
                .spectral(new SpectralSetup(new int[] {8, 8, 8, 8, 8}, new int[] {-1, -1, -1, -1, -1}, 8))
                .evaluationGrid(9, 9, 9, 9, 9)
                .build();
    }

    private static double sumSinHalf(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.sin(PI * v / 2);
        }
        return s;
    }

    static BenchmarkProblem helmholtz2d() {
        Box box = Box.cube(2, -1, 1);
        double k = 1;
        return BenchmarkProblem.builder("helmholtz2d")
                .description("Helmholtz 2D, u = sin(πx)sin(4πy), k = 1 on [−1,1]^2")
                .pde("Δu + k²u = q in Ω, q = (k² − 17π²) sin(πx) sin(4πy), u = 0 on ∂Ω")
                .domain(box).inputs("x", "y").outputs("u").coefficient("k", k)
                .solution(new ClosedForm(2, 1, x -> new DerivativeStructure[] {
                    x[0].multiply(PI).sin().multiply(x[1].multiply(4 * PI).sin())}))
                .condition(new ConditionSpec("pde", Role.INTERIOR, "Δu + k²u = q",
                        x -> new double[] {(k * k - 17 * PI * PI) * Math.sin(PI * x[0]) * Math.sin(4 * PI * x[1])},
                        Sources.interior(box), 2000,
                        ResidualForm.pde(LinearOperator.helmholtz(k))))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "u = 0", PointFunction.zero(1),
                        Sources.boundary(box), 400,
                        ResidualForm.dirichlet(1)))
                .setup(new SuggestedSetup(new int[] {50, 50, 50}, "tanh"))
                .anchor(new Anchor("Spectral collocation, as given by the project's issue",
                        "Chebyshev collocation",
                        "relative L2 about 4e-15; MLP: no published figure used"))
                .target(new Target("chebyshev", 1e-13, 1, "tensor Chebyshev collocation"))
                .spectral(SpectralSetup.tensor(22, 44))
                .evaluationGrid(201, 201)
                .build();
    }

    static BenchmarkProblem kovasznay() {
        double re = 40;
        double lambda = re / 2 - Math.sqrt(re * re / 4 + 4 * PI * PI);
        Box box = new Box(new double[] {-0.5, -0.5}, new double[] {1.0, 1.5});
        ClosedForm exact = new ClosedForm(2, 3, x -> kovasznay(x[0], x[1], lambda));
        return BenchmarkProblem.builder("kovasznay")
                .description("Kovasznay flow, steady Navier–Stokes, Re = 40, on [−0.5,1]×[−0.5,1.5]")
                .pde("(u·∇)u + ∇p − (1/Re)Δu = 0, ∇·u = 0; λ = Re/2 − √(Re²/4 + 4π²); u = 1 − e^{λx}cos(2πy),"
                        + " v = λ/(2π) e^{λx} sin(2πy), p = ½(1 − e^{2λx})")
                .domain(box).inputs("x", "y").outputs("u", "v", "p").coefficient("Re", re)
                .coefficient("lambda", lambda)
                .solution(exact)
                .condition(new ConditionSpec("pde", Role.INTERIOR,
                        "u u_x + v u_y + p_x − (1/Re)Δu = 0; u v_x + v v_y + p_y − (1/Re)Δv = 0; u_x + v_y = 0",
                        PointFunction.zero(3), Sources.interior(box), 870,
                        ResidualForm.pde(3, (f, out) -> navierStokes(f, out, 1 / re), Channel.value(), Channel.d(0),
                                Channel.d(1), Channel.laplacian())))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "(u, v) = exact (u, v)",
                        x -> {
                            double[] o = new double[3];
                            exact.value(x, o);
                            return new double[] {o[0], o[1]};
                        }, Sources.boundary(box), 130,
                        ResidualForm.dirichlet(2)))
                .condition(new ConditionSpec("pressure-gauge", Role.BOUNDARY,
                        "(u, v, p) = exact at the corner (−0.5, −0.5); fixes the additive constant of p", x -> {
                            double[] o = new double[3];
                            exact.value(x, o);
                            return o;
                        }, Sources.fixedPoint(-0.5, -0.5), 1,
                        ResidualForm.dirichlet(3)))
                .setup(new SuggestedSetup(new int[] {20, 20, 20}, "tanh"))
                .anchor(new Anchor("Gauss-Newton PINN run as given by the project's issue",
                        "Gauss-Newton, RTX 4090",
                        "relative L2 1.4e-6 after 12 min"))
                .target(new Target("mlp", 1e-7, 600, "suggested tanh MLP with 3 outputs (u, v, p)"))
                .spectral(SpectralSetup.tensor(20, 32))
                .evaluationGrid(151, 201)
                .build();
    }

    /**
     * The steady incompressible Navier–Stokes residual in velocity–pressure form, outputs (u, v, p):
     * (u·∇)u + ∇p − νΔu (two rows) and ∇·u (one row).
     */
    static void navierStokes(LocalField f, Gradient[] out, double nu) {
        Gradient u = f.u(0);
        Gradient v = f.u(1);
        out[0] = u.multiply(f.dx(0, 0)).add(v.multiply(f.dx(0, 1))).add(f.dx(2, 0))
                .subtract(f.laplacian(0).multiply(nu));
        out[1] = u.multiply(f.dx(1, 0)).add(v.multiply(f.dx(1, 1))).add(f.dx(2, 1))
                .subtract(f.laplacian(1).multiply(nu));
        out[2] = f.dx(0, 0).add(f.dx(1, 1));
    }

    /** The Kovasznay fields (u, v, p) at (x, y). */
    static DerivativeStructure[] kovasznay(DerivativeStructure x, DerivativeStructure y, double lambda) {
        DerivativeStructure e = x.multiply(lambda).exp();
        DerivativeStructure u = e.multiply(y.multiply(2 * PI).cos()).negate().add(1);
        DerivativeStructure v = e.multiply(y.multiply(2 * PI).sin()).multiply(lambda / (2 * PI));
        DerivativeStructure p = x.multiply(2 * lambda).exp().negate().add(1).multiply(0.5);
        return new DerivativeStructure[] {u, v, p};
    }

    static BenchmarkProblem bratu1d() {
        double lambda = 1;
        double theta = bratuTheta(lambda);
        Interval x01 = new Interval(0, 1);
        return BenchmarkProblem.builder("bratu1d")
                .description("1-D Bratu problem, λ = 1 (lower branch), closed form")
                .pde("u'' + λ e^u = 0 on (0,1), u(0) = u(1) = 0; u = −2 ln[cosh((x − ½)θ/2)/cosh(θ/4)],"
                        + " θ = √(2λ) cosh(θ/4)")
                .domain(x01).inputs("x").outputs("u").coefficient("lambda", lambda).coefficient("theta", theta)
                .solution(new ClosedForm(1, 1, x -> new DerivativeStructure[] {
                    x[0].subtract(0.5).multiply(theta / 2).cosh().divide(Math.cosh(theta / 4)).log().multiply(-2)}))
                .condition(new ConditionSpec("pde", Role.INTERIOR, "u'' + λ e^u = 0", PointFunction.zero(1),
                        Sources.interior(x01), 64,
                        ResidualForm.pde(1, (f, out) -> out[0] = f.dxx(0, 0).add(f.u().exp().multiply(lambda)),
                                Channel.value(), Channel.d(0, 0))))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "u = 0", PointFunction.zero(1),
                        Sources.boundary(x01), 2,
                        ResidualForm.dirichlet(1)))
                .setup(new SuggestedSetup(new int[] {20, 20}, "tanh"))
                .anchor(new Anchor("Bratu (1914), closed form",
                        "none",
                        "no published figure used"))
                .spectral(SpectralSetup.tensor(24))
                .evaluationGrid(1001)
                .build();
    }

    /** The lower-branch root of θ = √(2λ) cosh(θ/4), by Newton's method from θ = 1. */
    static double bratuTheta(double lambda) {
        if (!(lambda > 0) || lambda > 3.51) {
            throw new IllegalArgumentException("Bratu lambda must be in (0, 3.51], got " + lambda);
        }
        double c = Math.sqrt(2 * lambda);
        double th = 1;
        for (int i = 0; i < 100; i++) {
            double f = th - c * Math.cosh(th / 4);
            double df = 1 - c * Math.sinh(th / 4) / 4;
            double step = f / df;
            th -= step;
            if (Math.abs(step) < 1e-16 * Math.max(1, th)) {
                break;
            }
        }
        return th;
    }

    static BenchmarkProblem lshape() {
        Polygon l = Polygon.lShape();
        ClosedForm exact = new ClosedForm(2, 1, x -> new DerivativeStructure[] {singular(x[0], x[1])});
        return BenchmarkProblem.builder("lshape")
                .description("Laplace on the L-shape, exact singular solution r^{2/3} sin(2θ/3)")
                .pde("Δu = 0 in Ω = (−1,1)² \\ [0,1)×(−1,0], u = r^{2/3} sin(2θ/3) on ∂Ω (θ ∈ [0, 3π/2])")
                .domain(l).inputs("x", "y").outputs("u")
                .solution(exact)
                .condition(new ConditionSpec("pde", Role.INTERIOR, "Δu = 0", PointFunction.zero(1),
                        Sources.interior(l), 2000,
                        ResidualForm.pde(LinearOperator.laplacian())))
                .condition(new ConditionSpec("boundary", Role.BOUNDARY, "u = r^{2/3} sin(2θ/3)",
                        x -> {
                            double[] o = new double[1];
                            exact.value(x, o);
                            return o;
                        }, Sources.boundary(l), 400,
                        ResidualForm.dirichlet(1)))
                .setup(new SuggestedSetup(new int[] {32, 32, 32}, "tanh"))
                .anchor(new Anchor("Classical corner-singularity benchmark",
                        "none",
                        "no published figure used"))
                .evaluationGrid(201, 201)
                .build();
    }

    /** r^{2/3} sin(2θ/3) with θ = atan2(y, x) taken in [0, 2π). */
    static DerivativeStructure singular(DerivativeStructure x, DerivativeStructure y) {
        DerivativeStructure theta = DerivativeStructure.atan2(y, x);
        if (theta.getValue() < 0) {
            theta = theta.add(2 * PI);
        }
        DerivativeStructure r2 = x.multiply(x).add(y.multiply(y));
        return r2.pow(1.0 / 3).multiply(theta.multiply(2.0 / 3).sin());
    }
}
