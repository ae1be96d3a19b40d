package org.sven4j.validation.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sven4j.lsq.Phase;
import org.sven4j.pde.catalog.AnsatzKind;
import org.sven4j.pde.catalog.BenchmarkProblem;
import org.sven4j.pde.catalog.Catalog;
import org.sven4j.pde.catalog.ConditionSpec;
import org.sven4j.sven.StepControl;
import org.sven4j.validation.report.MachineInfo;
import org.sven4j.validation.report.ReportWriter;
import org.sven4j.validation.suite.AnsatzSizes;
import org.sven4j.validation.suite.CatalogProblems;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.RunSpec;
import org.sven4j.validation.suite.SolverId;
import org.sven4j.validation.suite.SolverRegistry;
import org.sven4j.validation.suite.SuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sven4j solve PROBLEM}: one catalog problem with one ansatz and one solver, with overrides of the
 * ansatz size, collocation points and Sven settings; prints the result, writes the one-run report and
 * {@value #PARAMETERS_FILE} (the trained parameters with the errors) into {@code --out}.
 */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Solve one catalog problem with overrides and save the trained parameters.")
final class SolveCommand implements Callable<Integer> {
    static final String PARAMETERS_FILE = "parameters.json";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "A catalog id (see 'sven4j list').")
    private String problem;

    @Option(names = "--ansatz", defaultValue = "mlp", description = "mlp, chebyshev, legendre or fourier (default: ${DEFAULT-VALUE}).")
    private String ansatz;

    @Option(names = "--solver", defaultValue = "sven", description = "sven, sven-lm, adam, lbfgs, adam-lbfgs or hipparchus-lm (default: ${DEFAULT-VALUE}).")
    private String solver;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of θ₀ and random points (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--time-budget", defaultValue = "60s", paramLabel = "T", description = "Wall-clock budget (default: ${DEFAULT-VALUE}).")
    private String timeBudget;

    @Option(names = "--hidden", split = ",", paramLabel = "W", description = "MLP hidden widths, e.g. 64 or 32,32.")
    private int[] hidden;

    @Option(names = "--degree", paramLabel = "N", description = "Spectral degree on every axis (Fourier: highest frequency).")
    private Integer degree;

    @Option(names = "--points", paramLabel = "N",
            description = "About N collocation points in all (random conditions scaled; grids keep their size).")
    private Integer points;

    @Option(names = "--k", paramLabel = "K", description = "Sven: keep at most K singular triplets.")
    private Integer rank;

    @Option(names = "--rtol", paramLabel = "R", description = "Sven: drop σ ≤ R·σ₁ (default 1e-10 for MLPs, 1e-12 for spectral ansätze).")
    private Double rtol;

    @Option(names = "--damping", paramLabel = "TAU", description = "sven-lm: λ₀ = TAU·σ₁².")
    private Double damping;

    @Option(names = "--step-control", paramLabel = "C",
            description = "sven: line-search, trust-region, levenberg-marquardt or fixed (default: per problem).")
    private String stepControl;

    @Option(names = "--svd", paramLabel = "B",
            description = "Sven: truncated-SVD back-end auto, exact, qr or subspace (warm-started; default auto).")
    private String svd;

    @Option(names = "--lr", paramLabel = "ETA", description = "Adam: initial learning rate.")
    private Double learningRate;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: sven4j-solve-PROBLEM).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        BenchmarkProblem p;
        AnsatzKind kind;
        SolverId id;
        Duration budget;
        SolverRegistry.Overrides overrides;
        AnsatzSizes sizes;
        try {
            p = Catalog.get(problem);
            kind = AnsatzKind.of(ansatz);
            id = SolverId.of(solver);
            budget = Budgets.parse(timeBudget);
            StepControl control = stepControl == null ? null
                    : StepControl.valueOf(stepControl.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            int k = CliArgs.atLeast(spec, "--k", rank, 1, 0);
            int deg = CliArgs.atLeast(spec, "--degree", degree, 1, 0);
            int pts = CliArgs.atLeast(spec, "--points", points, 1, 0);
            double rt = CliArgs.inRange(spec, "--rtol", rtol, 0, false, 1);
            double tau = CliArgs.inRange(spec, "--damping", damping, 0, true, Double.MAX_VALUE);
            double lr = CliArgs.inRange(spec, "--lr", learningRate, 0, true, Double.MAX_VALUE);
            overrides = new SolverRegistry.Overrides(k, rt, tau, control, lr, svd);
            int suggested = p.conditions().stream().mapToInt(ConditionSpec::points).sum();
            sizes = new AnsatzSizes(hidden, deg, pts > 0 ? (double) pts / suggested : 1.0);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = CliArgs.outputDirectory(spec, out != null ? out : Path.of("sven4j-solve-" + problem));
        PrintWriter w = spec.commandLine().getOut();
        SuiteRunner runner = new SuiteRunner(new CatalogProblems(sizes), new SolverRegistry(overrides),
                new ConsoleProgress(spec.commandLine().getErr(), System.console() != null));
        try (InterruptGuard guard = new InterruptGuard(runner, spec.commandLine().getErr(),
                "the best parameters and the report")) {
            List<RunResult> results = runner.runAll(List.of(new RunSpec(problem, kind, id, seed, budget)), null);
            RunResult r = results.get(0);
            if (!r.ran()) {
                throw new IllegalArgumentException(problem + "/" + kind + "/" + id + ": " + r.status());
            }
            String command = "sven4j solve " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
            writeParameters(r, dir.resolve(PARAMETERS_FILE));
            ReportWriter.write(results, MachineInfo.current(command), dir);
            w.print(RunCommand.summary(results));
            w.println("settings: " + r.settings() + "; " + r.message());
            w.printf(Locale.ROOT, "per iteration: evaluation %.1f ms, decomposition %.1f ms, update and trials %.1f ms"
                    + " (%s)%n", r.millisPerIteration(Phase.EVALUATION),
                    r.millisPerIteration(Phase.DECOMPOSITION), r.millisPerIteration(Phase.UPDATE),
                    org.sven4j.linalg.LinearAlgebra.get().description());
            w.println("wrote " + dir.resolve(PARAMETERS_FILE).toAbsolutePath().normalize() + " and the report");
            w.flush();
        }
        return 0;
    }

    static void writeParameters(RunResult r, Path file) throws IOException {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = om.createObjectNode();
        o.put("problem", r.spec().problem());
        o.put("ansatz", r.spec().ansatz().id());
        o.put("solver", r.spec().solver().id());
        o.put("seed", r.spec().seed());
        o.put("settings", r.settings());
        o.put("iterations", r.iterations());
        o.put("seconds", r.seconds());
        o.put("rel_l2", r.relativeL2());
        o.put("max_abs_error", r.maxAbsError());
        o.put("status", r.status());
        ArrayNode a = o.putArray("parameters");
        for (double v : r.finalParameters()) {
            a.add(v);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        om.writeValue(file.toFile(), o);
    }
}
