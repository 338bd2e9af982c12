package org.msct.cli.stats;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msct.stats.data.TteReader;
import org.msct.stats.survival.logrank.LogRankReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "logrank",
        mixinStandardHelpOptions = true,
        description = {
            "Log-rank (rho = 0) and Peto-Peto (rho = 1, Harrington-Fleming G1 with the left-continuous KM) tests across arms, as R's survdiff: observed, expected, variance matrix of O - E, chi-square, df, p; z for the first arm when there are two arms. --strata-col gives the stratified test."
        })
final class LogRankCommand extends StatsMethod {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--strata-col", paramLabel = "COL", description = "Column whose values define strata.")
    String strataCol;

    @Override
    void options(DirectOptions o) {
        common.options(o);
        o.text("--strata-col", v -> strataCol = v);
    }

    @Override
    void execute(PrintWriter out) {
        var d = TteReader.read(common.requireInput(), 1, strataCol, List.of(), false);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("strata_col", strataCol);
        common.emit(out, "logrank", args, LogRankReport.results(d));
    }
}
