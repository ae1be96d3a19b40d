package org.sven4j.validation.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sven4j bench [JMH args...]}: hands every argument unchanged to {@code org.openjdk.jmh.Main}
 * (so {@code sven4j bench -l} lists the benchmarks and {@code sven4j bench -h} shows JMH's help).
 * JMH itself ends the JVM with status 1 when its arguments are invalid or no benchmark matches.
 */
@Command(name = "bench", description = "Run the JMH benchmarks; all arguments go to JMH (try: bench -h, bench -l).")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "JMH_ARG", description = "Arguments for org.openjdk.jmh.Main.")
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        org.openjdk.jmh.Main.main(args.toArray(new String[0]));
        return 0;
    }
}
