package org.sven4j.validation.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;
import org.sven4j.lsq.ResidualSystem;
import org.sven4j.lsq.Summary;
import org.sven4j.sven.SvenSolver;
import org.sven4j.svd.AutoSvd;
import org.sven4j.svd.SvdBackend;
import org.sven4j.pde.catalog.ErrorReport;

/**
 * Runs {@link RunSpec}s one after the other on the calling thread: prepares the problem (fresh system,
 * θ₀ from the seed), creates the solver from the {@link SolverRegistry}, solves through a
 * {@link RunObserver}, then measures the final errors on the held-out
 * evaluation set, the residual RMS and, for 2-D problems, a solution/error map.
 *
 * <p>{@link #cancel()} (for example from a shutdown hook on Ctrl-C) interrupts the running solve — the
 * solvers then return their best iterate with termination INTERRUPTED, which is kept as a result — and
 * skips the runs not yet started. The interrupt flag is cleared before {@link #runAll} returns, so the
 * caller can write files.
 */
public final class SuiteRunner {
    /** Nodes per axis of the 2-D maps. */
    public static final int MAP_NODES = 81;

    private final ProblemFactory factory;
    private final SolverRegistry registry;
    private final Progress progress;
    private volatile boolean cancelled;
    private volatile Thread running;

    public SuiteRunner(ProblemFactory factory, SolverRegistry registry, Progress progress) {
        if (factory == null || registry == null) {
            throw new IllegalArgumentException("factory and registry must not be null");
        }
        this.factory = factory;
        this.registry = registry;
        this.progress = progress == null ? Progress.NONE : progress;
    }

    /** Stops the suite: interrupts the running solve and skips the rest. Safe from any thread. */
    public void cancel() {
        cancelled = true;
        Thread t = running;
        if (t != null) {
            t.interrupt();
        }
    }

