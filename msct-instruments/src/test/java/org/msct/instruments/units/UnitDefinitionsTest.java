package org.msct.instruments.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped units definitions validate; one-concept fixtures prove the validator catches each problem. */
class UnitDefinitionsTest {
    private static final String FIXTURES = "instruments/fixtures/";

    @Test
    void def01_shipped_units_definition_has_no_findings() {
        assertThat(UnitTable.read(DefinitionReader.parseResource(UnitTable.RESOURCE), UnitTable.RESOURCE)
                        .findings())
                .isEmpty();
    }

    @Test
    void def02_shipped_glucocorticoid_definition_has_no_findings() {
        String r = GlucocorticoidEquivalence.RESOURCE;
        assertThat(GlucocorticoidEquivalence.read(DefinitionReader.parseResource(r), r)
                        .findings())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "units-factor-without-source.json     | dimensions[0].units[1].source        | needs its source",
                "units-negative-factor.json           | dimensions[0].units[1].multiply_by   | allowed: a number > 0",
                "units-unit-missing.json              | dimensions                           | unit UREA_MG_PER_DL is missing",
                "units-unit-in-wrong-dimension.json   | dimensions[0].units[3].unit          | is not a unit of CREATININE",
                "units-canonical-with-factor.json     | dimensions[0].units[0]               | must have no conversion factors",
                "units-misspelt-member.json           | dimensions[0].units[1].multiply      | unknown member",
                "units-header-missing-citation.json   | source.citation                      | non-blank text",
                "units-header-wrong-id.json           | id                                   | expected units",
                "units-header-bad-version.json        | version                              | integer ≥ 1",
            })
    void def03_invalid_units_fixture_is_reported(String file, String path, String message) {
        List<DefinitionFinding> findings = UnitTable.read(DefinitionReader.parseResource(FIXTURES + file), file)
                .findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.message()).contains(message);
            assertThat(f.file()).isEqualTo(file);
        });
        assertThat(UnitTable.read(DefinitionReader.parseResource(FIXTURES + file), file)
                        .definition())
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "glucocorticoid-drug-missing.json | equivalent_doses_mg       | drug DEXAMETHASONE is missing",
                "glucocorticoid-zero-dose.json    | equivalent_doses_mg[2].mg | allowed: a number > 0",
            })
    void def04_invalid_glucocorticoid_fixture_is_reported(String file, String path, String message) {
        List<DefinitionFinding> findings = GlucocorticoidEquivalence.read(
                        DefinitionReader.parseResource(FIXTURES + file), file)
                .findings();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.message()).contains(message);
        });
    }

    @Test
    void def05_unparseable_file_and_missing_resource_fail_with_the_name() {
        assertThatThrownBy(() -> DefinitionReader.parseResource(FIXTURES + "units-not-json.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("units-not-json.json")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> DefinitionReader.parseResource(FIXTURES + "no-such-file.json"))
                .hasMessageContaining("not found");
    }

    @Test
    void def06_loaded_or_throw_lists_the_findings() {
        String f = "units-negative-factor.json";
        Loaded<UnitTable> loaded = UnitTable.read(DefinitionReader.parseResource(FIXTURES + f), f);
        assertThatThrownBy(loaded::orThrow).hasMessageContaining("multiply_by");
    }

    @Test
    void def07_comparison_codes() {
        assertThat(Comparison.fromCode("lt")).isEqualTo(Comparison.LT);
        assertThat(Comparison.fromCode("ge")).isEqualTo(Comparison.GE);
        assertThat(Comparison.fromCode("<")).isNull();
        assertThat(new Threshold(Comparison.LE, 0.3).test(0.3)).isTrue();
        assertThat(new Threshold(Comparison.LT, 0.3).test(0.3)).isFalse();
        assertThat(new Threshold(Comparison.GE, 4).toString()).isEqualTo("≥ 4");
    }
}
