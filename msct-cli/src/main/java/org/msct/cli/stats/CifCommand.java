package org.msct.cli.stats;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msct.core.error.UsageException;
import org.msct.stats.data.TteReader;
import org.msct.stats.survival.cif.CifReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "cif",
        mixinStandardHelpOptions = true,
        description = {
            "Cumulative incidence with competing risks: Aalen-Johansen estimate per cause with the infinitesimal-jackknife SE and log CIs (R's survfit multi-state), landmarks (--times), and Gray's test across arms. status 0 = censored, 1..K = cause of the event."
        },
        footer = {"", "Example: ./msct stats cif --input bmt_cr.tte.csv --cause-labels 1=relapse,2=trm --times 365"})
final class CifCommand extends StatsMethod {
    /** Largest cause code accepted; more causes than this are a data error, not a use case. */
    private static final int MAX_CAUSE = 99;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--cause-labels", paramLabel = "1=name,2=name", description = "Names of the causes.")
    String causeLabels;

    @Option(names = "--times", paramLabel = "t1,t2,...", description = "Landmark times.")
    String times;

    @Override
    void options(DirectOptions o) {
        common.options(o);
        o.text("--cause-labels", v -> causeLabels = v);
        o.text("--times", v -> times = v);
    }

    @Override
    void execute(PrintWriter out) {
        Map<Integer, String> labels = new LinkedHashMap<>();
        for (String kv : Lists.strings(causeLabels)) {
            int eq = kv.indexOf('=');
            if (eq <= 0 || eq == kv.length() - 1) {
                throw new UsageException("option --cause-labels: '" + kv + "' is not CODE=name");
            }
            String name = kv.substring(eq + 1).strip();
            if (labels.containsValue(name)) {
                throw new UsageException("option --cause-labels: label '" + name + "' is given to two causes");
            }
            if (!name.matches("[A-Za-z0-9_.-]+")) {
                throw new UsageException("option --cause-labels: label '" + name
                        + "' may only use letters, digits, '_', '.' and '-' (it names output columns)");
            }
            try {
                labels.put(Integer.parseInt(kv.substring(0, eq).strip()), name);
            } catch (NumberFormatException e) {
                throw new UsageException("option --cause-labels: '" + kv + "' does not start with an integer code");
            }
        }
        double[] t = Lists.doubles("--times", times);
        var d = TteReader.read(common.requireInput(), MAX_CAUSE, null, List.of(), false);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("cause_labels", causeLabels);
        args.put("times", times);
        common.emit(out, "cif", args, CifReport.results(d, labels, t));
    }
}
