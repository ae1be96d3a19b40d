package org.sven4j.validation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sven4j.pde.catalog.Catalog;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Option values shared by several subcommands, checked once with a usage error naming the option. */
final class CliArgs {
    private CliArgs() {
    }

    /** @throws ParameterException naming the first id that is not a catalog problem */
    static void requireProblems(CommandSpec spec, Iterable<String> ids) {
        for (String p : ids) {
            if (!Catalog.ids().contains(p.trim())) {
                throw new ParameterException(spec.commandLine(), "--problems: unknown problem '" + p + "'; known: "
                        + String.join(", ", Catalog.ids()));
            }
        }
    }

    /** @return {@code --time-budget} parsed by {@link Budgets#parse} */
    static Duration timeBudget(CommandSpec spec, String value) {
        try {
            return Budgets.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--time-budget: " + e.getMessage());
        }
    }

    /** @return {@code --seeds} "A-B" or "A" as {A, B} with 0 ≤ A ≤ B */
    static long[] seedRange(CommandSpec spec, String value) {
        String s = value.trim();
        try {
            int dash = s.indexOf('-', 1);
            long a = Long.parseLong(dash < 0 ? s : s.substring(0, dash).trim());
            long b = dash < 0 ? a : Long.parseLong(s.substring(dash + 1).trim());
            if (a < 0 || b < a) {
                throw new NumberFormatException();
            }
            return new long[] {a, b};
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--seeds: '" + value
                    + "' is not a seed or a range A-B with 0 <= A <= B");
        }
    }

    /**
     * Checks {@code --out} before any work starts: creates the directory (and its parents) if needed and makes sure
     * files can be written into it.
     *
     * @throws ParameterException naming the path when it is a file, cannot be created, or is not writable
     */
    static Path outputDirectory(CommandSpec spec, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "--out: " + dir + " exists and is not a directory");
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".sven4j-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new ParameterException(spec.commandLine(), "--out: cannot write into " + dir.toAbsolutePath().normalize()
                    + " (" + e + ")");
        }
        return dir;
    }

    /** @return an optional integer option checked to be at least {@code min}, or {@code unset} when it was not given */
    static int atLeast(CommandSpec spec, String option, Integer value, int min, int unset) {
        if (value == null) {
            return unset;
        }
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /**
     * @return an optional real option checked to be finite and in [lo, hi) (hi exclusive; {@code loOpen} makes lo
     *         exclusive too), or NaN when it was not given
     */
    static double inRange(CommandSpec spec, String option, Double value, double lo, boolean loOpen, double hi) {
        if (value == null) {
            return Double.NaN;
        }
        boolean ok = Double.isFinite(value) && (loOpen ? value > lo : value >= lo) && value < hi;
        if (!ok) {
            throw new ParameterException(spec.commandLine(), option + " must be finite and in " + (loOpen ? "(" : "[")
                    + lo + ", " + hi + "), got " + value);
        }
        return value;
    }
}
