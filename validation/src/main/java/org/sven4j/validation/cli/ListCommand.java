package org.sven4j.validation.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sven4j.pde.catalog.BenchmarkProblem;
import org.sven4j.pde.catalog.Catalog;
import org.sven4j.pde.catalog.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sven4j list}: the benchmark catalog, one block per entry with its domain, published anchor and
 * the project's accuracy targets.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the benchmark PDE catalog: id, description, domain, published anchor and targets.")
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (BenchmarkProblem p : Catalog.all()) {
            out.printf("%-12s %s%n", p.id(), p.description());
            out.printf("%-12s domain: %s  (inputs %s, outputs %s)%n", "", p.domain().describe(),
                    String.join(",", p.inputNames()), String.join(",", p.outputNames()));
            out.printf("%-12s anchor: %s%n", "", p.anchor());
            for (Target t : p.targets()) {
                out.printf("%-12s target: %s%n", "", t);
            }
        }
        out.flush();
        return 0;
    }
}
