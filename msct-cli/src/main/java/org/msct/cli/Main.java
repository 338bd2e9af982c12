package org.msct.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.msct.cli.analyze.AnalyzeCommand;
import org.msct.cli.conventions.Cli;
import org.msct.cli.conventions.Version;
import org.msct.cli.score.ScoreCommand;
import org.msct.cli.screen.ScreenCommand;
import org.msct.cli.stats.DirectStats;
import org.msct.cli.stats.StatsCommand;
import org.msct.cli.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code msct} command. Exit codes: 0 ok, 1 software error, 2 usage error, 3 invalid input data. */
@Command(
        name = "msct",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "msct runs clinical trials of mesenchymal stem cell transplantation (MSCT) in lupus: statistics that"
                    + " match R to full double precision, lupus instruments, SDTM study bundles with validation,"
                    + " protocols and eligibility screening, endpoint derivations and reports.",
            ""
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 software error, 2 usage error, 3 invalid input data.",
            "Examples:",
            "  ./msct stats km --input examples/stats/aml.tte.csv --times 12,24 --tau 48",
            "  ./msct validate examples/bundle",
            "  ./msct analyze examples/bundle --out /tmp/analysis",
            "  ./msct <command> --help"
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The subcommands in help order; built only when used (see {@link Cli#addSubcommands}). */
    private static Map<String, Supplier<Object>> subcommands(String[] args) {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("stats", () -> StatsCommand.commandLine(args.length > 1 ? args[1] : null));
        m.put("score", ScoreCommand::new);
        m.put("screen", ScreenCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("analyze", AnalyzeCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /** The command line for {@code args}, with msct's conventions. */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) return Cli.configure(cl);
        // "help X" shows X's help, so it needs every command
        String first = args.length > 0 && !args[0].equals("help") ? args[0] : null;
        return Cli.configure(Cli.addSubcommands(cl, subcommands(args), first));
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code (used by tests in-process). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, true);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}; {@code direct = false} sends a stats command line through
     * picocli too (tests compare the two routes).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, boolean direct) {
        int code;
        try {
            OptionalInt fast = direct ? DirectStats.run(args, out, err) : OptionalInt.empty();
            code = fast.isPresent() ? fast.getAsInt() : picocli(args, out, err);
        } catch (OutOfMemoryError e) {
            // a bundle bigger than the heap: say what to do instead of a JVM stack trace
            err.println(
                    "msct: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                            + " MiB); run again with a bigger heap, e.g. MSCT_JAVA_OPTS=-Xmx16g ./msct "
                            + String.join(" ", args));
            code = Cli.EXIT_SOFTWARE;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int picocli(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
