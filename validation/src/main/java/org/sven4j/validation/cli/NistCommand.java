package org.sven4j.validation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.validation.nist.NistBenchmark;
import org.sven4j.validation.nist.NistData;
import org.sven4j.validation.nist.NistReport;
import org.sven4j.validation.nist.NistRow;
import org.sven4j.validation.nist.NistSolvers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sven4j nist}: every NIST StRD dataset from both starts with every registered solver
 * ({@link NistSolvers#defaults()}); prints the LRE table and pass counts and writes {@code nist.csv}.
 */
@Command(name = "nist", mixinStandardHelpOptions = true,
        description = "Run the NIST StRD nonlinear regression suite; print the LRE table, write nist.csv.")
final class NistCommand implements Callable<Integer> {
    /** Name of the CSV file written into the output directory. */
    static final String CSV_FILE = "nist.csv";

    private final Supplier<List<LeastSquaresSolver>> solvers;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory with the NIST .dat files (default: -D" + NistData.DIRECTORY_PROPERTY
                    + ", else the first " + NistData.RELATIVE_PATH + " above the working directory).")
    private Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write " + CSV_FILE + " (default: current directory).")
    private Path out = Paths.get("");

    @Option(names = "--datasets", split = ",", paramLabel = "NAME",
            description = "Only these datasets (comma-separated, case-insensitive; default: all 25).")
    private List<String> datasets;

    @Option(names = "--solvers", split = ",", paramLabel = "NAME",
            description = "Only these of the registered solvers (comma-separated; default: all).")
    private List<String> solverNames;

    NistCommand(Supplier<List<LeastSquaresSolver>> solvers) {
        this.solvers = Objects.requireNonNull(solvers, "solvers");
    }

    @Override
    public Integer call() throws IOException {
        Path dir = dataDirectory();
        List<String> names = datasetNames();
        List<LeastSquaresSolver> chosen = chosenSolvers();
        List<NistRow> rows = NistBenchmark.run(dir, names, chosen);
        PrintWriter w = spec.commandLine().getOut();
        w.print(NistReport.table(rows));
        Files.createDirectories(out.toAbsolutePath());
        Path csv = out.resolve(CSV_FILE);
        NistReport.writeCsv(rows, csv);
        w.println("wrote " + csv.toAbsolutePath().normalize());
        w.flush();
        return 0;
    }

    private Path dataDirectory() {
        if (data == null) {
            return NistData.locate().orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "NIST data not found: pass --data DIR (or -D" + NistData.DIRECTORY_PROPERTY + "=DIR)"));
        }
        if (!Files.isDirectory(data)) {
            String hint = NistData.locate().map(found -> "; NIST data was found at " + found + ", omit --data to use it")
                    .orElse("");
            throw new ParameterException(spec.commandLine(), "--data " + data + " is not a directory" + hint);
        }
        return data;
    }

    private List<String> datasetNames() {
        if (datasets == null || datasets.isEmpty()) {
            return NistData.DATASETS;
        }
        List<String> names = new ArrayList<>();
        for (String d : datasets) {
            if (d.isBlank()) {
                continue;
            }
            try {
                names.add(NistData.canonicalName(d));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--datasets: " + e.getMessage());
            }
        }
        return names;
    }

    private List<LeastSquaresSolver> chosenSolvers() {
        List<LeastSquaresSolver> registered = solvers.get();
        if (registered.isEmpty()) {
            throw new IllegalStateException("no solvers registered for the NIST suite: add them in "
                    + NistSolvers.class.getName() + ".defaults()");
        }
        if (solverNames == null || solverNames.isEmpty()) {
            return registered;
        }
        List<LeastSquaresSolver> chosen = new ArrayList<>();
        for (String n : solverNames) {
            LeastSquaresSolver match = registered.stream().filter(s -> s.name().equals(n.trim())).findFirst()
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "--solvers: unknown solver '" + n
                            + "'; registered: " + String.join(",", registered.stream().map(LeastSquaresSolver::name).toList())));
            chosen.add(match);
        }
        return chosen;
    }
}
