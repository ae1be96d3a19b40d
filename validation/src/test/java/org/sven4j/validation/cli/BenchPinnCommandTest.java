package org.sven4j.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sven4j.validation.nist.NistSolvers;

/** {@code sven4j bench-pinn}: per-seed times to accuracy, medians, the cold start, and its bad input. */
class BenchPinnCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        picocli.CommandLine cl = Sven4jCli.commandLine(NistSolvers::defaults);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void printsARowPerSeedTheMedianAndTheColdStart() {
        int code = run("bench-pinn", "--problems", "poisson2d", "--seeds", "1", "--time-budget", "1s");
        assertEquals(0, code, err.toString());
        String o = out.toString();
        assertTrue(o.contains("to 1e-8") && o.contains("set-up s"), o);
        assertTrue(o.lines().anyMatch(l -> l.startsWith("poisson2d     0 ")), o);
        assertTrue(o.lines().anyMatch(l -> l.startsWith("poisson2d   med")), o);
        assertTrue(o.contains("cold start"), o);
    }

    @Test
    void badInputIsNamed() {
        assertEquals(Sven4jCli.EXIT_USAGE, run("bench-pinn", "--seeds", "0"));
        assertTrue(err.toString().contains("--seeds must be >= 1"), err.toString());
        assertEquals(Sven4jCli.EXIT_USAGE, run("bench-pinn", "--problems", "nosuch"));
        assertTrue(err.toString().contains("unknown problem 'nosuch'"), err.toString());
    }

    @Test
    void theMedianCountsRunsThatNeverReachedAsInfinite() {
        assertEquals(2.0, BenchPinnCommand.median(new double[] {3, 1, 2}));
        assertEquals(2.5, BenchPinnCommand.median(new double[] {Double.NaN, 1, 2, 3}));
        assertTrue(Double.isNaN(BenchPinnCommand.median(new double[] {Double.NaN, Double.NaN, 1})));
    }
}
