package org.sven4j.validation.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.lsq.DenseJacobianOperator;
import org.sven4j.lsq.JacobianOperator;
import org.sven4j.svd.AutoSvd;
import org.sven4j.svd.ExactSvd;
import org.sven4j.svd.GramSvd;
import org.sven4j.svd.LanczosSvd;
import org.sven4j.svd.QrSvd;
import org.sven4j.svd.RandomizedSvd;
import org.sven4j.svd.SvdBackend;
import org.sven4j.svd.Truncation;
import org.sven4j.svd.TruncatedSvd;

/**
 * One Sven step on a dense random J (N×P): the truncated SVD, c = Uᵀr and δ = −V·Σ⁻¹·c. The
 * dense back-end is the JVM's default ({@code -Dsven4j.linalg=native|java} via {@code -jvmArgsAppend}).
 * Flop model of the exact SVD for GFLOP/s: about 4·N·P·m + 8·m³ flops for m = min(N, P)
 * (LAPACK gesdd with vectors, after the QR reduction of the long side).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SvenStepBenchmark {
    @Param({"1000x250", "4000x1000", "1000x20000"})
    public String shape;

    @Param({"exact", "qr", "gram", "randomized", "lanczos", "auto"})
    public String svd;

    @Param({"16", "64", "all"})
    public String k;

    private JacobianOperator jacobian;
    private double[] residuals;
    private SvdBackend backend;
    private Truncation truncation;
    private LinearAlgebra la;

    @Setup(Level.Trial)
    public void setUp() {
        String[] nm = shape.split("x");
        int n = Integer.parseInt(nm[0]);
        int p = Integer.parseInt(nm[1]);
        SplittableRandom rng = new SplittableRandom(1);
        DMatrixRMaj j = new DMatrixRMaj(n, p);
        for (int i = 0; i < j.data.length; i++) {
            j.data[i] = rng.nextGaussian();
        }
        residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = rng.nextGaussian();
        }
        la = LinearAlgebra.get();
        jacobian = new DenseJacobianOperator(j, la);
        truncation = new Truncation("all".equals(k) ? Truncation.ALL : Integer.parseInt(k), 1e-6);
        backend = create(svd, la);
    }

    static SvdBackend create(String name, LinearAlgebra la) {
        switch (name) {
            case "exact": return new ExactSvd(la);
            case "qr": return new QrSvd(la);
            case "gram": return new GramSvd(la);
            case "randomized": return new RandomizedSvd(10, 2, 42L, la);
            case "lanczos": return new LanczosSvd(1e-12, 7L, la);
            case "auto": return new AutoSvd(la);
            default: throw new IllegalArgumentException("unknown SVD back-end " + name);
        }
    }

    @Benchmark
    public double[] step() {
        TruncatedSvd t = backend.decompose(jacobian, truncation);
        double[] c = t.project(residuals, la);
        double[] s = t.singularValues();
        for (int i = 0; i < c.length; i++) {
            c[i] = -c[i] / s[i];
        }
        double[] delta = new double[jacobian.cols()];
        t.expand(c, delta, la);
        return delta;
    }
}
