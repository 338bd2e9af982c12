package org.msct.cli.stats;

import java.io.PrintWriter;
import org.msct.stats.data.LongReader;
import org.msct.stats.proportion.McNemarReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "mcnemar",
        mixinStandardHelpOptions = true,
        description = {
            "McNemar test for paired 0/1 data at two visits, per arm and pooled: the 2x2 cells, chi-square with and without continuity correction, exact conditional p and mid-p, and the paired difference in proportions with its Wald CI."
        })
final class McNemarCommand extends StatsMethod {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    VisitPairOptions pair = new VisitPairOptions();

    @Override
    void options(DirectOptions o) {
        common.options(o);
        pair.options(o);
    }

    @Override
    void execute(PrintWriter out) {
        var d = LongReader.read(common.requireInput());
        common.emit(
                out,
                "mcnemar",
                pair.args(),
                McNemarReport.results(d, pair.param, pair.paramAtB(), pair.visitA, pair.visitB));
    }
}
