package org.msct.instruments.renal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.instruments.units.DefinitionReader;

/** The shipped eGFR definition validates; one-concept fixtures prove the validator catches each problem. */
class EgfrDefinitionTest {
    @Test
    void def01_shipped_egfr_definition_has_no_findings() {
        var loaded =
                EgfrDefinition.read(DefinitionReader.parseResource(EgfrDefinition.RESOURCE), EgfrDefinition.RESOURCE);
        assertThat(loaded.findings()).isEmpty();
        EgfrDefinition d = loaded.orThrow();
        assertThat(d.ckdEpi2021().constant()).isEqualTo(142.0);
        assertThat(d.ckdEpi2021().blackFactor()).isEqualTo(1.0);
        assertThat(d.table2009().female()).isEqualTo(144.0);
        assertThat(d.applicableAge()).containsKeys(EgfrEquation.values());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "egfr-coefficient-missing.json     | equations.ckd_epi_2021.age_base                 | finite number",
                "egfr-unknown-operator.json        | equations.schwartz_bedside.applicable_age_years[0].op | allowed: lt, le, gt, ge",
                "egfr-race-factor-in-2021.json     | equations.ckd_epi_2021.black_factor             | race-free",
                "egfr-constant-not-a-number.json   | equations.mdrd.constant_idms                    | finite number",
            })
    void def02_invalid_egfr_fixture_is_reported(String file, String path, String message) {
        var loaded = EgfrDefinition.read(DefinitionReader.parseResource("instruments/fixtures/" + file), file);
        assertThat(loaded.definition()).isNull();
        assertThat(loaded.findings()).anySatisfy(f -> {
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.message()).contains(message);
        });
    }
}
