package org.sven4j.validation.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.IterationCallback;
import org.sven4j.lsq.JacobianOperator;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.RowBlock;
import org.sven4j.lsq.Stopping;
import org.sven4j.lsq.Summary;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.assembly.JacobianStorage;
import org.sven4j.physics.assembly.PhysicsSystem;
import org.sven4j.physics.condition.BoxPoints;
import org.sven4j.physics.condition.Condition;
import org.sven4j.physics.condition.LinearOperator;
import org.sven4j.physics.condition.PointSet;
import org.sven4j.sven.StepControl;
import org.sven4j.sven.SvenOptions;
import org.sven4j.sven.SvenSolver;
import org.sven4j.svd.SubspaceSvd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sven4j bench-scale}: the cost of one Sven iteration against N and P at a fixed rank k. The system is the
 * 2-D Poisson PINN −Δu = 2π² sin(πx)sin(πy) on (0,1)², u = 0 on the boundary (90 % of the N points inside, uniform
 * from the seed; the rest on the boundary), on a 2-W-W-1 tanh MLP (P = W² + 5W + 1). The Jacobian is
 * {@link JacobianStorage#STREAMED} (never held whole) and the decomposition is the warm-started
 * {@link SubspaceSvd} at rank k; the solver runs a few line-search iterations.
 *
 * <p>Per case it prints the first (cold) iteration and the median of the later (warm) ones, the Jacobian
 * products per warm iteration and their rate (2·N·P flops per column, Jacobian formation included), and the
 * peak heap (the sum of the heap pools' peaks since the case began, an upper bound); then the least-squares
 * slopes of log(warm time) against log N and log P.
 */
@Command(name = "bench-scale", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Seconds, GFLOP/s and peak heap of one Sven iteration (streamed Jacobian, warm-started "
                + "subspace SVD) on the 2-D Poisson MLP PINN, against N points, P parameters and rank k.")
final class BenchScaleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--points", split = ",", paramLabel = "N", defaultValue = "2000,8000,32000",
            description = "Collocation points N in all (default: ${DEFAULT-VALUE}).")
    private List<Integer> points;

    @Option(names = "--widths", split = ",", paramLabel = "W", defaultValue = "30,62,126",
            description = "Hidden width W of the 2-W-W-1 network; P = W² + 5W + 1 (default: ${DEFAULT-VALUE}: "
                    + "P ≈ 1k, 4k, 16k).")
    private List<Integer> widths;

    @Option(names = "--k", split = ",", paramLabel = "K", defaultValue = "64,256",
            description = "Rank k of the truncated SVD (default: ${DEFAULT-VALUE}).")
    private List<Integer> ranks;

    @Option(names = "--iterations", paramLabel = "I", defaultValue = "3",
            description = "Sven iterations per case, the first cold (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the points and θ₀ (default: ${DEFAULT-VALUE}).")
    private long seed;

    /** One measured case. */
    private record Case(int n, int width, int p, int k, double cold, double warm, double products, double gflops, double heapMb,
            int rank) {
    }

    @Override
    public Integer call() {
        if (iterations < 2) {
            throw new ParameterException(spec.commandLine(), "--iterations must be >= 2 (one cold, then warm ones)");
        }
        for (int n : points) {
            if (n < 40) {
                throw new ParameterException(spec.commandLine(), "--points must be >= 40, got " + n);
            }
        }
        for (int w : widths) {
            if (w < 1) {
                throw new ParameterException(spec.commandLine(), "--widths must be >= 1, got " + w);
            }
        }
        for (int k : ranks) {
            if (k < 1) {
                throw new ParameterException(spec.commandLine(), "--k must be >= 1, got " + k);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        LinearAlgebra la = LinearAlgebra.get();
        w.printf("Dense: %s%n", la.description());
        w.printf(Locale.ROOT, "max heap %.0f MB; streamed Jacobian, subspace SVD, %d iterations per case%n%n",
                Runtime.getRuntime().maxMemory() / 1e6, iterations);
        w.printf(Locale.ROOT, "%8s %7s %5s %5s %9s %9s %10s %10s %9s%n", "N", "P", "k", "kept", "cold s", "warm s",
                "products", "GFLOP/s", "heap MB");
        w.flush();
        List<Case> cases = new ArrayList<>();
        for (int k : ranks) {
            for (int width : widths) {
                for (int n : points) {
                    Case c = measure(n, width, k, la);
                    cases.add(c);
                    w.printf(Locale.ROOT, "%8d %7d %5d %5d %9.3f %9.3f %10.1f %10.1f %9.0f%n", c.n, c.p, c.k, c.rank,
                            c.cold, c.warm, c.products, c.gflops, c.heapMb);
                    w.flush();
                }
            }
        }
        w.println();
        for (int k : ranks) {
            for (int width : widths) {
                int p = width * width + 5 * width + 1;
                slope(w, cases, c -> c.k == k && c.width == width, c -> c.n, String.format(Locale.ROOT,
                        "slope in N (P = %d, k = %d)", p, k));
            }
            for (int n : points) {
                slope(w, cases, c -> c.k == k && c.n == n, c -> c.p, String.format(Locale.ROOT,
                        "slope in P (N = %d, k = %d)", n, k));
            }
        }
        return 0;
    }

    private Case measure(int n, int width, int k, LinearAlgebra la) {
        MlpAnsatz net = new MlpAnsatz(MlpOptions.builder(2, 1).hidden(width, width).activation(Activation.TANH)
                .seed(seed).build());
        int nb = Math.max(4, (n / 10) / 4 * 4);
        int ni = n - nb;
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] inner = new double[ni][];
        for (int i = 0; i < ni; i++) {
            inner[i] = new double[] {rng.nextDouble(), rng.nextDouble()};
        }
        PointSet boundary = BoxPoints.squareBoundary(nb / 4, 0, 1);
        PhysicsSystem sys = PhysicsSystem.builder(net).jacobianStorage(JacobianStorage.STREAMED)
                .condition(Condition.pde("interior", PointSet.of(inner), LinearOperator.laplacian().negate(),
                        x -> 2 * Math.PI * Math.PI * Math.sin(Math.PI * x[0]) * Math.sin(Math.PI * x[1])))
                .condition(Condition.dirichlet("boundary", boundary, x -> 0))
                .build();
        Counting counted = new Counting(sys);
        double[] elapsed = new double[iterations + 1];
        double[] flopsAt = new double[iterations + 1];
        double[] nanosAt = new double[iterations + 1];
        double[] productsAt = new double[iterations + 1];
        int[] rank = new int[1];
        SvenOptions o = SvenOptions.builder().rank(k).rtol(1e-12).svd(new SubspaceSvd(la))
                .stepControl(StepControl.LINE_SEARCH).maxRecordedSingularValues(0)
                .stopping(Stopping.DEFAULT.withMaxIterations(iterations))
                .callback(IterationCallback.observer(rec -> {
                    int i = rec.iteration();
                    if (i <= iterations) {
                        elapsed[i] = rec.elapsedSeconds();
                        flopsAt[i] = counted.flops;
                        nanosAt[i] = counted.nanos;
                        productsAt[i] = counted.products;
                        rank[0] = rec.rank();
                    }
                })).build();
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        Summary s = new SvenSolver(o).solve(counted, sys.initialParameters(net.initialParameters(seed)));
        double peak = 0;
        for (MemoryPoolMXBean pool : heap) {
            peak += pool.getPeakUsage().getUsed();
        }
        int done = Math.min(iterations, s.iterations());
        if (done < 2) {
            throw new IllegalStateException("N = " + n + ", P = " + sys.parameterCount() + ": the solve ended after "
                    + done + " iteration(s): " + s.message());
        }
        double[] warm = new double[done - 1];
        for (int i = 2; i <= done; i++) {
            warm[i - 2] = elapsed[i] - elapsed[i - 1];
        }
        Arrays.sort(warm);
        double median = warm.length % 2 == 1 ? warm[warm.length / 2]
                : 0.5 * (warm[warm.length / 2 - 1] + warm[warm.length / 2]);
        double products = (productsAt[done] - productsAt[1]) / (done - 1);
        double rate = (flopsAt[done] - flopsAt[1]) / Math.max(1, nanosAt[done] - nanosAt[1]);
        return new Case(n, width, sys.parameterCount(), k, elapsed[1], median, products, rate, peak / 1e6, rank[0]);
    }

    private static void slope(PrintWriter w, List<Case> cases, java.util.function.Predicate<Case> group,
            java.util.function.ToIntFunction<Case> x, String label) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int m = 0;
        for (Case c : cases) {
            if (group.test(c)) {
                double lx = Math.log(x.applyAsInt(c));
                double ly = Math.log(c.warm);
                sx += lx;
                sy += ly;
                sxx += lx * lx;
                sxy += lx * ly;
                m++;
            }
        }
        if (m >= 2) {
            double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
            w.printf(Locale.ROOT, "%-36s %.2f (%d cases)%n", label, slope, m);
        }
    }

    /** Counts the Jacobian products (columns), their flops (2·N·P per column) and their time. */
    private static final class Counting implements ResidualSystem {
        private final ResidualSystem inner;
        double flops;
        double nanos;
        double products;

        Counting(ResidualSystem inner) {
            this.inner = inner;
        }

        @Override public int parameterCount() { return inner.parameterCount(); }

        @Override public int residualCount() { return inner.residualCount(); }

        @Override public void residuals(double[] theta, double[] r) { inner.residuals(theta, r); }

        @Override
        public void residualsAndJacobian(double[] theta, double[] r, DMatrixRMaj jacobian) {
            inner.residualsAndJacobian(theta, r, jacobian);
        }

        @Override public boolean isMatrixFree() { return inner.isMatrixFree(); }

        @Override public List<RowBlock> rowBlocks() { return inner.rowBlocks(); }

        @Override
        public JacobianOperator linearize(double[] theta, double[] residuals) {
            JacobianOperator op = inner.linearize(theta, residuals);
            double perColumn = 2.0 * op.rows() * op.cols();
            return new JacobianOperator() {
                @Override public int rows() { return op.rows(); }

                @Override public int cols() { return op.cols(); }

                @Override
                public void multiply(DMatrixRMaj v, DMatrixRMaj out) {
                    long t = System.nanoTime();
                    op.multiply(v, out);
                    count(t, v.numCols);
                }

                @Override
                public void multiplyTranspose(DMatrixRMaj u, DMatrixRMaj out) {
                    long t = System.nanoTime();
                    op.multiplyTranspose(u, out);
                    count(t, u.numCols);
                }

                private void count(long t, int columns) {
                    nanos += System.nanoTime() - t;
                    flops += perColumn * columns;
                    products++;
                }
            };
        }
    }
}
