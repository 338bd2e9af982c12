package org.msct.trial.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.Causality;
import org.msct.trial.model.IsoDate;
import org.msct.trial.model.TrialData;

/**
 * One fixture per structural problem (src/test/resources/trial/bundle/&lt;name&gt;/: the {@code valid} bundle with
 * one change). Each must fail the whole import with exactly one ERROR naming file, row, variable and value.
 */
class BundleReaderFixtureTest {
    static Path fixture(String name) {
        try {
            return Path.of(BundleReaderFixtureTest.class
                    .getResource("/trial/bundle/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void f00_valid_fixture_loads_without_findings() {
        ReadResult r = BundleReader.read(fixture("valid"));
        assertThat(r.findings()).isEmpty();
        TrialData t = r.data();
        assertThat(t.subjects()).extracting(s -> s.usubjid()).containsExactly("FIX-01-001", "FIX-01-002");
        assertThat(t.labs("FIX-01-001")).extracting(l -> l.stresn()).containsExactly(0.62, 1.8);
        assertThat(t.labs("FIX-01-002")).hasSize(1);
        assertThat(t.labs().get(1).dtc()).isEqualTo(new IsoDate("2014-02-28T08:00"));
        var ae = t.adverseEvents().get(0);
        assertThat(ae.stdtc().precision()).isEqualTo(IsoDate.Precision.MONTH);
        assertThat(ae.toxgr()).isEqualTo(2);
        assertThat(ae.rel()).isEqualTo(Causality.NOT_RELATED);
        assertThat(ae.serious()).isFalse();
        var x = t.infusions().get(0);
        assertThat(x.weightKg()).isEqualTo(55.0);
        assertThat(x.cellsGiven()).isNull();
        assertThat(t.lot(x.lot()).orElseThrow().released()).isTrue();
        assertThat(t.labs().get(2).row()).isEqualTo(3);
    }

    @Test
    void f01_valid_dataset_json_fixture_loads_with_json_null_as_missing() {
        ReadResult r = BundleReader.read(fixture("valid-dataset-json"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.data().subjects().get(0).age()).isEqualTo(34);
        assertThat(r.data().subjects().get(1).age()).isNull();
    }

    @Test
    void f02_unknown_variable_is_a_warning_and_the_data_still_loads() {
        ReadResult r = BundleReader.read(fixture("unknown-variable-warning"));
        assertThat(r.data()).isNotNull();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.ruleId()).isEqualTo("BUNDLE-VAR-UNKNOWN");
            assertThat(f.file()).isEqualTo("lb.csv");
            assertThat(f.variable()).isEqualTo("LBFOO");
        });
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("unknown-domain-file", "BUNDLE-FILE-UNKNOWN", "xx.csv", 0, null, null),
                Arguments.of("missing-study-json", "BUNDLE-FILE-MISSING", "study.json", 0, null, null),
                Arguments.of("missing-dm", "BUNDLE-FILE-MISSING", "dm.csv", 0, null, null),
                Arguments.of("missing-required-variable", "BUNDLE-VAR-MISSING", "lb.csv", 0, "LBTESTCD", null),
                Arguments.of("unparsable-number", "BUNDLE-NUMBER", "lb.csv", 2, "LBSTRESN", "1,8"),
                Arguments.of("unparsable-date", "BUNDLE-DATE", "lb.csv", 1, "LBDTC", "2014-02-30"),
                Arguments.of("partial-date-bad-month", "BUNDLE-DATE", "ae.csv", 1, "AESTDTC", "2014-13"),
                Arguments.of("unknown-usubjid", "BUNDLE-USUBJID-UNKNOWN", "lb.csv", 3, "USUBJID", "FIX-01-003"),
                Arguments.of("duplicate-seq", "BUNDLE-SEQ-DUPLICATE", "lb.csv", 2, "LBSEQ", "1"),
                Arguments.of("duplicate-usubjid", "BUNDLE-USUBJID-DUPLICATE", "dm.csv", 2, "USUBJID", "FIX-01-001"),
                Arguments.of("mixed-formats", "BUNDLE-FORMAT-MIXED", "mixed-formats", 0, null, null),
                Arguments.of("empty-required-value", "BUNDLE-VALUE-REQUIRED", "dm.csv", 2, "SEX", null),
                Arguments.of("wrong-field-count", "BUNDLE-CSV-FIELDS", "lb.csv", 1, null, null),
                Arguments.of("unclosed-quote", "BUNDLE-CSV-FIELDS", "lb.csv", 3, null, null),
                Arguments.of("studyid-mismatch", "BUNDLE-STUDYID", "ae.csv", 1, "STUDYID", "OTHER"),
                Arguments.of("unknown-site", "BUNDLE-SITE-UNKNOWN", "dm.csv", 2, "SITEID", "02"),
                Arguments.of("unknown-lot", "BUNDLE-LOT-UNKNOWN", "ex.csv", 1, "EXLOT", "UC-9"),
                Arguments.of("ctcae-grade-out-of-range", "BUNDLE-CODE", "ae.csv", 1, "AETOXGR", "6"),
                Arguments.of("bad-sex-code", "BUNDLE-CODE", "dm.csv", 1, "SEX", "FEMALE"),
                Arguments.of("suppex-without-parent", "BUNDLE-SUPP-PARENT", "suppex.csv", 1, "IDVARVAL", "2"),
                Arguments.of("dataset-json-records-mismatch", "BUNDLE-JSON", "dm.json", 0, "records", "3"),
                Arguments.of("dataset-json-wrong-name", "BUNDLE-JSON", "dm.json", 0, "name", "AE"),
                Arguments.of("dataset-json-truncated", "BUNDLE-SYNTAX", "dm.json", 0, null, null),
                Arguments.of("dataset-json-number-as-text", "BUNDLE-NUMBER", "dm.json", 1, "AGE", "34 years"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void f10_each_structural_problem_fails_the_whole_import_with_one_error(
            String name, String rule, String file, int row, String variable, String value) {
        ReadResult r = BundleReader.read(fixture(name));
        assertThat(r.data()).as("all-or-nothing: no data with an ERROR").isNull();
        assertThat(r.hasErrors()).isTrue();
        List<Finding> errors = r.errors();
        assertThat(errors).as(errors.toString()).hasSize(1);
        Finding f = errors.get(0);
        assertThat(f.ruleId()).isEqualTo(rule);
        assertThat(f.file()).isEqualTo(file);
        assertThat(f.row()).isEqualTo(row);
        assertThat(f.variable()).isEqualTo(variable);
        assertThat(f.value()).isEqualTo(value);
    }

    @Test
    void f20_missing_folder_is_an_error_not_an_exception() {
        ReadResult r = BundleReader.read(fixture("valid").resolve("no-such-folder"));
        assertThat(r.data()).isNull();
        assertThat(r.errors()).extracting(Finding::ruleId).containsExactly("BUNDLE-FILE-MISSING");
    }
}
