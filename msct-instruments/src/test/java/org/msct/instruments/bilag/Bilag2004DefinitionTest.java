package org.msct.instruments.bilag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/** The shipped definition is valid and matches the spec; the validator catches one problem per fixture. */
class Bilag2004DefinitionTest {
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void shipped_definition_has_no_findings() {
        Bilag2004DefinitionReader.Loaded loaded = Bilag2004DefinitionReader.readResource(Bilag2004Definition.RESOURCE);
        assertThat(loaded.findings()).isEmpty();
        assertThat(loaded.definition()).isNotNull();
        assertThat(loaded.definition().versionTag()).isEqualTo("bilag-2004@1.0.0");
        assertThat(loaded.definition().citation()).contains("Isenberg", "2005;44:902-6");
    }

    @Test
    void ninety_seven_items_in_nine_systems_as_in_section_4_2() {
        Bilag2004Definition def = Bilag2004Definition.standard();
        assertThat(def.items())
                .hasSize(97)
                .extracting(ItemDef::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 97).boxed().toList());
        Map<BilagSystem, int[]> ranges = Map.of(
                BilagSystem.CONSTITUTIONAL,
                new int[] {1, 4},
                BilagSystem.MUCOCUTANEOUS,
                new int[] {5, 18},
                BilagSystem.NEUROPSYCHIATRIC,
                new int[] {19, 38},
                BilagSystem.MUSCULOSKELETAL,
                new int[] {39, 43},
                BilagSystem.CARDIORESPIRATORY,
                new int[] {44, 55},
                BilagSystem.GASTROINTESTINAL,
                new int[] {56, 64},
                BilagSystem.OPHTHALMIC,
                new int[] {65, 77},
                BilagSystem.RENAL,
                new int[] {78, 89},
                BilagSystem.HAEMATOLOGICAL,
                new int[] {90, 97});
        ranges.forEach((system, r) -> assertThat(def.items(system))
                .extracting(ItemDef::number)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(r[0], r[1]).boxed().toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "MUCOCUTANEOUS; 5 7 9 11 13; 6 12 14 15; 8 10 16 17 18",
                "NEUROPSYCHIATRIC; 19 20 21 22 23 24 25 26 27 28 29 31 36; 30 32 33 34 35 37 38; ",
                "MUSCULOSKELETAL; 39 41; 40 42; 43",
                "CARDIORESPIRATORY; 45 46 47 49 50 51 52 53 54 55; 44 48; ",
                "GASTROINTESTINAL; 56 58 61 63 64; 57 59 60 62; ",
                "OPHTHALMIC; 65 66 69 72 74 76 77; 67 68 70 73; 71 75"
            })
    void item_sets_match_bilag2004_notes_section_3(BilagSystem system, String a, String b, String c) {
        List<ItemDef> items = Bilag2004Definition.standard().items(system);
        assertThat(numbers(items, BilagGrade.A)).isEqualTo(a.trim());
        assertThat(numbers(items, BilagGrade.B)).isEqualTo(b.trim());
        assertThat(numbers(items, BilagGrade.C)).isEqualTo(c == null ? "" : c.trim());
    }

    private static String numbers(List<ItemDef> items, BilagGrade set) {
        return String.join(
                " ",
                items.stream()
                        .filter(d -> d.set() == set)
                        .map(d -> "" + d.number())
                        .toList());
    }

    @Test
    void item_kinds_and_labs() {
        Bilag2004Definition def = Bilag2004Definition.standard();
        for (int n : new int[] {80, 85, 88, 89, 96, 97})
            assertThat(def.item(n).kind()).isEqualTo(ItemKind.YES_NO);
        assertThat(def.item(95).kind()).isEqualTo(ItemKind.SCALE_OR_YES_NO);
        assertThat(def.itemOf(LabField.UPCR)).isEqualTo(83);
        assertThat(def.itemOf(LabField.PLATELETS)).isEqualTo(94);
        assertThat(def.item(86).lab()).isEqualTo(LabField.CREATININE);
        assertThat(def.weight("BILAG_2004", BilagGrade.B)).isEqualTo(8);
        assertThat(def.weight("CLASSIC_9_3_1", BilagGrade.A)).isEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bilag-missing-id.json, BILAG-DEF-01, id",
        "bilag-unknown-operator.json, BILAG-DEF-05, renal.criterionA1.quantitative.upcr_mg_mmol.op",
        "bilag-duplicate-item.json, BILAG-DEF-02, systems[0].items[1].number",
        "bilag-bad-set.json, BILAG-DEF-03, systems[0].items[0].set",
        "bilag-condition-foreign-item.json, BILAG-DEF-04, systems[0].rules.A.condition.count.items[0]",
        "bilag-condition-code-out-of-scale.json, BILAG-DEF-04, setPattern.A.sets[0].codes",
        "bilag-haem-bands-unordered.json, BILAG-DEF-06, haematological.bands[0].grades.B",
        "bilag-numeric-unordered.json, BILAG-DEF-07, numericSchemes.BILAG_2004",
        "bilag-unknown-system.json, BILAG-DEF-08, systems[0].system",
        "bilag-renal-percent-out-of-range.json, BILAG-DEF-09, renal.criterionA1.notImprovedFallPercent",
        "bilag-unknown-lab.json, BILAG-DEF-03, systems[0].items[0].lab"
    })
    void invalid_fixture_is_caught(String file, String code, String path) {
        Bilag2004DefinitionReader.Loaded loaded =
                Bilag2004DefinitionReader.readResource("/instruments/fixtures/" + file);
        assertThat(loaded.definition()).isNull();
        assertThat(loaded.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.path()).isEqualTo(path);
        });
    }

    @Test
    void missing_file_and_malformed_json_are_findings() {
        assertThat(Bilag2004DefinitionReader.readResource("/instruments/fixtures/none.json")
                        .findings())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not found"));
        assertThat(Bilag2004DefinitionReader.read(M.createArrayNode()).findings())
                .hasSize(1);
    }

    // One defect injected into the shipped file gives findings of exactly one concept.

    @Test
    void shipped_file_without_item_50_gives_only_numbering_findings() throws Exception {
        assertOnly(
                DefinitionFinding.ITEM_NUMBERING,
                root -> ((ArrayNode) system(root, 4).get("items")).remove(6));
    }

    @Test
    void shipped_file_with_a_lower_bound_haem_band_gives_only_band_findings() throws Exception {
        assertOnly(DefinitionFinding.HAEM_BANDS, root -> ((ObjectNode) root.at("/haematological/bands/0/grades/A"))
                .put("op", "gt"));
    }

    @Test
    void shipped_file_without_sediment_criterion_gives_only_item_findings() throws Exception {
        assertOnly(
                DefinitionFinding.ITEM_ATTRIBUTE,
                root -> ((ObjectNode) system(root, 7).get("items").get(10)).remove("renalCriterion"));
    }

    @Test
    void shipped_file_with_gfr_as_lower_bound_gives_only_threshold_findings() throws Exception {
        assertOnly(DefinitionFinding.THRESHOLD, root -> ((ObjectNode) root.at("/renal/criterionA3/gfrFall/below"))
                .put("op", "ge"));
    }

    @Test
    void shipped_file_with_a_five_point_scale_gives_only_condition_findings() throws Exception {
        assertOnly(DefinitionFinding.CONDITION, root -> ((ObjectNode) root.get("codes")).put("max", 5));
    }

    private static ObjectNode system(ObjectNode root, int index) {
        return (ObjectNode) root.get("systems").get(index);
    }

    private static void assertOnly(String code, Consumer<ObjectNode> defect) throws Exception {
        ObjectNode root;
        try (InputStream in = Bilag2004DefinitionTest.class.getResourceAsStream(Bilag2004Definition.RESOURCE)) {
            root = (ObjectNode) M.readTree(in);
        }
        defect.accept(root);
        Bilag2004DefinitionReader.Loaded loaded = Bilag2004DefinitionReader.read(root);
        assertThat(loaded.definition()).isNull();
        assertThat(loaded.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.code())
                .isEqualTo(code));
    }
}
