package org.sven4j.validation.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.validation.nist.NistSolvers;

/** Runs the {@code sven4j} command line in this JVM and keeps what it printed on stdout and stderr. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** @return the exit code of {@code sven4j args…} with the default NIST solvers */
    int run(String... args) {
        return run(NistSolvers::defaults, args);
    }

    /** @return the exit code of {@code sven4j args…} with the given NIST solvers */
    int run(Supplier<List<LeastSquaresSolver>> solvers, String... args) {
        picocli.CommandLine cl = Sven4jCli.commandLine(solvers);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
