package org.msct.instruments.sledai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped SLEDAI-2K and PGA definitions validate; each tiny invalid fixture is caught. */
class SledaiDefinitionTest {
    static final String FIX = "/instruments/fixtures/";

    @Test
    void shipped_sledai_definition_has_no_findings() {
        assertThat(SledaiDefinition.validateResource(SledaiDefinition.RESOURCE).findings())
                .isEmpty();
        SledaiDefinition d = SledaiDefinition.standard();
        assertThat(d.maxScore()).isEqualTo(105);
        assertThat(d.clinicalMaxScore()).isEqualTo(101);
    }

    @Test
    void shipped_pga_definition_has_no_findings() {
        assertThat(Pga.validateResource(Pga.RESOURCE).findings()).isEmpty();
        assertThat(Pga.validateResource(FIX + "sledai-pga-tiny-valid.json").findings())
                .isEmpty();
    }

    @Test
    void tiny_valid_fixture_has_no_findings() {
        assertThat(SledaiDefinition.validateResource(FIX + "sledai-tiny-valid.json")
                        .findings())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "sledai-missing-citation.json, source.citation",
        "sledai-duplicate-code.json, duplicate code ARTHRITIS",
        "sledai-unknown-operator.json, unknown operator",
        "sledai-unknown-lab-field.json, c3_mg_dl",
        "sledai-operator-wrong-type.json, does not apply to numeric lab",
        "sledai-max-mismatch.json, score.max: is 7 but the weights add up to 6",
        "sledai-clinical-max-mismatch.json, clinical weights add up to 4",
        "sledai-number-out-of-order.json, expected 2",
        "sledai-weight-not-positive.json, weight",
        "sledai-wrong-window.json, WINDOW_30D",
        "sledai-lowercase-code.json, upper-case",
        "sledai-joint-count-lt.json, must be gt or ge",
        "sledai-not-json.json, not valid JSON",
        "sledai-absent-file.json, resource not found"
    })
    void invalid_fixture_is_caught(String file, String expected) {
        SledaiDefinition.Parsed p = SledaiDefinition.validateResource(FIX + file);
        assertThat(p.definition()).isNull();
        assertThat(p.findings()).anyMatch(f -> f.contains(expected));
    }

    @ParameterizedTest
    @CsvSource({"sledai-pga-min-not-zero.json, scale.min", "sledai-pga-missing-millimetres.json, millimetres"})
    void invalid_pga_fixture_is_caught(String file, String expected) {
        List<String> findings = Pga.validateResource(FIX + file).findings();
        assertThat(findings).anyMatch(f -> f.contains(expected));
    }
}
