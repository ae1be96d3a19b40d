package org.sven4j.validation.cli;

import org.sven4j.pde.catalog.AnsatzKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sven4j.validation.robustness.Outcome;
import org.sven4j.validation.robustness.RobustnessReport;
import org.sven4j.validation.robustness.Variant;
import org.sven4j.validation.suite.CatalogProblems;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.RunSpec;
import org.sven4j.validation.suite.SolverId;
import org.sven4j.validation.suite.SolverRegistry;
import org.sven4j.validation.suite.SuiteRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sven4j robustness}: the suite's Sven (2-64-1 MLP, the suite's settings) on each problem and seed under
 * every numerical {@link Variant}: OpenBLAS kernels forced by {@code OPENBLAS_CORETYPE}, thread counts, and the
 * pure-Java back-end. Each variant runs in a child JVM started from this one's class path with the variant's
 * environment; the parent gathers the outcomes and writes robustness.md and robustness.csv into {@code --out}
 * after every variant.
 */
@Command(name = "robustness", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run Sven on problems x seeds under several BLAS kernels, thread counts and back-ends.")
final class RobustnessCommand implements Callable<Integer> {
    /** Prefix of the outcome lines a worker prints on stdout. */
    static final String OUTCOME = "OUTCOME\t";

    @Spec
    private CommandSpec spec;

    @Option(names = "--problems", split = ",", paramLabel = "ID", defaultValue = "poisson2d,heat1d",
            description = "Catalog problems, solved with their MLP (default: ${DEFAULT-VALUE}).")
    private List<String> problems;

    @Option(names = "--seeds", paramLabel = "A-B", defaultValue = "0-9",
            description = "Seeds, as a range A-B or one seed (default: ${DEFAULT-VALUE}).")
    private String seeds;

    @Option(names = "--variants", split = ",", paramLabel = "KERNEL/T",
            description = "Variants, e.g. Haswell/1,java/2 (default: Sandybridge, Haswell, Zen and, with AVX-512,"
                    + " SkylakeX, each with 1 and 2 threads, then java/2).")
    private List<String> variants;

    @Option(names = "--time-budget", paramLabel = "T", defaultValue = "120s",
            description = "Safety cap per run (default: ${DEFAULT-VALUE}); runs end on the solver's own tests.")
    private String timeBudget;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sven4j-robustness",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    private Path out = Paths.get("sven4j-robustness");

    @Option(names = "--resume", description = "Keep the runs already in DIR/robustness.csv (same problems, seeds"
            + " and variants) and run only the missing ones.")
    private boolean resume;

    @Option(names = "--worker", hidden = true, paramLabel = "KERNEL/T",
            description = "Internal: run the selection in this JVM as the given variant and print outcome lines.")
    private String worker;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CliArgs.requireProblems(spec, problems);
        long[] range = CliArgs.seedRange(spec, seeds);
        Duration budget = CliArgs.timeBudget(spec, timeBudget);
        if (worker != null) {
            return work(parseVariant(worker), range, budget);
        }
        List<Variant> vs = new ArrayList<>();
        if (variants == null) {
            vs.addAll(Variant.protocol(hasAvx512(), List.of(1, 2)));
        } else {
            for (String v : variants) {
                vs.add(parseVariant(v));
            }
        }
        Files.createDirectories(out);
        PrintWriter err = spec.commandLine().getErr();
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.get(0).equals(spec.name())) {
            args.remove(0); // the parse result of a subcommand starts with the subcommand's own name
        }
        String command = "java -jar validation/target/sven4j.jar robustness " + String.join(" ", args);
        String machine = machine();
        List<Outcome> earlier = new ArrayList<>();
        Path csv = out.resolve("robustness.csv");
        if (resume && Files.exists(csv)) {
            try {
                earlier.addAll(RobustnessReport.parseCsv(Files.readString(csv)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--resume: " + csv + ": " + e.getMessage());
            }
        }
        List<Outcome> all = new ArrayList<>();
        for (Variant v : vs) {
            for (String p : problems) {
                List<Outcome> kept = new ArrayList<>();
                long lo = Long.MAX_VALUE;
                long hi = Long.MIN_VALUE;
                for (long seed = range[0]; seed <= range[1]; seed++) {
                    Outcome o = find(earlier, p.trim(), v, seed);
                    if (o != null) {
                        kept.add(o);
                    } else {
                        lo = Math.min(lo, seed);
                        hi = Math.max(hi, seed);
                    }
                }
                if (lo <= hi) {
                    err.printf(Locale.ROOT, "variant %s: %s, seeds %d-%d%s%n", v.label(), p.trim(), lo, hi,
                            kept.isEmpty() ? "" : " (" + kept.size() + " runs kept from " + csv + ")");
                    err.flush();
                    final long from = lo;
                    final long to = hi;
                    kept.removeIf(o -> o.seed() >= from && o.seed() <= to);
                    kept.addAll(runChild(v, p.trim(), budget, new long[] {lo, hi}, err));
                    kept.sort(java.util.Comparator.comparingLong(Outcome::seed));
                }
                all.addAll(kept);
                Files.writeString(out.resolve("robustness.md"), RobustnessReport.markdown(all, command, machine));
                Files.writeString(csv, RobustnessReport.csv(all));
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(RobustnessReport.summary(all));
        w.println("wrote " + out.resolve("robustness.md").toAbsolutePath().normalize());
        w.flush();
        return 0;
    }

    private Variant parseVariant(String v) {
        try {
            return Variant.parse(v);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--variants: " + e.getMessage());
        }
    }

    /** Runs the selection in this JVM and prints one outcome line per run. */
    private int work(Variant v, long[] range, Duration budget) {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SuiteRunner runner = new SuiteRunner(new CatalogProblems(), new SolverRegistry(), null);
        for (String p : problems) {
            for (long seed = range[0]; seed <= range[1]; seed++) {
                RunResult r = runner.run(new RunSpec(p.trim(), AnsatzKind.MLP, SolverId.SVEN, seed, budget));
                Outcome o = Outcome.of(r, v);
                w.println(OUTCOME + o.toLine());
                w.flush();
                err.printf(Locale.ROOT, "  %-10s %-14s s%-2d %5d it %7.2f s  rel L2 %.2e  %s%n", p, v.label(), seed,
                        o.iterations(), o.seconds(), o.relativeL2(), o.status());
                err.flush();
            }
        }
        return 0;
    }

    private static Outcome find(List<Outcome> outcomes, String problem, Variant v, long seed) {
        for (Outcome o : outcomes) {
            if (o.problem().equals(problem) && o.variant().equals(v) && o.seed() == seed) {
                return o;
            }
        }
        return null;
    }

    private List<Outcome> runChild(Variant v, String problem, Duration budget, long[] range, PrintWriter err)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(v.jvmOptions());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Sven4jCli.class.getName());
        cmd.add("robustness");
        cmd.add("--worker=" + v.kernel() + "/" + v.threads());
        cmd.add("--problems=" + problem);
        cmd.add("--seeds=" + range[0] + "-" + range[1]);
        cmd.add("--time-budget=" + budget.toMillis() + "ms");
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(v.environment());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process proc = pb.start();
        List<Outcome> got = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(OUTCOME)) {
                    got.add(Outcome.parse(line.substring(OUTCOME.length())));
                }
            }
        } finally {
            int code = proc.waitFor();
            if (code != 0) {
                err.printf(Locale.ROOT, "variant %s: worker JVM exited with %d after %d runs%n", v.label(), code,
                        got.size());
                err.flush();
            }
        }
        return got;
    }

    static boolean hasAvx512() {
        try {
            return Files.readAllLines(Paths.get("/proc/cpuinfo")).stream()
                    .anyMatch(l -> l.startsWith("flags") && l.contains(" avx512f"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Paths.get("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the placeholder
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.version") + (hasAvx512() ? ", AVX-512" : "");
    }
}
