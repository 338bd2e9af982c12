package org.msct.cli.stats;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msct.core.error.UsageException;
import org.msct.stats.data.LongReader;
import org.msct.stats.proportion.BinomReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "binom",
        mixinStandardHelpOptions = true,
        description = {
            "Binomial proportions with 95%% CIs (Clopper-Pearson, Wilson, Wilson with continuity correction, Jeffreys, Agresti-Coull, Wald) and the exact binomial test against --p0, per arm and pooled. With two arms also the difference (other - reference) with Wald and Newcombe hybrid-score CIs, chi-square with and without Yates, and Fisher's exact test with the conditional-MLE odds ratio. Data mode: --input --param --visit; counts mode: --x 1,2 --n 10,10 (no input file)."
        },
        footer = {"", "Example: ./msct stats binom --x 0,3,10 --n 10,10,10"})
final class BinomCommand extends StatsMethod {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--param", paramLabel = "P", description = "Parameter code (values 0/1).")
    String param;

    @Option(names = "--visit", paramLabel = "V", description = "Visit number.")
    Double visit;

    @Option(names = "--ref-arm", paramLabel = "ARM", description = "Reference arm of the difference.")
    String refArm;

    @Option(names = "--p0", paramLabel = "p", description = "Null proportion of the exact test (default 0.5).")
    double p0 = 0.5;

    @Option(names = "--x", paramLabel = "x1,x2,...", description = "Counts mode: successes.")
    String x;

    @Option(names = "--n", paramLabel = "n1,n2,...", description = "Counts mode: trials.")
    String n;

    @Override
    void options(DirectOptions o) {
        common.options(o);
        o.text("--param", v -> param = v);
        o.number("--visit", v -> visit = v);
        o.text("--ref-arm", v -> refArm = v);
        o.number("--p0", v -> p0 = v);
        o.text("--x", v -> x = v);
        o.text("--n", v -> n = v);
    }

    @Override
    void execute(PrintWriter out) {
        if (!(p0 > 0 && p0 < 1)) throw new UsageException("option --p0 must be strictly between 0 and 1");
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("p0", p0);
        if (x != null || n != null) {
            int[] xs = Lists.ints("--x", x);
            int[] ns = Lists.ints("--n", n);
            if (xs == null || ns == null || xs.length != ns.length) {
                throw new UsageException("options --x and --n must both be given with the same number of values");
            }
            for (int i = 0; i < xs.length; i++) {
                if (ns[i] < 1 || xs[i] > ns[i]) {
                    throw new UsageException("--x/--n pair " + (i + 1) + ": need 0 <= x <= n and n >= 1, got x=" + xs[i]
                            + ", n=" + ns[i]);
                }
            }
            args.put("x", x);
            args.put("n", n);
            common.emit(out, "binom", args, BinomReport.fromCounts(xs, ns, p0));
            return;
        }
        if (param == null || visit == null) {
            throw new UsageException("binom needs --input with --param and --visit, or counts --x and --n");
        }
        var d = LongReader.read(common.requireInput());
        args.put("param", param);
        args.put("visit", visit);
        args.put("ref_arm", refArm);
        common.emit(out, "binom", args, BinomReport.fromData(d, param, visit, refArm, p0));
    }
}
