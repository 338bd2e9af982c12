package org.msct.cli.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import org.msct.stats.data.LongReader;
import org.msct.stats.proportion.McNemarReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--param", required = true, paramLabel = "P", description = "Parameter code (values 0/1).")
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
                spec,
                "mcnemar",
                args,
                McNemarReport.results(d, param, paramB == null ? param : paramB, visitA, visitB));
    }
}
