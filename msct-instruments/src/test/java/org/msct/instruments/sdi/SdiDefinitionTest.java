package org.msct.instruments.sdi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped SDI definition validates; each tiny invalid fixture is caught. */
class SdiDefinitionTest {
    static final String FIX = "/instruments/fixtures/";

    @Test
    void shipped_definition_has_no_findings() {
        assertThat(SdiDefinition.validateResource(SdiDefinition.RESOURCE).findings())
                .isEmpty();
        assertThat(SdiDefinition.standard().items()).hasSize(41);
    }

    @Test
    void tiny_valid_fixture_has_no_findings() {
        assertThat(SdiDefinition.validateResource(FIX + "sdi-tiny-valid.json").findings())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "sdi-domain-max-mismatch.json, domains[0].max: is 3 but the items allow 2",
        "sdi-total-mismatch.json, maxTotal: is 47 but the domain maxima add up to 5",
        "sdi-replaces-unknown.json, which is not another item of this domain",
        "sdi-points-not-ascending.json, ascending order",
        "sdi-unknown-persistence.json, allowed: EVER, SIX_MONTHS",
        "sdi-duplicate-item.json, duplicate item CATARACT",
        "sdi-renal-without-replacement.json, domains[1].max: is 3 but the items allow 5",
        "sdi-wrong-id.json, expected"
    })
    void invalid_fixture_is_caught(String file, String expected) {
        SdiDefinition.Parsed p = SdiDefinition.validateResource(FIX + file);
        assertThat(p.definition()).isNull();
        assertThat(p.findings()).anyMatch(f -> f.contains(expected));
    }
}
