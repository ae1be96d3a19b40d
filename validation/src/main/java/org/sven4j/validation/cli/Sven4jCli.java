package org.sven4j.validation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sven4j.lsq.LeastSquaresSolver;
import org.sven4j.validation.nist.NistSolvers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code sven4j} command line: {@code info}, {@code list}, {@code nist}, {@code run}, {@code solve},
 * {@code robustness}, {@code bench}. Exit codes: 0 on
 * success, 2 on bad usage, 1 on failure. Errors are printed as one line on stderr; {@code --verbose}
 * adds the stack trace.
 */
@Command(name = "sven4j", mixinStandardHelpOptions = true, versionProvider = Sven4jVersion.class,
        description = "Sven (Singular Value dEsceNt) least-squares solver: validation and benchmarks.",
        subcommands = CommandLine.HelpCommand.class)
public final class Sven4jCli implements Callable<Integer> {

    /** Exit code for bad usage (unknown option, missing or invalid argument). */
    public static final int EXIT_USAGE = 2;
    /** Exit code for a failure while running a command. */
    public static final int EXIT_FAILURE = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean verbose;

    public static void main(String[] args) {
        quietLibraryLogging(java.util.Arrays.asList(args).contains("--verbose"));
        System.exit(commandLine(NistSolvers::defaults).execute(args));
    }

    /**
     * netlib and the back-end choice log at INFO on first use; the CLI prints the back-end in
     * {@code info} instead, so those lines are shown only with {@code --verbose}.
     */
    static void quietLibraryLogging(boolean verbose) {
        java.util.logging.Level level = verbose ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING;
        for (java.util.logging.Logger logger : LIBRARY_LOGGERS) {
            logger.setLevel(level);
        }
    }

    /** Held strongly: java.util.logging forgets the level of a logger that is garbage collected. */
    private static final java.util.logging.Logger[] LIBRARY_LOGGERS = {
        java.util.logging.Logger.getLogger("dev.ludovic.netlib"), java.util.logging.Logger.getLogger("org.sven4j")};

    /**
     * @param nistSolvers the solvers the {@code nist} command compares, asked for when it runs
     * @return the configured command line, with exit codes and error handling set
     */
    public static CommandLine commandLine(Supplier<List<LeastSquaresSolver>> nistSolvers) {
        CommandLine cl = new CommandLine(new Sven4jCli());
        cl.addSubcommand(new InfoCommand());
        cl.addSubcommand(new ListCommand());
        cl.addSubcommand(new NistCommand(nistSolvers));
        cl.addSubcommand(new RunCommand());
        cl.addSubcommand(new SolveCommand());
        cl.addSubcommand(new RobustnessCommand());
        cl.addSubcommand(new BenchPinnCommand());
        cl.addSubcommand(new BenchScaleCommand());
        CommandLine bench = new CommandLine(new BenchCommand());
        bench.setUnmatchedOptionsArePositionalParams(true);
        cl.addSubcommand("bench", bench);
        cl.setParameterExceptionHandler(Sven4jCli::usageError);
        cl.setExecutionExceptionHandler(Sven4jCli::failure);
        return cl;
    }

    /** Without a subcommand: the usage on stderr and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_USAGE;
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        cl.getErr().println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
        return EXIT_USAGE;
    }

    private static int failure(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String message = ex.getMessage() == null || ex.getMessage().isBlank()
                ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println(cl.getCommandSpec().qualifiedName() + ": error: " + message.lines().findFirst().orElse(message));
        if (isVerbose(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return EXIT_FAILURE;
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
