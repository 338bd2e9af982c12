package org.msct.trial.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.Labs;
import org.msct.instruments.sledai.Sledai2k;
import org.msct.instruments.sledai.SledaiOptions;
import org.msct.trial.model.Death;
import org.msct.trial.model.InstrumentAssessment;
import org.msct.trial.model.IsoDate;
import org.msct.trial.model.TrialData;

/** The example bundle (examples/bundle) through CSV and Dataset-JSON and back. */
class BundleRoundTripTest {
    @TempDir
    Path tmp;

    private static TrialData example() {
        ReadResult r = BundleReader.read(ExampleBundle.DIR);
        assertThat(r.findings()).isEmpty();
        return r.data();
    }

    @Test
    void r01_example_bundle_loads_with_its_six_subjects_two_sites_and_one_death() {
        TrialData t = example();
        assertThat(t.subjects()).hasSize(6);
        assertThat(t.study().sites()).extracting(s -> s.siteId()).containsExactly("01", "02");
        assertThat(t.infusions()).hasSize(12);
        assertThat(t.subjects().stream().filter(s -> s.died()).toList()).hasSize(1);
        // ExampleBundle: subject 6 dies on study day 256 of a pulmonary infection; RFSTDTC 2013-09-10 + 255 days
        Death d = t.death("MSCT-UC-EX-02-00006").orElseThrow();
        assertThat(d.date()).isEqualTo(new IsoDate("2014-05-23"));
        assertThat(d.cause()).isEqualTo("PULMONARY INFECTION");
        assertThat(t.death("MSCT-UC-EX-01-00001")).isEmpty();
    }

    @Test
    void r02_example_to_model_to_csv_is_byte_identical_and_reads_back_equal() throws IOException {
        TrialData t = example();
        new BundleWriter(ExampleBundle.CLOCK).writeCsv(t, tmp.resolve("csv"));
        assertSameFiles(ExampleBundle.DIR, tmp.resolve("csv"));
        assertThat(BundleReader.read(tmp.resolve("csv")).data()).isEqualTo(t);
    }

    @Test
    void r03_csv_to_dataset_json_to_model_is_equal_and_a_second_write_is_byte_identical() throws IOException {
        TrialData t = example();
        BundleWriter w = new BundleWriter(ExampleBundle.CLOCK);
        w.writeDatasetJson(t, tmp.resolve("j1"));
        ReadResult r = BundleReader.read(tmp.resolve("j1"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.data()).isEqualTo(t);
        w.writeDatasetJson(r.data(), tmp.resolve("j2"));
        assertSameFiles(tmp.resolve("j1"), tmp.resolve("j2"));
        w.writeCsv(r.data(), tmp.resolve("csv"));
        assertSameFiles(ExampleBundle.DIR, tmp.resolve("csv"));
    }

    @Test
    void r04_committed_example_is_what_the_example_generator_writes() throws IOException {
        ExampleBundle.write(tmp.resolve("gen"));
        assertSameFiles(ExampleBundle.DIR, tmp.resolve("gen"));
    }

    @Test
    void r05_dataset_json_follows_the_cdisc_1_1_layout() throws IOException {
        new BundleWriter(ExampleBundle.CLOCK).writeDatasetJson(example(), tmp.resolve("j"));
        JsonNode lb = new ObjectMapper().readTree(tmp.resolve("j/lb.json").toFile());
        List<String> members = new ArrayList<>();
        lb.fieldNames().forEachRemaining(members::add);
        // cdisc-terms.md §7.1 order; optional members fileOID, originator, studyOID in their places
        assertThat(members)
                .containsExactly(
                        "datasetJSONCreationDateTime",
                        "datasetJSONVersion",
                        "fileOID",
                        "originator",
                        "studyOID",
                        "itemGroupOID",
                        "records",
                        "name",
                        "label",
                        "columns",
                        "rows");
        assertThat(lb.get("datasetJSONCreationDateTime").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(lb.get("datasetJSONVersion").asText()).isEqualTo("1.1.0");
        assertThat(lb.get("itemGroupOID").asText()).isEqualTo("IG.LB");
        assertThat(lb.get("name").asText()).isEqualTo("LB");
        assertThat(lb.get("label").asText()).isEqualTo("Laboratory Test Results");
        // 40 visits (5 subjects x 7, subject 6 x 5) x 12 tests of the panel
        assertThat(lb.get("records").asInt()).isEqualTo(lb.get("rows").size()).isEqualTo(40 * 12);
        JsonNode cols = lb.get("columns");
        assertThat(cols.get(0).get("itemOID").asText()).isEqualTo("IT.LB.STUDYID");
        int stresn = -1;
        int seq = -1;
        int visitnum = -1;
        int stat = -1;
        for (int i = 0; i < cols.size(); i++) {
            switch (cols.get(i).get("name").asText()) {
                case "LBSTRESN" -> stresn = i;
                case "LBSEQ" -> seq = i;
                case "VISITNUM" -> visitnum = i;
                case "LBSTAT" -> stat = i;
                default -> {}
            }
        }
        assertThat(cols.get(stresn).get("dataType").asText()).isEqualTo("decimal");
        assertThat(cols.get(stresn).get("targetDataType").asText()).isEqualTo("decimal");
        assertThat(cols.get(seq).get("dataType").asText()).isEqualTo("integer");
        assertThat(cols.get(visitnum).get("dataType").asText()).isEqualTo("float");
        JsonNode row1 = lb.get("rows").get(0);
        // first LB row of examples/bundle/lb.csv: HGB 95 g/L at BASELINE
        assertThat(row1.get(stresn).isTextual()).isTrue();
        assertThat(row1.get(stresn).asText()).isEqualTo("95");
        assertThat(row1.get(seq).isInt()).isTrue();
        assertThat(row1.get(visitnum).isNumber()).isTrue();
        assertThat(row1.get(stat).isNull()).isTrue();
    }

    @Test
    void r06_sledai_total_in_qs_equals_the_msct_instruments_score_of_the_items() {
        TrialData t = example();
        int checked = 0;
        for (var s : t.subjects()) {
            for (InstrumentAssessment a : t.assessments(s.usubjid())) {
                if (a.sledaiInput().isEmpty()) continue;
                var score = Sledai2k.score(
                        new Assessment(a.sledaiInput().get(), Labs.EMPTY, null, null, null, null, null, null, null),
                        SledaiOptions.DEFAULTS);
                assertThat(a.item("SLE2K125").orElseThrow().stresn()).isEqualTo((double) score.score());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6 * 7 - 2); // subject 6 dies on day 256: no month-9 and month-12 visits
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> names;
        try (Stream<Path> s = Files.list(expected)) {
            names = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        }
        try (Stream<Path> s = Files.list(actual)) {
            assertThat(s.map(p -> p.getFileName().toString())
                            .filter(n -> !n.startsWith("."))
                            .sorted()
                            .toList())
                    .isEqualTo(names);
        }
        for (String n : names) {
            assertThat(Files.readAllBytes(actual.resolve(n))).as(n).isEqualTo(Files.readAllBytes(expected.resolve(n)));
        }
    }
}
