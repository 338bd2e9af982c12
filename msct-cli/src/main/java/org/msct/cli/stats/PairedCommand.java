package org.msct.cli.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import org.msct.stats.data.LongReader;
import org.msct.stats.paired.PairedReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "paired",
        mixinStandardHelpOptions = true,
        description = {
            "Paired comparison of (param, visit-a) with (param-b, visit-b), d = b - a, per arm and pooled: paired t with 95% CI; Wilcoxon signed-rank with the normal approximation (with and without continuity correction, zeros dropped, tie-corrected variance) and exact with ties; Hodges-Lehmann median of Walsh averages."
        })
final class PairedCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--param", required = true, paramLabel = "P", description = "Parameter code.")
    String param;

    @Option(names = "--param-b", paramLabel = "Q", description = "Parameter at visit B (default: --param).")
    String paramB;

    @Option(names = "--visit-a", required = true, paramLabel = "A", description = "First visit number.")
    double visitA;

    @Option(names = "--visit-b", required = true, paramLabel = "B", description = "Second visit number.")
    double visitB;

    @Override
    public void run() {
        var d = LongReader.read(common.requireInput());
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("param", param);
        args.put("param_b", paramB);
        args.put("visit_a", visitA);
        args.put("visit_b", visitB);
        common.emit(
                spec, "paired", args, PairedReport.results(d, param, paramB == null ? param : paramB, visitA, visitB));
    }
}
