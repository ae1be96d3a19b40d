package org.sven4j.validation.cli;

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
}
