package org.msct.cli.analyze;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.msct.core.json.JsonWriter;
import org.msct.derivations.bds.VisitGrid;
import org.msct.derivations.dataset.CsvWriter;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.DatasetJsonWriter;
import org.msct.derivations.dataset.DefineTable;
import org.msct.reports.document.FigureFileNamer;
import org.msct.reports.document.Generator;
import org.msct.reports.document.HtmlReport;
import org.msct.reports.document.MarkdownOutput;
import org.msct.reports.document.MarkdownReport;
import org.msct.reports.document.ReportDocument;
import org.msct.trial.protocol.ProtocolLoader;

/**
 * The analysis of one bundle, stage by stage (map → derive → statistics → write), with progress lines and timings on
 * a progress writer (stderr in the CLI).
 *
 * @param version msct version for the report and results.json
 * @param clock clock of the "generated" stamps
 * @param progress where progress lines go
 */
record AnalysisPipeline(String version, Clock clock, PrintWriter progress) {

    /**
     * Derives and computes every result; {@code allRecords} keeps every BDS record (needed to write the ADaM datasets),
     * otherwise only the analysed ones.
     */
    Analysis analyze(BundleMapper.Mapped m, String studyId, String protocolId, boolean allRecords) {
        return analyze(m, studyId, protocolId, Map.of(), allRecords);
    }

    /** As above, with endpoints of the protocol under chosen alternative definitions (endpoint id → definition id). */
    Analysis analyze(
            BundleMapper.Mapped m,
            String studyId,
            String protocolId,
            Map<String, String> definitions,
            boolean allRecords) {
        long t0 = System.nanoTime();
        progress.println("deriving…");
        progress.flush();
        List<org.msct.derivations.input.PlannedVisit> grid = VisitGrid.load(VisitGrid.MSCT);
        ProtocolPlan plan = ProtocolLoader.SHIPPED.containsKey(protocolId)
                ? ProtocolPlan.of(ProtocolLoader.require(protocolId), ProtocolDefinitions.load(), grid, definitions)
                : null;
        Map<String, org.msct.derivations.course.Endpoint> extra = plan == null ? Map.of() : plan.courses();
        Derived d = Derived.derive(m, grid, Derived.BLOCK, allRecords, extra, msg -> {
            progress.println("  " + msg + String.format(Locale.ROOT, " (%.1f s)", (System.nanoTime() - t0) / 1e9));
            progress.flush();
        });
        long t1 = lap(
                "derived ADSL " + d.adsl().rows().size() + ", ADLB "
                        + d.adlb().rows().size() + ", ADQS " + d.adqs().rows().size() + ", ADRS "
                        + d.adrs().rows().size() + ", ADTTE " + d.adtte().rows().size() + " rows",
                t0);
        progress.println("statistics…");
        progress.flush();
        int deaths = (int)
                d.adsl().rows().stream().filter(r -> "Y".equals(r.str("DTHFL"))).count();
        var bc = VisitStats.baselineContinuous(d);
        var bn = VisitStats.baselineCounts(d);
        long t2 = lap("baseline", t1);
        // the by-visit tests are the largest part: they run beside the endpoint statistics, which do not need them
        var bvTask = java.util.concurrent.CompletableFuture.supplyAsync(() -> VisitStats.byVisit(d));
        var resp = EndpointStats.responses(d);
        var ev = EndpointStats.events(d);
        long t4 = lap("response, remission, flare / relapse", t2);
        var curves = EndpointStats.curves(d);
        long t5 = lap("Kaplan-Meier and cumulative incidence: " + curves.size() + " curves", t4);
        var cox = CoxStats.univariate(d);
        long t6 = lap("univariate Cox: " + cox.size() + " models", t5);
        List<Results.VisitStat> bv;
        try {
            bv = bvTask.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r; // e.g. bad data: reported as usual
            throw e;
        }
        t6 = lap("by visit: " + bv.size() + " parameter-visits, paired t and Wilcoxon (alongside the above)", t6);
        Results.ProtocolSection pe = plan == null
                ? ProtocolEndpointStats.unknown(
                        protocolId,
                        "'" + protocolId + "' is not a shipped protocol ("
                                + String.join(", ", ProtocolLoader.SHIPPED.keySet())
                                + "): pass --protocol ID to compute a protocol's endpoints")
                : ProtocolEndpointStats.compute(plan, d, m, bv);
        lap("protocol endpoints: " + pe.endpoints().size(), t6);
        Results r = new Results(
                studyId,
                protocolId,
                d.subjects().size(),
                deaths,
                bc,
                bn,
                bv,
                resp,
                ev,
                curves,
                cox,
                pe,
                EndpointStats.notEvaluable(d));
        lap("statistics done", t1);
        return new Analysis(d, r);
    }

    /** Derived datasets and results. */
    record Analysis(Derived derived, Results results) {}

    /** Writes results.json, report.html, report.md + figures and, with {@code adam}, DIR/adam/. */
    void write(Analysis a, Path out, boolean adam) throws IOException {
        long t0 = System.nanoTime();
        progress.println("report…");
        progress.flush();
        Files.createDirectories(out);
        String now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        Files.writeString(
                out.resolve("results.json"),
                JsonWriter.write(ResultsJson.of(a.results(), version, now)) + "\n",
                StandardCharsets.UTF_8);
        ReportDocument doc = ReportBuilder.build(a.results());
        Generator g = new Generator(version, clock);
        Files.writeString(out.resolve("report.html"), new HtmlReport(g).render(doc), StandardCharsets.UTF_8);
        MarkdownOutput md = new MarkdownReport(g).render(doc, FigureFileNamer.numbered());
        Files.writeString(out.resolve("report.md"), md.text(), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> f : md.files().entrySet())
            Files.writeString(out.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        if (adam) writeAdam(a.derived(), out.resolve("adam"), a.results().studyId());
        lap("wrote " + out, t0);
    }

    private void writeAdam(Derived d, Path dir, String studyId) throws IOException {
        Files.createDirectories(dir);
        DatasetJsonWriter json = new DatasetJsonWriter(clock, studyId, "msct", "msct", version);
        List<Dataset> all = d.datasets();
        // streamed (the all-records BDS of a big trial is hundreds of megabytes of text), one file per task so the
        // CSV and JSON writers of the big datasets run on all cores
        List<Runnable> files = new ArrayList<>();
        for (Dataset ds : all) {
            String name = ds.name().toLowerCase(Locale.ROOT);
            files.add(() -> writeFile(dir.resolve(name + ".csv"), w -> CsvWriter.write(ds, w)));
            files.add(() -> writeFile(dir.resolve(name + ".json"), w -> json.write(ds, w)));
        }
        try {
            files.parallelStream().forEach(Runnable::run);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(dir.resolve("define.csv"), DefineTable.write(all), StandardCharsets.UTF_8);
    }

    private interface Content {
        void writeTo(java.io.Writer w) throws IOException;
    }

    private static void writeFile(Path file, Content content) {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private long lap(String what, long since) {
        long now = System.nanoTime();
        progress.printf(Locale.ROOT, "  %s (%.1f s)%n", what, (now - since) / 1e9);
        progress.flush();
        return now;
    }
}
