package org.sven4j.validation.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sven4j.linalg.Backend;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.Threads;
import org.sven4j.pde.catalog.AnsatzKind;
import org.sven4j.validation.robustness.Outcome;
import org.sven4j.validation.robustness.Variant;
import org.sven4j.validation.suite.CatalogProblems;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.RunSpec;
import org.sven4j.validation.suite.SolverId;
import org.sven4j.validation.suite.SuiteRunner;
import org.sven4j.validation.suite.SolverRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sven4j bench-pinn}: time to accuracy of the suite's Sven (2-64-1 MLP) on the PINN problems, in this JVM
 * as it was started (back-end, kernel, threads). Per seed: solve time and iteration at which the held-out relative
 * L2 error first reaches 10⁻⁴, 10⁻⁶, 10⁻⁸, 10⁻¹⁰ (as logged by the suite), and the set-up time before the solve
 * (problem preparation); then the median over seeds. The cold start (JVM start to the first run: JVM boot, class
 * loading, native library load) is reported on its own line; the JIT warms up inside
 * the first solve, which is therefore part of the first seed's solve time.
 */
@Command(name = "bench-pinn", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time to relative L2 1e-4 ... 1e-10 of Sven on poisson2d and heat1d (MLP), per seed and median.")
final class BenchPinnCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--problems", split = ",", paramLabel = "ID", defaultValue = "poisson2d,heat1d",
            description = "Catalog problems, solved with their MLP (default: ${DEFAULT-VALUE}).")
    private List<String> problems;

    @Option(names = "--seeds", paramLabel = "A-B", defaultValue = "0-4",
            description = "Seeds, as a range A-B or one seed (default: ${DEFAULT-VALUE}).")
    private String seeds;

    @Option(names = "--time-budget", paramLabel = "T", defaultValue = "60s",
            description = "Safety cap per run (default: ${DEFAULT-VALUE}); runs end on the solver's own tests.")
    private String timeBudget;

    @Override
    public Integer call() {
        CliArgs.requireProblems(spec, problems);
        long[] range = CliArgs.seedRange(spec, seeds);
        Duration budget = CliArgs.timeBudget(spec, timeBudget);
        PrintWriter w = spec.commandLine().getOut();
        LinearAlgebra la = LinearAlgebra.get();
        Variant v = new Variant(la.backend() == Backend.JAVA ? "java" : "default", Threads.count());
        w.printf("Dense: %s%n", la.description());
        SuiteRunner runner = new SuiteRunner(new CatalogProblems(), new SolverRegistry(), null);
        double cold = Double.NaN;
        for (String p : problems) {
            w.printf(Locale.ROOT, "%n%-10s %4s %6s %8s %9s %14s %14s %14s %14s %9s  %s%n", "problem", "seed", "iter",
                    "set-up s", "solve s", "to 1e-4", "to 1e-6", "to 1e-8", "to 1e-10", "rel L2", "stop");
            List<Outcome> got = new ArrayList<>();
            for (long seed = range[0]; seed <= range[1]; seed++) {
                long t0 = System.nanoTime();
                if (Double.isNaN(cold)) {
                    cold = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
                }
                RunResult r = runner.run(new RunSpec(p.trim(), AnsatzKind.MLP, SolverId.SVEN, seed, budget));
                double setup = (System.nanoTime() - t0) * 1e-9 - r.seconds();
                Outcome o = Outcome.of(r, v);
                got.add(o);
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < Outcome.THRESHOLDS.length; j++) {
                    b.append(String.format(Locale.ROOT, " %14s", reach(o.reach()[j], o.reachIterations()[j])));
                }
                w.printf(Locale.ROOT, "%-10s %4d %6d %8.2f %9.2f%s %9.2e  %s%n", p.trim(), seed, o.iterations(),
                        setup, o.seconds(), b, o.relativeL2(), o.status());
                w.flush();
            }
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < Outcome.THRESHOLDS.length; j++) {
                final int k = j;
                double[] t = got.stream().mapToDouble(o -> o.reach()[k]).toArray();
                long reached = Arrays.stream(t).filter(x -> !Double.isNaN(x)).count();
                double med = median(t);
                b.append(String.format(Locale.ROOT, " %14s", Double.isNaN(med) ? reached + "/" + t.length + " reach"
                        : String.format(Locale.ROOT, "%.2f s", med)));
            }
            w.printf(Locale.ROOT, "%-10s %4s %6s %8s %9.2f%s%n", p.trim(), "med", "", "",
                    median(got.stream().mapToDouble(Outcome::seconds).toArray()), b);
        }
        w.printf(Locale.ROOT, "%ncold start (JVM start to the first run: JVM, class loading, native library load): "
                + "%.2f s; then the set-up column, and the JIT warms up inside seed 0's solve%n", cold);
        w.flush();
        return 0;
    }

    private static String reach(double seconds, int iteration) {
        return Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.2f s (%d)", seconds, iteration);
    }

    /** @return the median, where a run that never reached counts as +∞; NaN when half or more never reached */
    static double median(double[] values) {
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i])) {
                v[i] = Double.POSITIVE_INFINITY;
            }
        }
        Arrays.sort(v);
        int n = v.length;
        double m = n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
        return Double.isInfinite(m) ? Double.NaN : m;
    }
}
