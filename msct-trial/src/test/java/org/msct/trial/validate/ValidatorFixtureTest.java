package org.msct.trial.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;

/**
 * One tiny failing bundle per rule (src/test/resources/trial/validate/fixtures, built by make_fixtures.py from subject
 * MSCT-UC-EX-01-00001 of examples/bundle, visits 1–2): each must yield exactly the expected finding of its rule
 * (file, row, variable, value) and no ERROR of any other rule.
 */
class ValidatorFixtureTest {
    static Path fixture(String name) {
        try {
            return Path.of(
                    Objects.requireNonNull(ValidatorFixtureTest.class.getResource("/trial/validate/fixtures/" + name))
                            .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ValidationReport validate(String name) {
        return Validator.standard().validate(fixture(name));
    }

    record Expected(String file, long row, String variable, @Nullable String value) {}

    static Expected at(String file, long row, String variable, @Nullable String value) {
        return new Expected(file, row, variable, value);
    }

    static List<Arguments> fixtures() {
        return List.of(
                // DM row 2 repeats row 1 (the reader's structural rule; both rows named in the message)
                Arguments.of(
                        "duplicate-usubjid",
                        "BUNDLE-USUBJID-DUPLICATE",
                        List.of(at("dm.csv", 2, "USUBJID", "MSCT-UC-EX-01-00001"))),
                // LBDTC 2013-06-10 < RFICDTC 2013-06-16
                Arguments.of("date-before-consent", "VAL-DT-001", List.of(at("lb.csv", 1, "LBDTC", "2013-06-10"))),
                // DAY 7 on 2013-07-12 = study day 14 (RFSTDTC 2013-06-29 is day 1); window 8 -1/+1 = days 7-9
                Arguments.of("visit-outside-window", "VAL-SV-001", List.of(at("sv.csv", 2, "SVSTDTC", "2013-07-12"))),
                // VISITNUM 2 on 2013-06-20, before VISITNUM 1 on 2013-06-29
                Arguments.of("visits-out-of-order", "VAL-SV-002", List.of(at("sv.csv", 2, "SVSTDTC", "2013-06-20"))),
                Arguments.of("unknown-lb-test", "VAL-LB-001", List.of(at("lb.csv", 1, "LBTESTCD", "HGBX"))),
                Arguments.of("unknown-qs-item", "VAL-QS-001", List.of(at("qs.csv", 1, "QSTESTCD", "SLE2K199"))),
                // creatinine in mg/L: no conversion to umol/L in the catalogue
                Arguments.of("lb-unit-not-convertible", "VAL-LB-002", List.of(at("lb.csv", 4, "LBORRESU", "mg/L"))),
                // LBORRES 130 umol/L -> 130 umol/L expected; LBSTRESN 260 differs by 130 > 0.5 + 1.3
                Arguments.of("lb-stresn-inconsistent", "VAL-LB-003", List.of(at("lb.csv", 4, "LBSTRESN", "260"))),
                // items marked PRESENT at baseline score 20 (the example's total); QSSTRESN says 24
                Arguments.of("sledai-total-inconsistent", "VAL-QS-002", List.of(at("qs.csv", 25, "QSSTRESN", "24"))),
                // 58.5 kg x 1e6/kg = 58,500,000 cells; 70,000,000 is +19.66 % > 10 %
                Arguments.of("infusion-dose-off", "VAL-EX-001", List.of(at("ex.csv", 1, "EXTOTCEL", "70000000"))),
                // lot UC2013-002 released = false; both infusions use it
                Arguments.of(
                        "lot-not-released",
                        "VAL-EX-002",
                        List.of(at("ex.csv", 1, "EXLOT", "UC2013-002"), at("ex.csv", 2, "EXLOT", "UC2013-002"))),
                // CD45 5 % > ISCT 2006 maximum 2 %
                Arguments.of(
                        "lot-fails-isct",
                        "VAL-EX-002",
                        List.of(at("ex.csv", 1, "EXLOT", "UC2013-002"), at("ex.csv", 2, "EXLOT", "UC2013-002"))),
                // EXSTDTC 2013-06-27T10:00 < RFSTDTC 2013-06-29
                Arguments.of(
                        "infusion-before-enrolment",
                        "VAL-EX-003",
                        List.of(at("ex.csv", 1, "EXSTDTC", "2013-06-27T10:00"))),
                // death 2013-07-01 (DTHFL Y, DTHDTC, DS DEATH); second infusion 2013-07-06
                Arguments.of(
                        "infusion-after-death", "VAL-EX-004", List.of(at("ex.csv", 2, "EXSTDTC", "2013-07-06T10:00"))),
                // DTHDTC 2014-06-30 with DTHFL empty
                Arguments.of("death-inconsistent", "VAL-DM-002", List.of(at("dm.csv", 1, "DTHFL", null))),
                // AEENDTC 2014-01-01 < AESTDTC 2014-01-06
                Arguments.of("ae-end-before-start", "VAL-AE-001", List.of(at("ae.csv", 1, "AEENDTC", "2014-01-01"))),
                Arguments.of("ae-grade5-without-death", "VAL-AE-002", List.of(at("ae.csv", 1, "AETOXGR", "5"))),
                // ex.csv and suppex.csv emptied
                Arguments.of(
                        "subject-without-infusion",
                        "VAL-EX-005",
                        List.of(at("dm.csv", 1, "USUBJID", "MSCT-UC-EX-01-00001"))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("fixtures")
    void v01_each_fixture_yields_exactly_its_finding(String name, String rule, List<Expected> expected) {
        ValidationReport r = validate(name);
        List<Expected> got = r.findings().stream()
                .filter(f -> f.ruleId().equals(rule))
                .map(f -> at(f.file(), f.row(), f.variable(), f.value()))
                .toList();
        assertThat(got).as(r.findings().toString()).containsExactlyElementsOf(expected);
        assertThat(r.findings().stream().filter(f -> f.isError() && !f.ruleId().equals(rule)))
                .as("errors of other rules")
                .isEmpty();
        boolean isError = r.findings().stream().anyMatch(f -> f.ruleId().equals(rule) && f.isError());
        assertThat(r.data() == null).as("all or nothing").isEqualTo(isError);
    }

    @Test
    void v02_base_fixture_and_example_bundle_validate_without_errors() {
        assertThat(validate("base").findings()).isEmpty();
        ValidationReport ex = Validator.standard().validate(Path.of("..", "examples", "bundle"));
        assertThat(ex.findings().stream().filter(Finding::isError)).isEmpty();
        assertThat(ex.data()).isNotNull();
        assertThat(ex.rowsRead())
                .containsEntry("DM", 6L)
                .containsEntry("LB", 480L)
                .containsEntry("QS", 1400L);
    }

    @Test
    void v03_duplicate_usubjid_names_both_rows() {
        Finding f = validate("duplicate-usubjid").findings().get(0);
        assertThat(f.message()).contains("rows 1 and 2");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void v04_window_is_a_warning_so_the_bundle_still_loads() {
        ValidationReport r = validate("visit-outside-window");
        assertThat(r.errors()).isZero();
        assertThat(r.warnings()).isEqualTo(1);
        assertThat(r.data()).isNotNull();
    }

    @Test
    void v05_lot_failing_isct_names_the_marker() {
        assertThat(validate("lot-fails-isct").findings().get(0).message()).contains("CD45");
    }

    @Test
    void v07_synthetic_bundle_validates_without_errors(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.msct.trial.bundle.SyntheticBundle.write(dir, 60, 20, 7);
        ValidationReport r = Validator.standard().validate(dir);
        assertThat(r.findings().stream().filter(Finding::isError)).isEmpty();
        assertThat(r.rowsRead().get("DM")).isEqualTo(60L);
    }

    @Test
    void v06_rule_ids_are_unique_and_documented() {
        List<String> ids = Rules.standard().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(16).allMatch(i -> i.matches("VAL-[A-Z]{2}-\\d{3}"));
    }
}
