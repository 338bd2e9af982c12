package org.msct.cli.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.msct.cli.conventions.Cli;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Statistics with R-compatible JSON output: one object on stdout, every double at full precision,"
                    + " NA, NaN, Inf and 'not reached' as null. Each method takes the options of the matching R"
                    + " oracle script in shared/oracles and reproduces R's survival/stats results.",
            "",
            "Inputs:",
            "  TTE CSV  : subject_id,arm,time,status[,tstart][,strata][,numeric covariates]",
            "             status 0 = censored, 1 = event (cif: 1..K = cause); tstart gives (start, stop] rows.",
            "  long CSV : subject_id,arm,visit,day,param,value   (visit 0 = baseline; empty value = missing)",
            "Arms are ordered in C-locale byte order; the first is the reference unless --ref-arm is given.",
            "",
            "Run 'msct stats <method> --help' for a method's options.",
            ""
        },
        footer = {"", "Exit codes: 0 success, 2 usage error, 3 invalid input data (file, row and column named)."})
public final class StatsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** The methods in help order, each made fresh on request. */
    static Map<String, Supplier<StatsMethod>> methods() {
        Map<String, Supplier<StatsMethod>> m = new LinkedHashMap<>();
        m.put("km", KmCommand::new);
        m.put("logrank", LogRankCommand::new);
        m.put("cox", CoxCommand::new);
        m.put("cif", CifCommand::new);
        m.put("paired", PairedCommand::new);
        m.put("binom", BinomCommand::new);
        m.put("mcnemar", McNemarCommand::new);
        return m;
    }

    /** {@code msct stats} with the method {@code word} names, or every method when it names none. */
    public static CommandLine commandLine(String word) {
        return Cli.addSubcommands(new CommandLine(new StatsCommand()), methods(), word);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
