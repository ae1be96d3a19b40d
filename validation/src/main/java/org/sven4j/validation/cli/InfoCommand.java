package org.sven4j.validation.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.Threads;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sven4j info}: versions, platform, dense back-end and thread setting. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print the Sven4j and Java versions, platform, dense linear-algebra back-end and threads.")
final class InfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Sven4j      %s%n", Sven4jVersion.version());
        out.printf("Java        %s (%s, %s)%n", System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.vm.name"));
        out.printf("OS          %s %s (%s)%n", System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));
        out.printf("Processors  %d%n", Runtime.getRuntime().availableProcessors());
        out.printf("Dense       %s%n", LinearAlgebra.get().description());
        out.printf("Chosen by   %s%n", LinearAlgebra.choice());
        String source = System.getProperty(Threads.PROPERTY) != null ? "system property " + Threads.PROPERTY
                : "available processors";
        out.printf("Threads     %d (%s)%n", Threads.count(), source);
        long heap = Runtime.getRuntime().maxMemory();
        out.printf(java.util.Locale.ROOT, "Heap        %.2f GiB maximum (-Xmx)%n", heap / (double) (1L << 30));
        double auto = org.sven4j.physics.assembly.JacobianStorage.AUTO_HEAP_SHARE;
        out.printf(java.util.Locale.ROOT, "Jacobian    dense while 8·N·P bytes ≤ %.3g·heap (N·P ≤ %.3g), else streamed"
                + " (PhysicsSystem, JacobianStorage.AUTO); Sven refuses a dense J above %.3g·heap%n", auto,
                auto * heap / 8.0, org.sven4j.sven.SvenOptions.DEFAULT_DENSE_JACOBIAN_HEAP_SHARE);
        out.printf(java.util.Locale.ROOT, "SVD         auto: exact for a dense J at full rank (Gram when N ≥ 4P or P ≥ 4N"
                + " and rtol ≥ %.0e); warm-started subspace iteration for a streamed J (k ≤ %d unless set) or"
                + " k ≤ min(N, P)/4%n", org.sven4j.svd.GramSvd.RELIABLE_RATIO, org.sven4j.svd.AutoSvd.MATRIX_FREE_RANK);
        out.flush();
        return 0;
    }
}