    /** @return ", streamed Jacobian, subspace SVD, k ≤ 256" or ", exact SVD": how Sven will decompose this system's J */
    static String decomposition(SvenSolver sven, ResidualSystem system) {
        boolean free = system.isMatrixFree();
        SvdBackend b = sven.options().svd();
        String svd = b instanceof AutoSvd auto ? auto.describe(system.residualCount(), system.parameterCount(), free,
                sven.options().truncation()) : b.name() + " SVD";
        return (free ? ", streamed Jacobian, " : ", ") + svd;
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * @param specs the runs, in order
     * @param sink receives each result as soon as it is known
     * @return the results of the runs that took place or were skipped, in order
     */
    public List<RunResult> runAll(List<RunSpec> specs, Consumer<RunResult> sink) {
        List<RunResult> results = new ArrayList<>();
        running = Thread.currentThread();
        try {
            for (int i = 0; i < specs.size() && !cancelled; i++) {
                progress.started(specs.get(i), i + 1, specs.size());
                RunResult r = run(specs.get(i));
                results.add(r);
                if (sink != null) {
                    sink.accept(r);
                }
                progress.finished(r);
            }
        } finally {
            running = null;
            Thread.interrupted();
        }
        return results;
    }

    /**
     * Runs one spec on the calling thread.
     *
     * @param spec the run
     * @return its result; set-up problems give a result with status "skipped: …" (the ansatz does not fit the
     *         problem) or "error: …", never an exception
     */
    public RunResult run(RunSpec spec) {
        try {
            return runChecked(spec);
        } catch (OutOfMemoryError e) {
            // One oversized run (its Jacobian or reference) must not take the finished runs down with it; the memory
            // of the failed run is unreachable once the stack has unwound.
            return RunResult.notRun(spec, "", 0, 0, "error: out of memory (" + e.getMessage() + "); raise -Xmx");
        } catch (RuntimeException e) {
            return RunResult.notRun(spec, "", 0, 0, "error: " + firstLine(e));
        }
    }

    private RunResult runChecked(RunSpec spec) {
        PreparedProblem p;
        try {
            p = factory.prepare(spec.problem(), spec.ansatz(), spec.seed());
        } catch (IllegalArgumentException e) {
            return RunResult.notRun(spec, "", 0, 0, "skipped: " + firstLine(e));
        } catch (RuntimeException e) {
            return RunResult.notRun(spec, "", 0, 0, "error: " + firstLine(e));
        }
        int bigP = p.system().parameterCount();
        int bigN = p.system().residualCount();
        double[] theta0 = p.initialParameters();
        double loss0 = loss(p, theta0);
        RunObserver observer = new RunObserver(p, progress, loss0, RunObserver.relativeL2(p, theta0));
        ConfiguredSolver c = registry.create(spec.solver(), spec.problem(), spec.ansatz(), bigP, bigN, spec.budget(),
                observer);
        if (c.skipped()) {
            return RunResult.notRun(spec, c.settings(), bigP, p.points(), c.skipReason());
        }
        if (c.solver() instanceof SvenSolver sven) {
            c = new ConfiguredSolver(c.solver(), c.settings() + decomposition(sven, p.system()), null);
        }
        Summary s = c.solver().solve(p.system(), theta0);
        // An interrupted solve returns its best iterate with the flag still set (cancel() has set it to stop the
        // suite); clear it here, the suite keeps its own cancelled state.
        Thread.interrupted();
        double[] theta = s.parameters();
        ErrorReport e = p.evaluation().evaluate(pts -> p.model().predict(theta, pts));
        double rel = RunObserver.max(e.relativeL2());
        double[] r = new double[bigN];
        p.system().residuals(theta, r);
        double ss = 0;
        for (double v : r) {
            ss += v * v;
        }
        observer.finish(s.iterations(), s.totalSeconds(), 0.5 * ss, rel);
        FieldMap map = p.mapDomain().map(m -> map(p, m, theta)).orElse(null);
        Thread.interrupted();
        return new RunResult(spec, c.settings(), bigP, p.points(), s.iterations(), s.totalSeconds(), rel,
                RunObserver.max(e.maxAbs()), Math.sqrt(ss / bigN), 0.5 * ss,
                s.termination().name().toLowerCase(Locale.ROOT), s.message(), observer.history(), observer.spectra(),
                map, theta, phases(s));
    }

    private static java.util.Map<org.sven4j.lsq.Phase, Double> phases(org.sven4j.lsq.Summary s) {
        java.util.Map<org.sven4j.lsq.Phase, Double> m = new java.util.EnumMap<>(org.sven4j.lsq.Phase.class);
        for (org.sven4j.lsq.Phase ph : org.sven4j.lsq.Phase.values()) {
            m.put(ph, s.seconds(ph));
        }
        return m;
    }

    private static double loss(PreparedProblem p, double[] theta) {
        double[] r = new double[p.system().residualCount()];
        p.system().residuals(theta, r);
        double ss = 0;
        for (double v : r) {
            ss += v * v;
        }
        return 0.5 * ss;
    }

    /** Predicted and reference field 0 on a {@value #MAP_NODES}² grid; NaN outside the domain. */
    static FieldMap map(PreparedProblem p, MapDomain m, double[] theta) {
        int n = MAP_NODES;
        double[] lo = m.lower();
        double[] hi = m.upper();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo[0] + (hi[0] - lo[0]) * i / (n - 1);
            y[i] = lo[1] + (hi[1] - lo[1]) * i / (n - 1);
        }
        DMatrixRMaj pts = new DMatrixRMaj(n * n, 2);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                pts.set(j * n + i, 0, x[i]);
                pts.set(j * n + i, 1, y[j]);
            }
        }
        DMatrixRMaj pred = p.model().predict(theta, pts);
        DMatrixRMaj ref = m.reference().apply(pts);
        double[][] pv = new double[n][n];
        double[][] rv = new double[n][n];
        double[] pt = new double[2];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                pt[0] = x[i];
                pt[1] = y[j];
                boolean in = m.contains().test(pt);
                pv[j][i] = in ? pred.get(j * n + i, 0) : Double.NaN;
                rv[j][i] = in ? ref.get(j * n + i, 0) : Double.NaN;
            }
        }
        return new FieldMap(m.xName(), m.yName(), m.field(), x, y, pv, rv);
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m);
    }
}
