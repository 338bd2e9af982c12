package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code msct analyze} on examples/bundle (6 subjects, UC-MSC, Wang 2014 style), against numbers worked out by hand
 * from the example files.
 *
 * <p>Hand computation (lb.csv, LBSTRESN; day 0 = first EXSTDTC; Gu 2014 renal criteria nanjing-cn: CR = PROT24H &lt;
 * 0.4 g/24h, urine RBC ≤ 5/HPF, albumin ≥ 35 g/L, creatinine ≤ 106 µmol/L; PR = PROT24H ≤ 50% of baseline and &lt;
 * 3.5, albumin ≥ 30, creatinine ≤ 115% of baseline):
 *
 * <ul>
 *   <li>Baseline PROTEXR: 00001 2.85, 00002 3.15, 00003 1.24, 00004 2.81, 00005 2.72, 00006 2.86 → mean 15.63 / 6 =
 *       2.605 g/24h.
 *   <li>00004, month 6 (day 167): 0.05, RBC 3, ALB 42, CREAT 76 → CR. Best CR.
 *   <li>00002, month 6 (day 186): 0.77 ≤ 1.575, ALB 31, CREAT 84 ≤ 96.6 → PR (month 9: 0.42, not &lt; 0.4 → PR
 *       again). Best PR.
 *   <li>00001 (threshold 1.425; lowest 1.71), 00003 (0.62; lowest 1.76), 00005 (1.36; lowest 2.34), 00006 (1.43;
 *       lowest 2.04, died day 255) never reach PR.
 *   <li>Ever CR or PR by month 12 = 2/6 (CR 1, PR 1); Clopper–Pearson 95% CI of 2/6 = 0.0433–0.7772 (R
 *       {@code binom.test(2, 6)}: 0.04327187, 0.77722190).
 *   <li>Month 12: assessed = 4 (00003 has no month-12 proteinuria → NE, 00006 died); 00002 (1.07, ALB 38, CREAT 77)
 *       and 00004 (1.18, ALB 42, CREAT 63) are PR → 2/4.
 *   <li>Enrolled 6 (dm.csv), deaths 1 (00006: DTHFL Y, DS DEATH 2014-05-23).
 * </ul>
 */
class AnalyzeCommandTest {
    static final String BUNDLE = "../examples/bundle";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path out;
    static AnalyzeRunner.Run run;
    static JsonNode results;

    @BeforeAll
    static void analyse() throws IOException {
        out = tmp.resolve("analysis");
        run = AnalyzeRunner.run(BUNDLE, "--out", out.toString(), "--adam");
        results = MAPPER.readTree(out.resolve("results.json").toFile());
    }

    static JsonNode byId(String section, String id) {
        for (JsonNode n : results.get(section)) if (n.get("id").asText().equals(id)) return n;
        throw new AssertionError("no " + id + " in " + section);
    }

    @Test
    void a01_example_bundle_exits_0_with_progress_on_stderr() {
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("reading bundle", "deriving", "statistics", "report", "done in");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a02_enrolled_and_deaths_match_dm_and_ds() {
        assertThat(results.at("/study/enrolled/numerator").asInt()).isEqualTo(6);
        assertThat(results.at("/study/deaths/numerator").asInt()).isEqualTo(1);
        assertThat(results.at("/study/deaths/denominator").asInt()).isEqualTo(6);
    }

    @Test
    void a03_baseline_proteinuria_mean_is_hand_computed() {
        JsonNode p = null;
        for (JsonNode n : results.at("/baseline/continuous"))
            if (n.get("id").asText().equals("baseline.PROT24H")) p = n;
        assertThat(p).isNotNull();
        assertThat(p.get("n").asInt()).isEqualTo(6);
        assertThat(p.get("mean").asDouble()).isCloseTo(2.605, within(1e-12));
    }

    @Test
    void a04_renal_remission_ever_by_month_12_is_2_of_6_with_exact_ci() {
        JsonNode ever = byId("response", "renal.ever");
        assertThat(ever.get("numerator").asInt()).isEqualTo(2);
        assertThat(ever.get("denominator").asInt()).isEqualTo(6);
        assertThat(ever.get("lower95").asDouble()).isCloseTo(0.04327187, within(1e-8));
        assertThat(ever.get("upper95").asDouble()).isCloseTo(0.77722190, within(1e-8));
        assertThat(ever.get("definition").asText()).isNotEmpty();
        assertThat(ever.get("method").asText()).contains("Clopper-Pearson");
        assertThat(byId("response", "renal.ever.CR").get("numerator").asInt()).isEqualTo(1);
        assertThat(byId("response", "renal.ever.PR").get("numerator").asInt()).isEqualTo(1);
    }

    @Test
    void a05_renal_status_at_month_12_uses_the_assessed_denominator() {
        JsonNode m12 = byId("response", "renal.at.12");
        assertThat(m12.get("numerator").asInt()).isEqualTo(2);
        assertThat(m12.get("denominator").asInt()).isEqualTo(4);
        assertThat(m12.get("denominator_definition").asText()).isEqualTo("assessed at visit 12");
    }

    @Test
    void a05b_a_family_the_bundle_cannot_feed_is_named_not_counted_as_zero() {
        // examples/bundle grades BILAG-2004 only: ART 2014 needs the classic BLGGEN / BLGVAS grades
        assertThat(results.get("not_evaluable")).hasSize(1);
        assertThat(results.get("not_evaluable").get(0).asText())
                .startsWith("Clinical response (ART 2014): not evaluable, the bundle has no BLGGEN");
        for (JsonNode n : results.get("response"))
            assertThat(n.get("id").asText()).doesNotStartWith("clinical.");
        for (JsonNode n : results.get("events"))
            assertThat(n.get("id").asText()).isNotEqualTo("clinical.event");
        // the renal and remission families stay
        assertThat(byId("response", "renal.ever").get("numerator").asInt()).isEqualTo(2);
        assertThat(byId("response", "remission.ever")).isNotNull();
    }

    @Test
    void a06_results_json_has_every_section_and_each_count_its_denominator() {
        assertThat(results.get("format").asText()).isEqualTo("msct-analysis-results");
        for (String s : new String[] {"baseline", "by_visit", "response", "events", "curves", "cox"})
            assertThat(results.has(s)).as(s).isTrue();
        for (String s : new String[] {"response", "events"}) {
            for (JsonNode n : results.get(s)) {
                assertThat(n.has("numerator")
                                && n.has("denominator")
                                && n.has("definition")
                                && n.has("denominator_definition"))
                        .as(n.toString())
                        .isTrue();
                assertThat(n.get("numerator").asInt())
                        .isLessThanOrEqualTo(n.get("denominator").asInt());
            }
        }
        JsonNode os = null;
        for (JsonNode c : results.get("curves")) if (c.get("id").asText().equals("os")) os = c;
        assertThat(os).isNotNull();
        assertThat(os.get("n").asInt()).isEqualTo(6);
        assertThat(os.get("events").asInt()).isEqualTo(1);
        assertThat(os.get("landmarks").get(0).get("time_months").asDouble()).isEqualTo(12);
        JsonNode sled = results.get("by_visit").get(0);
        assertThat(sled.get("paramcd").asText()).isEqualTo("SLEDAI");
        assertThat(sled.get("n").asInt()).isEqualTo(6);
    }

    @Test
    void a07_report_html_and_svgs_are_well_formed_xml() throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertThat(out.resolve("report.md")).exists();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("Baseline characteristics", "<svg", "Kaplan");
        f.newDocumentBuilder().parse(out.resolve("report.html").toFile());
        try (Stream<Path> s = Files.list(out)) {
            var svgs = s.filter(p -> p.toString().endsWith(".svg")).toList();
            assertThat(svgs).isNotEmpty();
            for (Path p : svgs) f.newDocumentBuilder().parse(p.toFile());
        }
        assertThat(Files.readString(out.resolve("report.md"))).contains("![");
    }

