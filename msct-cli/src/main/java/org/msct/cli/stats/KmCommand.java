package org.msct.cli.stats;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msct.core.error.UsageException;
import org.msct.stats.data.TteData;
import org.msct.stats.data.TteReader;
import org.msct.stats.survival.km.KmReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "km",
        mixinStandardHelpOptions = true,
        description = {
            "Kaplan-Meier survival per arm and pooled, as R's survfit: Greenwood SE, SE of log S, Nelson-Aalen cumulative hazard, 95%% CIs of type log, log-log and plain, quartiles with Brookmeyer-Crowley CIs, landmark estimates (--times) and restricted mean survival with SE (--tau). Times closer than R's timefix tolerance (~1.5e-8 relative) are treated as tied."
        },
        footer = {"", "Example: ./msct stats km --input pbc_death.tte.csv --times 365,1826 --tau 3652"})
final class KmCommand extends StatsMethod {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--times", paramLabel = "t1,t2,...", description = "Landmark times for S(t) with CIs.")
    String times;

    @Option(names = "--tau", paramLabel = "T", description = "Horizon of the restricted mean survival time.")
    String tau;

    @Option(
            names = "--no-table",
            arity = "0..1",
            fallbackValue = "true",
            description = "Leave out the per-time table (for very large inputs).")
    boolean noTable;

    @Override
    void options(DirectOptions o) {
        common.options(o);
        o.text("--times", v -> times = v);
        o.text("--tau", v -> tau = v);
        o.flag("--no-table", () -> noTable = true);
    }

    @Override
    void execute(PrintWriter out) {
        double[] t = Lists.doubles("--times", times);
        double[] tauV = Lists.doubles("--tau", tau);
        if (tauV != null && tauV.length != 1) throw new UsageException("option --tau takes one number");
        TteData d = TteReader.read(common.requireInput(), 1, null, List.of(), false);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("times", times);
        args.put("tau", tau);
        if (noTable) args.put("no_table", "true");
        common.emit(out, "km", args, KmReport.results(d, t, tauV == null ? null : tauV[0], !noTable));
    }
}
