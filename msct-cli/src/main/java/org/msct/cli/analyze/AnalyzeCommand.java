package org.msct.cli.analyze;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.msct.cli.conventions.Cli;
import org.msct.cli.conventions.Version;
import org.msct.core.error.UsageException;
import org.msct.trial.bundle.BundleReader;
import org.msct.trial.bundle.ReadResult;
import org.msct.trial.finding.Finding;
import org.msct.trial.protocol.ProtocolLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code msct analyze BUNDLE [--protocol ID] --out DIR [--adam]}. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Analyses a study bundle end to end: derives ADSL / ADLB / ADQS / ADRS / ADTTE, then writes results.json"
                    + " (every number with its definition, numerator and denominator and method), report.html (figures"
                    + " inline) and report.md with one SVG file per figure: baseline characteristics; labs and"
                    + " instruments by visit with paired t and Wilcoxon tests vs baseline; renal remission (Gu 2014),"
                    + " clinical response (ART 2014) and remission (SCR 2018) with exact 95%% CIs and Kaplan-Meier"
                    + " cumulative probabilities; flare / relapse among responders with death as a competing risk;"
                    + " overall survival with 12- and 60-month landmarks; univariate Cox models for remission; and every"
                    + " endpoint of the protocol under its default definition beside the published target"
                    + " (section protocol_endpoints, table 'Protocol endpoints').",
            "Progress and timings go to standard error."
        },
        footer = {
            "",
            "Examples:",
            "  ./msct analyze examples/bundle --out /tmp/analysis",
            "  ./msct analyze examples/bundle --protocol wang-2014 --out /tmp/analysis --adam",
            "  ./msct analyze examples/bundle --protocol gu-2014 --definition RREM_EVER=GU-CRPR-CN --out /tmp/analysis",
            "",
            "Exit codes: 0 success, 2 usage error, 3 invalid bundle (the findings are listed)."
        })
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    @Nullable
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "BUNDLE",
            description = "Study bundle folder (study.json + SDTM CSV / Dataset-JSON).")
    @Nullable
    Path bundle;

    @Option(
            names = "--protocol",
            paramLabel = "ID",
            completionCandidates = ShippedProtocols.class,
            description = "Protocol whose endpoints are computed (shipped: ${COMPLETION-CANDIDATES}); default: the"
                    + " bundle's study.json protocol (an id that is not shipped gives an empty protocol section).")
    @Nullable
    String protocol;

    @Option(
            names = "--definition",
            paramLabel = "ENDPOINT=ID",
            description = "Computes a protocol endpoint under one of its alternative definitions, e.g."
                    + " RREM_EVER=GU-CRPR-CN (repeatable; the protocol file lists the alternatives).")
    java.util.Map<String, String> definitions = new java.util.LinkedHashMap<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created).")
    @Nullable
    Path out;

    @Option(
            names = "--adam",
            description = "Also write the ADaM datasets (CSV + Dataset-JSON) and define.csv under DIR/adam/.")
    boolean adam;

    @Override
    public Integer call() throws IOException {
        CommandSpec sp = java.util.Objects.requireNonNull(spec);
        PrintWriter err = sp.commandLine().getErr();
        Path dir = java.util.Objects.requireNonNull(bundle);
        if (!Files.isDirectory(dir)) throw new UsageException("bundle folder not found: " + dir);
        if (protocol != null && !ProtocolLoader.SHIPPED.containsKey(protocol)) {
            throw new UsageException("--protocol: unknown protocol '" + protocol + "'; shipped: "
                    + String.join(", ", ProtocolLoader.SHIPPED.keySet()));
        }
        if (protocol != null) checkDefinitions(protocol);
        long t0 = System.nanoTime();
        err.println("reading bundle " + dir + "…");
        err.flush();
        Loaded loaded = read(dir, err, t0);
        if (loaded == null) return Cli.EXIT_DATA;
        String protocolId = protocol != null ? protocol : loaded.protocolId();
        if (protocol == null) checkDefinitions(protocolId);
        String version = new Version().getVersion()[0].replace("msct ", "");
        AnalysisPipeline p = new AnalysisPipeline(version, Clock.systemUTC(), err);
        AnalysisPipeline.Analysis a = p.analyze(loaded.mapped(), loaded.studyId(), protocolId, definitions, adam);
        p.write(a, java.util.Objects.requireNonNull(out), adam);
        err.printf(Locale.ROOT, "done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        err.flush();
        return 0;
    }

    /** Usage error unless every {@code --definition} names an endpoint of the protocol and one of its definitions. */
    private void checkDefinitions(String protocolId) {
        if (definitions.isEmpty()) return;
        if (!ProtocolLoader.SHIPPED.containsKey(protocolId))
            throw new UsageException("--definition needs a shipped protocol; '" + protocolId + "' is not one");
        try {
            ProtocolPlan.of(
                    ProtocolLoader.require(protocolId),
                    ProtocolDefinitions.load(),
                    org.msct.derivations.bds.VisitGrid.load(org.msct.derivations.bds.VisitGrid.MSCT),
                    definitions);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--definition: " + e.getMessage());
        }
    }

    /** What the analysis keeps of the bundle; the SDTM records themselves are dropped after mapping. */
    /** The shipped protocol ids, for the help text. */
    static final class ShippedProtocols implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return new java.util.TreeSet<>(ProtocolLoader.SHIPPED.keySet()).iterator();
        }
    }

    record Loaded(BundleMapper.Mapped mapped, String studyId, String protocolId) {}

    /** Reads and maps the bundle; null (after listing the errors) when it is invalid. */
    private static @Nullable Loaded read(Path dir, PrintWriter err, long t0) {
        ReadResult rr = BundleReader.read(dir);
        if (rr.hasErrors()) {
            List<Finding> errors = rr.errors();
            err.println("msct: invalid input: the bundle has " + errors.size() + " error(s):");
            for (Finding f : errors) err.println("  " + f);
            return null;
        }
        var data = java.util.Objects.requireNonNull(rr.data());
        long rows = (long) data.labs().size()
                + data.qsItems().size()
                + data.visits().size()
                + data.vitalSigns().size()
                + data.infusions().size()
                + data.conMeds().size()
                + data.medicalHistory().size()
                + data.adverseEvents().size()
                + data.dispositions().size()
                + data.subjects().size();
        err.printf(
                Locale.ROOT,
                "  read %d subjects, %.2f M rows (%.1f s)%n",
                data.subjects().size(),
                rows / 1e6,
                (System.nanoTime() - t0) / 1e9);
        err.flush();
        long t1 = System.nanoTime();
        Loaded loaded = new Loaded(
                BundleMapper.map(data),
                data.study().studyId(),
                data.study().protocol().id());
        err.printf(Locale.ROOT, "  mapped to analysis records (%.1f s)%n", (System.nanoTime() - t1) / 1e9);
        err.flush();
        return loaded;
    }
}
