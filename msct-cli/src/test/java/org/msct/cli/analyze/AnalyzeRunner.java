package org.msct.cli.analyze;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.msct.cli.conventions.Cli;
import picocli.CommandLine;

/** Runs {@code analyze} in-process (the command is registered in Main by the lead; tests use it directly). */
final class AnalyzeRunner {
    private AnalyzeRunner() {}

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new AnalyzeCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
