package org.msct.cli.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The two measurements a paired method compares: (param, visit-a) with (param-b, visit-b). */
final class VisitPairOptions {
    @Option(names = "--param", required = true, paramLabel = "P", description = "Parameter code.")
    String param;

    @Option(names = "--param-b", paramLabel = "Q", description = "Parameter at visit B (default: --param).")
    String paramB;

    @Option(names = "--visit-a", required = true, paramLabel = "A", description = "First visit number.")
    double visitA;

    @Option(names = "--visit-b", required = true, paramLabel = "B", description = "Second visit number.")
    double visitB;

    void options(DirectOptions o) {
        o.requiredText("--param", v -> param = v);
        o.text("--param-b", v -> paramB = v);
        o.requiredNumber("--visit-a", v -> visitA = v);
        o.requiredNumber("--visit-b", v -> visitB = v);
    }

    String paramAtB() {
        return paramB == null ? param : paramB;
    }

    /** The options as the output's {@code args} member reports them. */
    Map<String, Object> args() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("param", param);
        args.put("param_b", paramB);
        args.put("visit_a", visitA);
        args.put("visit_b", visitB);
        return args;
    }
}
