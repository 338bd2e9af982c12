package org.msct.instruments.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.units.Comparison;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;

/** The shipped response definitions validate; one-concept fixtures prove the validator catches each problem. */
class ResponseDefinitionsTest {
    private static Loaded<?> read(String kind, String resource, String file) {
        JsonNode root = DefinitionReader.parseResource(resource);
        BiFunction<JsonNode, String, Loaded<?>> reader =
                switch (kind) {
                    case "sri-4" -> Sri4Definition::read;
                    case "bicla" -> BiclaDefinition::read;
                    case "lldas" -> LldasDefinition::read;
                    case "doris" -> DorisDefinition::read;
                    default -> throw new IllegalArgumentException(kind);
                };
        return reader.apply(root, file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sri-4", "bicla", "lldas", "doris"})
    void def01_shipped_definition_has_no_findings(String id) {
        String resource = "instruments/" + id + ".v1.json";
        Loaded<?> loaded = read(id, resource, resource);
        assertThat(loaded.findings()).isEmpty();
        assertThat(loaded.definition()).isNotNull();
    }

    @Test
    void def02_shipped_values_are_those_of_the_spec() {
        Sri4Definition s = Sri4Definition.standard();
        assertThat(s.sledaiReduction().toString()).isEqualTo("≥ 4");
        assertThat(s.pgaIncrease().op()).isEqualTo(Comparison.LT);
        assertThat(s.pgaIncrease().value()).isEqualTo(0.3);
        assertThat(s.newGrade().get(BilagGrade.B)).containsExactlyInAnyOrder(BilagGrade.C, BilagGrade.D, BilagGrade.E);
        assertThat(BiclaDefinition.standard().newGrade()).isEqualTo(s.newGrade());
        assertThat(BiclaDefinition.standard().pgaIncreaseAbsolute().toString()).isEqualTo("≤ 0.3");
        LldasDefinition l = LldasDefinition.standard();
        assertThat(l.knownDescriptors()).hasSize(24);
        assertThat(l.majorOrgan()).hasSize(15).contains("FEVER", "PROTEINURIA", "VASCULITIS");
        assertThat(l.prednisone().toString()).isEqualTo("≤ 7.5");
        DorisDefinition d = DorisDefinition.standard();
        assertThat(d.pga().toString()).isEqualTo("< 0.5");
        assertThat(d.prednisone().toString()).isEqualTo("≤ 5");
        assertThat(d.serologyWeights()).containsOnlyKeys("LOW_COMPLEMENT", "INCREASED_DNA_BINDING");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sri-4 | sri-4-operator-symbol.json          | criteria.pga_increase.op     | allowed: lt, le, gt, ge",
                "sri-4 | sri-4-criterion-missing.json        | criteria.new_bilag_b         | must be an object",
                "sri-4 | sri-4-misspelt-value.json           | criteria.pga_increase.valu   | unknown member",
                "bicla | bicla-grade-not-milder.json         | new_grade.B                  | grade A is not milder than B",
                "bicla | bicla-unknown-grade.json            | improvement.A[3]             | allowed: A, B, C, D, E",
                "lldas | lldas-descriptor-in-both-lists.json | descriptors                  | both major_organ and permitted",
                "lldas | lldas-descriptor-missing.json       | descriptors                  | found 23",
                "doris | doris-unknown-descriptor.json       | serology_descriptors[0].code | not a SLEDAI-2K descriptor",
                "doris | doris-threshold-not-a-number.json   | criteria.pga.value           | finite number",
            })
    void def03_invalid_fixture_is_reported(String kind, String file, String path, String message) {
        Loaded<?> loaded = read(kind, "instruments/fixtures/" + file, file);
        assertThat(loaded.definition()).isNull();
        List<?> findings = loaded.findings();
        assertThat(loaded.findings()).as(findings.toString()).anySatisfy(f -> {
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.message()).contains(message);
        });
    }
}
