package org.sven4j.validation.bench;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.sven4j.linalg.Backend;
import org.sven4j.linalg.LinearAlgebra;

/**
 * The dense kernels Sven spends its time in, per back-end: {@code impl} = {@code native} (OpenBLAS through JNI),
 * {@code java} (the pure-Java back-end, threads from {@code sven4j.threads}) and {@code ejml} (EJML 0.46.1's own
 * single-threaded operation, for comparison).
 *
 * <p>{@code op} is {@code kind:dims}; any such string can be passed with {@code -p op=...}:
 * <ul>
 * <li>{@code gemm:MxNxK}: C(m×n) = A(m×k)·B(k×n), 2·m·n·k flops;</li>
 * <li>{@code syrk:MxN}: the Gram matrix AᵀA of A (m×n), n²·m flops (the upper triangle, counted once);</li>
 * <li>{@code svd:MxN}: thin SVD with U, Σ, V of A (m×n, m ≥ n), 6·m·n² + 20·n³ flops (Golub &amp; Van Loan's
 *     R-SVD count, used as the nominal count whatever the algorithm);</li>
 * <li>{@code syevd:N}: all eigenpairs of a symmetric n×n matrix, 9·n³ flops (symmetric QR with vectors).</li>
 * </ul>
 * The mode is throughput: the primary score is calls per second, and the {@code kernel:flops} counter
 * ({@link Flops}) adds each call's nominal count divided by 10⁹, which JMH divides by time like the primary
 * score, so it reads directly as GFLOP/s.
 *
 * <p>Run (only on an otherwise idle machine; the full grid takes many minutes, the 4000 cases with
 * {@code java}/{@code ejml} several seconds per call):
 * {@code java -cp validation/target/sven4j.jar org.openjdk.jmh.Main KernelBenchmark -p impl=native}.
 * {@code -Dsven4j.threads} (through {@code -jvmArgsAppend}) sets the bundled OpenBLAS's thread count; a system
 * OpenBLAS ({@code -Dsven4j.linalg=system}) takes {@code OPENBLAS_NUM_THREADS} instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class KernelBenchmark {
    @Param({"gemm:1000x1000x1000", "gemm:4000x1000x1000", "syrk:4000x1000", "svd:2000x500", "svd:4000x1000",
        "syevd:1000", "syevd:4000"})
    public String op;

    @Param({"native", "java", "ejml"})
    public String impl;

    private String kind;
    private int[] dims;
    private LinearAlgebra la;
    private DMatrixRMaj a;
    private DMatrixRMaj b;
    private DMatrixRMaj c;
    private double gflop;

    /** GFLOP per second, as a JMH secondary result (throughput mode). */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Flops {
        /** Nominal GFLOP done so far in this iteration. */
        public double flops;

        @Setup(Level.Iteration)
        public void reset() {
            flops = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = op.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("op=" + op + " is not kind:dims");
        }
        kind = parts[0].toLowerCase(Locale.ROOT);
        String[] d = parts[1].split("x");
        dims = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            dims[i] = Integer.parseInt(d[i].trim());
        }
        switch (impl) {
            case "native":
                la = LinearAlgebra.of(Backend.NATIVE);
                break;
            case "java":
                la = LinearAlgebra.of(Backend.JAVA);
                break;
            case "ejml":
                la = null;
                break;
            default:
                throw new IllegalArgumentException("impl=" + impl + " is not native, java or ejml");
        }
        SplittableRandom rnd = new SplittableRandom(20261122L);
        switch (kind) {
            case "gemm":
                need(3);
                a = random(dims[0], dims[2], rnd);
                b = random(dims[2], dims[1], rnd);
                c = new DMatrixRMaj(dims[0], dims[1]);
                gflop = 2.0 * dims[0] * dims[1] * dims[2] / 1e9;
                break;
            case "syrk":
                need(2);
                a = random(dims[0], dims[1], rnd);
                c = new DMatrixRMaj(dims[1], dims[1]);
                gflop = (double) dims[1] * dims[1] * dims[0] / 1e9;
                break;
            case "svd":
                need(2);
                a = random(dims[0], dims[1], rnd);
                double m = Math.max(dims[0], dims[1]);
                double n = Math.min(dims[0], dims[1]);
                gflop = (6 * m * n * n + 20 * n * n * n) / 1e9;
                break;
            case "syevd":
                need(1);
                DMatrixRMaj g = random(dims[0] + 10, dims[0], rnd);
                a = new DMatrixRMaj(dims[0], dims[0]);
                CommonOps_DDRM.multTransA(g, g, a);
                gflop = 9.0 * dims[0] * dims[0] * dims[0] / 1e9;
                break;
            default:
                throw new IllegalArgumentException("op kind " + kind + " is not gemm, syrk, svd or syevd");
        }
    }

    private void need(int count) {
        if (dims.length != count) {
            throw new IllegalArgumentException("op=" + op + " needs " + count + " dimensions");
        }
    }

    private static DMatrixRMaj random(int m, int n, SplittableRandom rnd) {
        DMatrixRMaj x = new DMatrixRMaj(m, n);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = rnd.nextDouble(-1, 1);
        }
        return x;
    }

    @Benchmark
    public void kernel(Flops counter, Blackhole bh) {
        switch (kind) {
            case "gemm":
                if (la == null) {
                    CommonOps_DDRM.mult(a, b, c);
                } else {
                    la.gemm(false, false, 1, a, b, 0, c);
                }
                bh.consume(c.data[0]);
                break;
            case "syrk":
                if (la == null) {
                    CommonOps_DDRM.multInner(a, c);
                } else {
                    la.syrk(true, 1, a, 0, c);
                }
                bh.consume(c.data[0]);
                break;
            case "svd":
                if (la == null) {
                    SingularValueDecomposition_F64<DMatrixRMaj> d =
                            DecompositionFactory_DDRM.svd(a.numRows, a.numCols, true, true, true);
                    d.decompose(a.copy());
                    bh.consume(d.getU(null, false));
                    bh.consume(d.getV(null, false));
                } else {
                    bh.consume(la.svd(a, true));
                }
                break;
            default:
                if (la == null) {
                    EigenDecomposition_F64<DMatrixRMaj> d = DecompositionFactory_DDRM.eig(a.numRows, true, true);
                    d.decompose(a.copy());
                    bh.consume(d.getEigenVector(0));
                } else {
                    bh.consume(la.eigenSymmetric(a, a.numRows));
                }
        }
        counter.flops += gflop;
    }
}
