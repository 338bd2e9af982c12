package org.msct.cli.stats;

import java.io.PrintWriter;
import org.msct.stats.data.LongReader;
import org.msct.stats.paired.PairedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "paired",
        mixinStandardHelpOptions = true,
        description = {
            "Paired comparison of (param, visit-a) with (param-b, visit-b), d = b - a, per arm and pooled: paired t with 95%% CI; Wilcoxon signed-rank with the normal approximation (with and without continuity correction, zeros dropped, tie-corrected variance) and exact with ties; Hodges-Lehmann median of Walsh averages."
        })
final class PairedCommand extends StatsMethod {
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
                "paired",
                pair.args(),
                PairedReport.results(d, pair.param, pair.paramAtB(), pair.visitA, pair.visitB));
    }
}
