package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msct.trial.protocol.ProtocolLoader;

/**
 * {@code msct analyze examples/bundle --protocol ID} for each shipped protocol: every endpoint of the protocol (under
 * its option defaults, read from the protocol file) appears in results.json {@code protocol_endpoints}, computed or
 * with a reason, and in the report's "Protocol endpoints" table; the protocol decides the definitions used.
 */
class ProtocolEndpointsCommandTest {
    static final String BUNDLE = "../examples/bundle";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path tmp;

    static final Map<String, JsonNode> RESULTS = new HashMap<>();

    @BeforeAll
    static void analyse() throws IOException {
        for (String p : ProtocolLoader.SHIPPED.keySet()) {
            Path out = tmp.resolve(p);
            var run = AnalyzeRunner.run(BUNDLE, "--protocol", p, "--out", out.toString());
            assertThat(run.code()).as(run.err()).isZero();
            RESULTS.put(p, MAPPER.readTree(out.resolve("results.json").toFile()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gu-2014", "wang-2014", "liang-2010", "wang-2018"})
    void every_endpoint_of_the_protocol_appears_computed_or_with_a_reason(String protocol) throws IOException {
        var p = ProtocolLoader.require(protocol);
        List<String> expected = new ArrayList<>();
        for (var e : p.endpoints(p.defaults())) expected.add(e.id() + " " + e.definition());
        JsonNode section = RESULTS.get(protocol).get("protocol_endpoints");
        assertThat(section.get("protocol").asText()).isEqualTo(protocol);
        List<String> got = new ArrayList<>();
        for (JsonNode e : section.get("endpoints")) {
            got.add(e.get("id").asText() + " " + e.get("definition").asText());
            String status = e.get("status").asText();
            assertThat(status).isIn("computed", "not-computable", "not-implemented");
            if (status.equals("computed"))
                assertThat(e.get("values").size()).as(e.toString()).isPositive();
            else assertThat(e.get("reason").asText()).as(e.toString()).isNotBlank();
        }
        assertThat(got).containsExactlyElementsOf(expected);
        String md = Files.readString(tmp.resolve(protocol).resolve("report.md"));
        assertThat(md).contains("## Protocol endpoints");
        for (var e : p.endpoints(p.defaults())) assertThat(md).contains(e.id().replace("_", "\\_") + ":");
        assertThat(Files.readString(tmp.resolve(protocol).resolve("report.html")))
                .contains("Protocol endpoints");
    }

    @Test
    void the_protocol_decides_the_definitions() {
        // gu-2014 runs its renal definitions (RREM_EVER: GU-CRPR-EULAR2012 → eular-2012, not the nanjing-cn preset),
        // wang-2014 the ART 2014 clinical ones: no endpoint id or definition is shared except OS
        JsonNode gu = RESULTS.get("gu-2014").get("protocol_endpoints").get("endpoints");
        JsonNode wang = RESULTS.get("wang-2014").get("protocol_endpoints").get("endpoints");
        assertThat(defs(gu)).contains("GU-CRPR-EULAR2012", "GU-FLARE-MORONI", "OS-KM-1", "GFR-CHG-1");
        assertThat(defs(wang)).containsExactly("SAFETY-AE-1", "OS-CRUDE-1", "ART-MCR-1", "ART-PCR-1", "ART-REL-1");
        assertThat(gu.get(0).get("derivation").asText()).startsWith("renal-response/eular-2012");
        // OS: Kaplan-Meier under gu-2014 (OS-KM-1), crude proportion under wang-2014 (OS-CRUDE-1)
        assertThat(find(gu, "OS").at("/values/0/kind").asText()).isEqualTo("kaplan_meier");
        assertThat(find(wang, "OS").at("/values/0/kind").asText()).isEqualTo("proportion");
    }

    @Test
    void example_bundle_numbers_worked_out_by_hand() {
        // examples/bundle (6 subjects; only 00006 died, DS DEATH 2014-05-23): alive at day 365 = 5/6 (OS-CRUDE-1)
        JsonNode wang = RESULTS.get("wang-2014").get("protocol_endpoints").get("endpoints");
        JsonNode os = find(wang, "OS").at("/values/0");
        assertThat(os.get("numerator").asInt()).isEqualTo(5);
        assertThat(os.get("denominator").asInt()).isEqualTo(6);
        assertThat(os.at("/target/numerator").asInt()).isEqualTo(37);
        assertThat(os.at("/target/provenance/tag").asText()).isEqualTo("verified");
        // the example bundle records BILAG-2004 only: the ART 2014 endpoints give the reason
        assertThat(find(wang, "MCR").get("status").asText()).isEqualTo("not-computable");
        assertThat(find(wang, "MCR").get("reason").asText()).contains("BLGGEN");
        // liang-2010 PROT_REL has no derivation yet
        JsonNode liang = RESULTS.get("liang-2010").get("protocol_endpoints").get("endpoints");
        assertThat(find(liang, "PROT_REL").get("status").asText()).isEqualTo("not-implemented");
        // the mg/24 h targets of Liang 2010 are shown in g/24 h (2505.0 mg → 2.505 g)
        assertThat(find(liang, "PROT_CHG").at("/values/0/target/baseline_mean").asDouble())
                .isCloseTo(2.505, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void without_protocol_the_study_json_protocol_is_used_and_an_unshipped_one_is_explained() throws IOException {
        // examples/bundle/study.json names protocol wang-2014-uc-msc, which is not a shipped protocol file
        Path out = tmp.resolve("default");
        var run = AnalyzeRunner.run(BUNDLE, "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode s = MAPPER.readTree(out.resolve("results.json").toFile()).get("protocol_endpoints");
        assertThat(s.get("protocol").asText()).isEqualTo("wang-2014-uc-msc");
        assertThat(s.get("endpoints").size()).isZero();
        assertThat(s.get("note").asText()).contains("not a shipped protocol", "--protocol");
    }

    @Test
    void definition_option_picks_an_alternative_and_rejects_others() throws IOException {
        Path out = tmp.resolve("cn");
        var run = AnalyzeRunner.run(
                BUNDLE, "--protocol", "gu-2014", "--definition", "RREM_EVER=GU-CRPR-CN", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode eps = MAPPER.readTree(out.resolve("results.json").toFile()).at("/protocol_endpoints/endpoints");
        assertThat(find(eps, "RREM_EVER").get("definition").asText()).isEqualTo("GU-CRPR-CN");
        assertThat(find(eps, "RREM_EVER").get("derivation").asText()).startsWith("renal-response/nanjing-cn");
        var bad = AnalyzeRunner.run(
                BUNDLE, "--protocol", "gu-2014", "--definition", "RREM_EVER=SCR-REM-1", "--out", out.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("RREM_EVER", "SCR-REM-1", "GU-CRPR-CN");
    }

    private static List<String> defs(JsonNode eps) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : eps) out.add(e.get("definition").asText());
        return out;
    }

    private static JsonNode find(JsonNode eps, String id) {
        for (JsonNode e : eps) if (e.get("id").asText().equals(id)) return e;
        throw new AssertionError("no endpoint " + id);
    }
}
