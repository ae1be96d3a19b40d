package org.sven4j.validation.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sven4j.physics.ansatz.Ansatz;
import org.sven4j.physics.ansatz.AnsatzOutput;
import org.sven4j.physics.ansatz.ChannelSet;
import org.sven4j.physics.ansatz.mlp.Activation;
import org.sven4j.physics.ansatz.mlp.MlpAnsatz;
import org.sven4j.physics.ansatz.mlp.MlpOptions;
import org.sven4j.physics.ansatz.spectral.SpectralAnsatz;
import org.sven4j.physics.ansatz.spectral.SpectralAxis;

/**
 * Full ansatz evaluation: values and parameter Jacobians of the channels u, ∇u (d channels) and Δu
 * at n points drawn uniformly from [−1, 1]ᵈ (issue 4 benchmark set).
 *
 * <p>Configurations ({@code config} = architecture@points): "mlp-2-64-1@1020", "mlp-2-64-64-64-1@10000",
 * "mlp-5-64-1@3500" (tanh, identity output) and "cheb-24x24@2500" (Chebyshev degree 24 per axis,
 * full tensor, basis cached, as in a solver loop). The setup prints the flop count of one evaluation
 * ({@link MlpAnsatz#flops} / {@link SpectralAnsatz#flops}) and the bytes of Jacobian written, so
 * GFLOP/s = flops / time and the share of the native GEMM rate follow (110 GFLOP/s measured with
 * {@code KernelBenchmark -p op=gemm:4000x1000x1000 -p impl=native}; the project brief quotes about 70).
 * The Jacobians of the largest case take C·n·P·8 bytes (2.7 GB), hence -Xmx8g.
 *
 * <p>Smoke run: {@code java -cp <validation classpath> org.openjdk.jmh.Main AnsatzBenchmark -f 0 -wi 1 -i 1
 * -p config=mlp-2-64-1@1020}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class AnsatzBenchmark {

    @Param({"mlp-2-64-1@1020", "mlp-2-64-64-64-1@10000", "mlp-5-64-1@3500", "cheb-24x24@2500"})
    public String config;

    /** Worker threads of the MLP evaluation (0: all processors). */
    @Param({"0"})
    public int threads;

    /** Points per block of the MLP evaluation (0: automatic, {@link MlpOptions#blockSize()}). */
    @Param({"0"})
    public int blockSize;

    private Ansatz ansatz;
    private double[] theta;
    private DMatrixRMaj points;
    private AnsatzOutput out;

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = config.split("@");
        int n = Integer.parseInt(parts[1]);
        long flops;
        int d;
        if (parts[0].startsWith("mlp-")) {
            String[] w = parts[0].substring(4).split("-");
            d = Integer.parseInt(w[0]);
            int[] hidden = new int[w.length - 2];
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] = Integer.parseInt(w[i + 1]);
            }
            int m = Integer.parseInt(w[w.length - 1]);
            MlpOptions.Builder ob = MlpOptions.builder(d, m).hidden(hidden).activation(Activation.TANH).seed(1)
                    .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
            if (blockSize > 0) {
                ob.blockSize(blockSize);
            }
            MlpAnsatz net = new MlpAnsatz(ob.build());
            theta = net.initialParameters();
            ansatz = net;
            flops = net.flops(ChannelSet.valueGradientLaplacian(d), n, true);
        } else if (parts[0].startsWith("cheb-")) {
            String[] deg = parts[0].substring(5).split("x");
            SpectralAnsatz.Builder b = SpectralAnsatz.builder();
            for (String s : deg) {
                b.axis(SpectralAxis.chebyshev(Integer.parseInt(s), -1, 1));
            }
            SpectralAnsatz sa = b.build();
            d = deg.length;
            theta = new double[sa.parameterCount()];
            SplittableRandom r = new SplittableRandom(2);
            for (int i = 0; i < theta.length; i++) {
                theta[i] = r.nextDouble() - 0.5;
            }
            ansatz = sa;
            flops = sa.flops(ChannelSet.valueGradientLaplacian(d), n);
        } else {
            throw new IllegalArgumentException("unknown benchmark config " + config);
        }
        ChannelSet cs = ChannelSet.valueGradientLaplacian(d);
        SplittableRandom r = new SplittableRandom(3);
        points = new DMatrixRMaj(n, d);
        for (int i = 0; i < n * d; i++) {
            points.data[i] = 2 * r.nextDouble() - 1;
        }
        out = AnsatzOutput.forAnsatz(ansatz, cs, n, true);
        long jacBytes = 8L * cs.size() * n * ansatz.outputDimension() * ansatz.parameterCount();
        System.out.printf("%n[AnsatzBenchmark] %s: P=%d, channels=%d, flops/eval=%d (%.3f GFLOP), Jacobian bytes=%d%n",
                config, ansatz.parameterCount(), cs.size(), flops, flops * 1e-9, jacBytes);
    }

    @Benchmark
    public void valuesAndJacobians(Blackhole bh) {
        ansatz.evaluate(theta, points, out, true);
        bh.consume(out);
    }

    /**
     * The write roofline: fills every Jacobian buffer of {@link #valuesAndJacobians} (C·n·m·P doubles) with a
     * constant, in 64 slices on the common pool (2 threads on 2 cores). No evaluation can write its Jacobian
     * faster, so time(fill) / time(valuesAndJacobians) is the share of the memory bound that the evaluation
     * reaches; flops / time(fill) is the highest GFLOP/s the flop model allows on this machine.
     */
    @Benchmark
    public void jacobianWriteBound(Blackhole bh) {
        int channels = out.channels().size();
        IntStream.range(0, channels * 64).parallel().forEach(t -> {
            double[] j = out.jacobian(t / 64).data;
            int slice = t % 64;
            int from = (int) ((long) j.length * slice / 64);
            int to = (int) ((long) j.length * (slice + 1) / 64);
            Arrays.fill(j, from, to, 1.0);
        });
        bh.consume(out);
    }

    @Benchmark
    public void valuesOnly(Blackhole bh) {
        ansatz.evaluate(theta, points, out, false);
        bh.consume(out);
    }
}
