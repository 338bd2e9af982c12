package org.msct.cli.conventions;

import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import org.msct.core.error.InputDataException;
import org.msct.core.error.UsageException;
import picocli.CommandLine;

/** Builds the picocli command line with msct's exit-code and error-message conventions. */
public final class Cli {
    public static final int EXIT_SOFTWARE = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_DATA = 3;

    private Cli() {}

    public static CommandLine commandLine(Object root) {
        return configure(new CommandLine(root));
    }

    /**
     * Adds subcommands to {@code parent}: only the one {@code word} names when it names one, else all of them (for
     * the parent's own help, {@code help} and the "did you mean" of a mistyped name). picocli builds each command's
     * model by reflection in the interpreter, ~10-20 ms per command; a one-shot {@code msct stats logrank} needs one
     * of them, not all thirteen (bench/run.sh: start-up was a quarter of its wall time).
     */
    public static CommandLine addSubcommands(CommandLine parent, Map<String, ? extends Supplier<?>> subs, String word) {
        Supplier<?> only = subs.get(word);
        if (only != null) {
            parent.addSubcommand(word, only.get());
        } else {
            subs.forEach((name, make) -> parent.addSubcommand(name, make.get()));
        }
        return parent;
    }

    /** Applies msct's conventions to {@code cl} and every subcommand it has now (add them first). */
    public static CommandLine configure(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("msct: " + ex.getMessage());
            ex.getCommandLine()
                    .getErr()
                    .println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                            + " --help' for more information.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> exitCode(ex, commandLine.getErr()));
        return cl;
    }

    /**
     * Words what a command threw on {@code err} and returns the exit code: invalid input data 3, usage 2, anything
     * else 1 with a hint to report it. An out-of-memory error, also one wrapped by a worker thread, is rethrown (Main
     * explains it).
     */
    public static int exitCode(Exception ex, PrintWriter err) {
        if (ex instanceof InputDataException e) {
            err.println("msct: invalid input: " + e.getMessage());
            return EXIT_DATA;
        }
        if (ex instanceof UsageException e) {
            err.println("msct: " + e.getMessage());
            return EXIT_USAGE;
        }
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) throw (OutOfMemoryError) c;
        }
        err.println("msct: internal error: " + ex);
        if (System.getenv("MSCT_DEBUG") != null) ex.printStackTrace(err);
        else err.println("(set MSCT_DEBUG=1 to see the stack trace; please report it)");
        return EXIT_SOFTWARE;
    }
}
