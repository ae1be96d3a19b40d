package org.sven4j.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code sven4j bench-scale}: one row per case, the fitted slopes, and its bad input. */
class BenchScaleCommandTest {
    private final CliRun cli = new CliRun();

    @Test
    void printsARowPerCaseAndTheSlopes() {
        int code = cli.run("bench-scale", "--points", "200,400", "--widths", "8", "--k", "16");
        assertEquals(0, code, cli.err.toString());
        String o = cli.out.toString();
        // 2-8-8-1: P = 8² + 5·8 + 1 = 105
        assertTrue(o.lines().anyMatch(l -> l.matches("\\s+200\\s+105\\s+16\\s+16\\s.*")), o);
        assertTrue(o.lines().anyMatch(l -> l.matches("\\s+400\\s+105\\s+16\\s+16\\s.*")), o);
        assertTrue(o.contains("slope in N (P = 105, k = 16)"), o);
    }

    @Test
    void badInputIsNamed() {
        assertEquals(Sven4jCli.EXIT_USAGE, cli.run("bench-scale", "--iterations", "1"));
        assertTrue(cli.err.toString().contains("--iterations must be >= 2"), cli.err.toString());
        assertEquals(Sven4jCli.EXIT_USAGE, cli.run("bench-scale", "--k", "0"));
        assertTrue(cli.err.toString().contains("--k must be >= 1"), cli.err.toString());
    }
}
