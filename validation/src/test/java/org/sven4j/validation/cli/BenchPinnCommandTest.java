package org.sven4j.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code sven4j bench-pinn}: per-seed times to accuracy, medians, the cold start, and its bad input. */
class BenchPinnCommandTest {
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void printsARowPerSeedTheMedianAndTheColdStart() {
        int code = run("bench-pinn", "--problems", "poisson2d", "--seeds", "0", "--time-budget", "1s");
        assertEquals(0, code, err.toString());
        String o = out.toString();
        assertTrue(o.contains("to 1e-8") && o.contains("set-up s"), o);
        assertTrue(o.lines().anyMatch(l -> l.startsWith("poisson2d     0 ")), o);
        assertTrue(o.lines().anyMatch(l -> l.startsWith("poisson2d   med")), o);
        assertTrue(o.contains("cold start"), o);
    }

    @Test
    void badInputIsNamed() {
        assertEquals(Sven4jCli.EXIT_USAGE, run("bench-pinn", "--seeds", "4-2"));
        assertTrue(err.toString().contains("--seeds: '4-2' is not a seed or a range A-B"), err.toString());
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