    @Test
    void a08_adam_datasets_and_define_list_are_written() throws IOException {
        for (String d : new String[] {"adsl", "adlb", "adqs", "adrs", "adtte"}) {
            assertThat(out.resolve("adam/" + d + ".csv")).exists();
            assertThat(MAPPER.readTree(out.resolve("adam/" + d + ".json").toFile())
                            .get("datasetJSONVersion")
                            .asText())
                    .isEqualTo("1.1.0");
        }
        assertThat(Files.readString(out.resolve("adam/define.csv"))).startsWith("Dataset,Variable,Label");
        assertThat(Files.readAllLines(out.resolve("adam/adsl.csv"))).hasSize(7);
    }

    @Test
    void a09_invalid_bundle_exits_3_listing_the_findings() throws IOException {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        try (Stream<Path> s = Files.list(Path.of(BUNDLE))) {
            for (Path p : s.toList()) Files.copy(p, bad.resolve(p.getFileName()));
        }
        String dm = Files.readString(bad.resolve("dm.csv")).replace("2013-06-29,2014-06-30", "2013-13-29,2014-06-30");
        Files.writeString(bad.resolve("dm.csv"), dm);
        var r = AnalyzeRunner.run(
                bad.toString(), "--out", tmp.resolve("bad-out").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("dm.csv", "error");
        assertThat(tmp.resolve("bad-out")).doesNotExist();
    }

    @Test
    void a10_usage_errors_exit_2() {
        assertThat(AnalyzeRunner.run(BUNDLE).code()).isEqualTo(2);
        assertThat(AnalyzeRunner.run(BUNDLE, "--out", tmp.resolve("x").toString(), "--protocol", "nope")
                        .code())
                .isEqualTo(2);
        assertThat(AnalyzeRunner.run("no-such-folder", "--out", tmp.resolve("y").toString())
                        .code())
                .isEqualTo(2);
    }

    @Test
    void a11_results_do_not_depend_on_adam_output_or_block_size() throws IOException {
        var r = AnalyzeRunner.run(BUNDLE, "--out", tmp.resolve("lean").toString());
        assertThat(r.code()).isZero();
        var lean = (com.fasterxml.jackson.databind.node.ObjectNode)
                MAPPER.readTree(tmp.resolve("lean/results.json").toFile());
        var full = ((com.fasterxml.jackson.databind.node.ObjectNode) results).deepCopy();
        lean.remove("generated");
        full.remove("generated");
        assertThat(lean).isEqualTo(full);
        var data = org.msct.trial.bundle.BundleReader.read(Path.of(BUNDLE)).data();
        var m = BundleMapper.map(java.util.Objects.requireNonNull(data));
        var grid = org.msct.derivations.bds.VisitGrid.load(org.msct.derivations.bds.VisitGrid.MSCT);
        Derived one = Derived.derive(m, grid, 1, true, x -> {});
        Derived all = Derived.derive(m, grid, 1000, true, x -> {});
        assertThat(one.datasets()).isEqualTo(all.datasets());
    }
}
