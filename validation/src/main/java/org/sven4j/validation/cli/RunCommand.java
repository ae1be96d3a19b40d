package org.sven4j.validation.cli;

import org.sven4j.pde.catalog.AnsatzKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sven4j.validation.report.MachineInfo;
import org.sven4j.validation.report.ReportWriter;
import org.sven4j.validation.suite.CatalogProblems;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.RunSpec;
import org.sven4j.validation.suite.SolverId;
import org.sven4j.validation.suite.SolverRegistry;
import org.sven4j.validation.suite.Suite;
import org.sven4j.validation.suite.SuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sven4j run}: a suite (quick, standard, full) or a matrix of catalog problems × ansätze × solvers,
 * with a live progress line per run; writes results.csv, results.json, history.csv, report.md (+ plots/) and
 * report.html into {@code --out}. Ctrl-C interrupts the running solve and writes whatever finished.
 *
 * <p>Selection: the suite's runs, filtered by {@code --problems}, {@code --ansatz} and {@code --solvers}. A
 * requested problem × ansatz that the suite does not contain is added with the requested solvers (default:
 * all six), seed {@code --seed} and {@code --time-budget} (default {@value #DEFAULT_BUDGET} s).
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the validation suite (problems x ansaetze x solvers) and write the report.")
final class RunCommand implements Callable<Integer> {
    static final int DEFAULT_BUDGET = 30;

    @Spec
    private CommandSpec spec;

    @Option(names = "--suite", paramLabel = "NAME", defaultValue = "quick",
            description = "quick (default, < 2 min), standard (< 30 min) or full.")
    private String suite;

    @Option(names = "--problems", split = ",", paramLabel = "ID", description = "Only these catalog problems.")
    private List<String> problems;

    @Option(names = "--ansatz", split = ",", paramLabel = "KIND",
            description = "Only these ansaetze: mlp, chebyshev, legendre, fourier.")
    private List<String> ansatz;

    @Option(names = "--solvers", split = ",", paramLabel = "ID",
            description = "Only these solvers: sven, sven-lm, adam, lbfgs, adam-lbfgs, hipparchus-lm.")
    private List<String> solvers;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Base seed (initial parameters and random points); multi-seed rows use N, N+1, ...")
    private long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads: Java workers and the bundled OpenBLAS (sets -Dsven4j.threads).")
    private Integer threads;

    @Option(names = "--time-budget", paramLabel = "T",
            description = "Wall-clock budget per run, replacing the suite's (30, 30s, 500ms, 2m, PT30S).")
    private String timeBudget;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sven4j-results",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    private Path out = Paths.get("sven4j-results");

    @Override
    public Integer call() throws IOException, InterruptedException {
        System.setProperty("java.awt.headless", "true");
        if (threads != null) {
            if (threads < 1) {
                throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
            }
            System.setProperty(org.sven4j.linalg.Threads.PROPERTY, Integer.toString(threads));
        }
        List<RunSpec> specs = selection();
        if (specs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "the selection is empty: no run of suite " + suite
                    + " matches the --problems/--ansatz/--solvers filters");
        }
        PrintWriter err = spec.commandLine().getErr();
        CliArgs.outputDirectory(spec, out);
        PrintWriter w = spec.commandLine().getOut();
        SuiteRunner runner = new SuiteRunner(new CatalogProblems(), new SolverRegistry(),
                new ConsoleProgress(err, System.console() != null));
        String command = "sven4j run " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        err.printf(Locale.ROOT, "sven4j run: %d runs (suite %s), writing to %s%n", specs.size(), suite,
                out.toAbsolutePath().normalize());
        err.flush();
        try (InterruptGuard guard = new InterruptGuard(runner, err, "the finished runs")) {
            MachineInfo machine = MachineInfo.current(command);
            List<RunResult> finished = new ArrayList<>();
            List<RunResult> results = runner.runAll(specs, r -> {
                finished.add(r);
                try {
                    ReportWriter.writeData(finished, machine, out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot write the results to " + out, e);
                }
            });
            ReportWriter.write(results, machine, out);
            w.print(summary(results));
            w.println("wrote " + out.resolve(ReportWriter.REPORT_HTML).toAbsolutePath().normalize()
                    + (runner.isCancelled() ? " (interrupted: " + results.size() + " of " + specs.size() + " runs)" : ""));
            w.flush();
        }
        return 0;
    }

    /** @return the runs selected by the suite and the filters */
    List<RunSpec> selection() {
        Suite s;
        try {
            s = Suite.of(suite);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--suite: " + e.getMessage());
        }
        Set<String> ps = problems == null ? null : new LinkedHashSet<>(problems.stream().map(String::trim).toList());
        if (ps != null) {
            CliArgs.requireProblems(spec, ps);
        }
        Set<AnsatzKind> as = ansatz == null ? null : parse(ansatz, AnsatzKind::of, "--ansatz");
        Set<SolverId> ss = solvers == null ? null : parse(solvers, SolverId::of, "--solvers");
        Duration budget = timeBudget == null ? null : CliArgs.timeBudget(spec, timeBudget);
        List<RunSpec> chosen = new ArrayList<>();
        for (RunSpec r : s.specs(seed)) {
            if ((ps == null || ps.contains(r.problem())) && (as == null || as.contains(r.ansatz()))
                    && (ss == null || ss.contains(r.solver()))) {
                chosen.add(budget == null ? r : r.withBudget(budget));
            }
        }
        if (ps != null) {
            Set<AnsatzKind> kinds = as == null ? Set.of(AnsatzKind.MLP) : as;
            List<SolverId> ids = ss == null ? List.of(SolverId.values()) : List.copyOf(ss);
            Duration b = budget == null ? Duration.ofSeconds(DEFAULT_BUDGET) : budget;
            for (String p : ps) {
                for (AnsatzKind k : kinds) {
                    boolean present = chosen.stream().anyMatch(r -> r.problem().equals(p) && r.ansatz() == k);
                    if (!present) {
                        for (SolverId id : ids) {
                            chosen.add(new RunSpec(p, k, id, seed, b));
                        }
                    }
                }
            }
        }
        return chosen;
    }

    private <T> Set<T> parse(List<String> names, java.util.function.Function<String, T> f, String option) {
        Set<T> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n.isBlank()) {
                continue;
            }
            try {
                out.add(f.apply(n));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
            }
        }
        return out;
    }

    static String summary(List<RunResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-12s %-10s %-14s %5s %8s %7s %9s %10s  %s%n", "problem", "ansatz",
                "solver", "seed", "P", "iter", "seconds", "rel L2", "status"));
        for (RunResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-12s %-10s %-14s %5d %8d %7d %9.2f %10s  %s%n", r.spec().problem(),
                    r.spec().ansatz().id(), r.spec().solver().id(), r.spec().seed(), r.parameters(), r.iterations(),
                    r.seconds(), Double.isNaN(r.relativeL2()) ? "-" : String.format(Locale.ROOT, "%.2e",
                            r.relativeL2()), r.status()));
        }
        return sb.toString();
    }
}
