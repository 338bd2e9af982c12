package org.msct.cli.stats;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msct.core.error.UsageException;
import org.msct.stats.data.TteReader;
import org.msct.stats.survival.cox.CoxOptions;
import org.msct.stats.survival.cox.CoxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "cox",
        mixinStandardHelpOptions = true,
        description = {
            "Cox proportional hazards as R's coxph: Efron and Breslow ties (exact on request), Newton-Raphson with step-halving, (start, stop] data when the input has a tstart column, robust sandwich SE with --cluster (clusters = subject_id), likelihood-ratio, Wald and score tests, concordance with its SE and cox.zph (KM transform) for the Efron fit. arm enters as a treatment-coded factor; covariates are numeric columns used as they are. Rows with a missing value in a used column are dropped."
        },
        footer = {"", "Example: ./msct stats cox --input pbc_death.tte.csv --ref-arm placebo --covariates age,edema"})
final class CoxCommand extends StatsMethod {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--ref-arm", paramLabel = "ARM", description = "Reference arm (default: first in byte order).")
    String refArm;

    @Option(names = "--covariates", paramLabel = "a,b,...", description = "Numeric covariate columns.")
    String covariates;

    @Option(
            names = "--cluster",
            arity = "0..1",
            fallbackValue = "true",
            description = "Robust (sandwich) SE clustered by subject_id.")
    boolean cluster;

    @Option(names = "--no-arm", arity = "0..1", fallbackValue = "true", description = "Leave arm out of the model.")
    boolean noArm;

    @Option(
            names = "--ties",
            paramLabel = "efron|breslow|exact",
            description = "Fit only this tie method (default: efron and breslow).")
    String ties;

    @Override
    void options(DirectOptions o) {
        common.options(o);
        o.text("--ref-arm", v -> refArm = v);
        o.text("--covariates", v -> covariates = v);
        o.flag("--cluster", () -> cluster = true);
        o.flag("--no-arm", () -> noArm = true);
        o.text("--ties", v -> ties = v);
    }

    @Override
    void execute(PrintWriter out) {
        List<CoxOptions.Ties> t = new ArrayList<>();
        if (ties == null) {
            t.add(CoxOptions.Ties.EFRON);
            t.add(CoxOptions.Ties.BRESLOW);
        } else {
            for (String s : Lists.strings(ties)) {
                try {
                    t.add(CoxOptions.Ties.valueOf(s.toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("option --ties: '" + s + "' is not one of efron, breslow, exact");
                }
            }
        }
        List<String> covs = Lists.strings(covariates);
        var d = TteReader.read(common.requireInput(), 1, null, covs, cluster);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("ref_arm", refArm);
        args.put("covariates", covariates);
        if (cluster) args.put("cluster", "true");
        if (noArm) args.put("no_arm", "true");
        args.put("ties", ties);
        common.emit(out, "cox", args, CoxReport.results(d, new CoxOptions(refArm, covs, cluster, noArm, t)));
    }
}
