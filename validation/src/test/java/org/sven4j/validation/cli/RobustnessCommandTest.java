package org.sven4j.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sven4j robustness}: a worker JVM per variant, and the tables it writes. */
class RobustnessCommandTest {
    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void runsEachVariantInAJvmOfItsOwnAndWritesTheTables(@TempDir Path tmp) throws Exception {
        int code = run("robustness", "--problems", "poisson2d", "--seeds", "0", "--variants", "java/1",
                "--time-budget", "1s", "--out", tmp.toString());
        assertEquals(0, code, err.toString());
        List<String> csv = Files.readAllLines(tmp.resolve("robustness.csv"));
        assertEquals(2, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(1).startsWith("poisson2d,java,1,0,"), csv.get(1));
        String md = Files.readString(tmp.resolve("robustness.md"));
        assertTrue(md.contains("| poisson2d | java/1t | 0 |"), md);
        assertTrue(md.contains("sven4j.jar robustness --problems poisson2d --seeds 0 --variants java/1"), md);
        assertTrue(out.toString().contains("| poisson2d | 1 |"), out.toString());

        // --resume keeps the run already in robustness.csv and starts no worker for it.
        err.getBuffer().setLength(0);
        assertEquals(0, run("robustness", "--problems", "poisson2d", "--seeds", "0", "--variants", "java/1",
                "--time-budget", "1s", "--out", tmp.toString(), "--resume"), err.toString());
        assertTrue(!err.toString().contains("variant java/1t"), err.toString());
        assertEquals(csv, Files.readAllLines(tmp.resolve("robustness.csv")));
    }

    @Test
    void badOptionsAreRefusedBeforeAnyWork(@TempDir Path tmp) {
        assertEquals(Sven4jCli.EXIT_USAGE, run("robustness", "--seeds", "5-2", "--out", tmp.toString()));
        assertTrue(err.toString().contains("--seeds"), err.toString());
        assertEquals(Sven4jCli.EXIT_USAGE, run("robustness", "--variants", "Pentium/1", "--out", tmp.toString()));
        assertEquals(Sven4jCli.EXIT_USAGE, run("robustness", "--problems", "nosuch", "--out", tmp.toString()));
    }
}
