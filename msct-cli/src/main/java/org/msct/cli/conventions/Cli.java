package org.msct.cli.conventions;

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
        CommandLine cl = new CommandLine(root);
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
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            var err = commandLine.getErr();
            if (ex instanceof InputDataException e) {
                err.println("msct: invalid input: " + e.getMessage());
                return EXIT_DATA;
            }
            if (ex instanceof UsageException e) {
                err.println("msct: " + e.getMessage());
                return EXIT_USAGE;
            }
            for (Throwable c = ex; c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError) throw (OutOfMemoryError) c; // Main explains it (a worker thread's)
            }
            err.println("msct: internal error: " + ex);
            if (System.getenv("MSCT_DEBUG") != null) ex.printStackTrace(err);
            else err.println("(set MSCT_DEBUG=1 to see the stack trace; please report it)");
            return EXIT_SOFTWARE;
        });
        return cl;
    }
}
