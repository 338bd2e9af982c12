package org.msct.cli.stats;

import org.msct.stats.data.LongReader;
import org.msct.stats.proportion.McNemarReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "mcnemar",
        mixinStandardHelpOptions = true,
        description = {
            "McNemar test for paired 0/1 data at two visits, per arm and pooled: the 2x2 cells, chi-square with and without continuity correction, exact conditional p and mid-p, and the paired difference in proportions with its Wald CI."
        })
final class McNemarCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    VisitPairOptions pair;

    @Override
    public void run() {
        var d = LongReader.read(common.requireInput());
        common.emit(
                spec,
                "mcnemar",
                pair.args(),
                McNemarReport.results(d, pair.param, pair.paramAtB(), pair.visitA, pair.visitB));
    }
}
