package org.msct.instruments.sfi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped SFI definition validates; each tiny invalid fixture is caught. */
class SfiDefinitionTest {
    static final String FIX = "/instruments/fixtures/";

    @Test
    void shipped_definition_has_no_findings() {
        assertThat(SfiDefinition.validateResource(SfiDefinition.RESOURCE).findings())
                .isEmpty();
        SfiDefinition d = SfiDefinition.standard();
        assertThat(d.sledaiSevereLevel().toString()).isEqualTo("> 12");
        assertThat(d.pgaSevereLevel().toString()).isEqualTo("> 2.5");
        assertThat(d.features()).hasSize(17);
        assertThat(d.groups())
                .extracting(SfiDefinition.Group::name)
                .containsExactly("CYCLOPHOSPHAMIDE", "AZATHIOPRINE", "METHOTREXATE", "MYCOPHENOLATE");
    }

    @Test
    void tiny_valid_fixture_has_no_findings() {
        assertThat(SfiDefinition.validateResource(FIX + "sfi-tiny-valid.json").findings())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "sfi-unknown-flare-level.json, is not allowed; allowed: MILD_MODERATE",
        "sfi-threshold-lt.json, must be gt or ge",
        "sfi-unknown-sledai-link.json, is not a SLEDAI-2K descriptor",
        "sfi-code-in-two-groups.json, code MMF is in two groups",
        "sfi-duplicate-feature.json, duplicate code ARTHRITIS",
        "sfi-missing-threshold.json, sledai.severeLevel",
        "sfi-yes-no-derivation.json, must be a numeric lab"
    })
    void invalid_fixture_is_caught(String file, String expected) {
        SfiDefinition.Parsed p = SfiDefinition.validateResource(FIX + file);
        assertThat(p.definition()).isNull();
        assertThat(p.findings()).anyMatch(f -> f.contains(expected));
    }
}
