package org.msct.trial.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.trial.finding.Finding;

/**
 * Tiny protocol fixtures, one concept each (src/test/resources/trial/protocols/fixtures): each is the minimal valid
 * protocol with one defect, and the validator reports exactly the rule that defect breaks.
 */
class ProtocolFixturesTest {

    static String fixture(String name) throws IOException {
        try (InputStream in =
                ProtocolFixturesTest.class.getResourceAsStream("/trial/protocols/fixtures/" + name + ".v1.json")) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            minimal                    |         | true  |
            with-option                |         | true  |
            unused-option              | PRT-023 | true  | options
            overlapping-windows        | PRT-033 | true  | visits
            infusion-outside-visits    | PRT-034 | true  | regimen.infusions
            not-json                   | PRT-001 | false |
            unknown-member             | PRT-001 | false | titel
            unknown-denominator        | PRT-001 | false | endpoints[0].denominator
            missing-source             | PRT-002 | false | source.citations
            id-mismatch                | PRT-003 | false | id
            inferred-without-note      | PRT-004 | false | eligibility.criteria[0].provenance.note
            unknown-source-ref         | PRT-004 | false | eligibility.criteria[0].provenance.sources
            bad-criterion-code         | PRT-010 | false | eligibility.criteria[0].code
            duplicate-code             | PRT-011 | false | eligibility.criteria
            unknown-condition-type     | PRT-012 | false | eligibility.criteria[0].condition
            age-reversed               | PRT-013 | false | eligibility.criteria[0].condition.min
            sledai-out-of-range        | PRT-013 | false | eligibility.criteria[0].condition.value
            empty-any                  | PRT-013 | false | eligibility.criteria[0].condition.of
            unknown-classification-set | PRT-014 | false | eligibility.criteria[0].condition.sets
            when-unknown-option        | PRT-020 | false | eligibility.criteria[0].when.option
            when-unknown-choice        | PRT-021 | false | eligibility.criteria[0].when.in
            default-not-a-choice       | PRT-022 | false | options[0].default
            visits-out-of-order        | PRT-030 | false | visits
            visit-days-not-increasing  | PRT-031 | false | visits
            negative-window            | PRT-032 | false | visits[0].windowBefore
            bad-epoch                  | PRT-035 | false | visits[0].epoch
            dose-out-of-range          | PRT-040 | false | regimen.dose.value
            dose-unit                  | PRT-040 | false | regimen.dose.unit
            two-release-specs          | PRT-041 | false | regimen.release
            first-infusion-not-day-0   | PRT-042 | false | regimen.infusions
            conditioning-reversed      | PRT-043 | false | regimen.conditioning[0].doseMin
            no-cell-source             | PRT-044 | false | regimen.cells.sources
            percent-inconsistent       | PRT-050 | false | endpoints[0].targets[0].percent
            bad-definition-id          | PRT-051 | false | endpoints[0].definition
            """)
    void pf01_each_fixture_breaks_exactly_its_rule(String name, String rule, boolean loads, String variable)
            throws IOException {
        ProtocolLoader.Result r = ProtocolLoader.parse(fixture(name), name + ".v1.json");
        List<String> expected = rule == null ? List.of() : Arrays.asList(rule.split(" "));
        assertThat(new TreeSet<>(r.findings().stream().map(Finding::ruleId).toList()))
                .as("rules of %s: %s", name, r.findings())
                .containsExactlyElementsOf(new TreeSet<>(expected));
        assertThat(r.ok()).as("loads: %s", r.findings()).isEqualTo(loads);
        if (variable != null) {
            assertThat(r.findings()).extracting(Finding::variable).contains(variable);
        }
        r.findings().forEach(f -> assertThat(f.file()).isEqualTo(name + ".v1.json"));
    }
}
