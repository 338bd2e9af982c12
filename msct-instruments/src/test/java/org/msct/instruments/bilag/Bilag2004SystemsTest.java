package org.msct.instruments.bilag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.instruments.bilag.BilagFixtures.assessment;
import static org.msct.instruments.bilag.BilagFixtures.items;
import static org.msct.instruments.model.BilagGrade.A;
import static org.msct.instruments.model.BilagGrade.B;
import static org.msct.instruments.model.BilagGrade.C;
import static org.msct.instruments.model.BilagGrade.D;
import static org.msct.instruments.model.BilagGrade.E;
import static org.msct.instruments.model.BilagSystem.CARDIORESPIRATORY;
import static org.msct.instruments.model.BilagSystem.CONSTITUTIONAL;
import static org.msct.instruments.model.BilagSystem.GASTROINTESTINAL;
import static org.msct.instruments.model.BilagSystem.MUCOCUTANEOUS;
import static org.msct.instruments.model.BilagSystem.MUSCULOSKELETAL;
import static org.msct.instruments.model.BilagSystem.NEUROPSYCHIATRIC;
import static org.msct.instruments.model.BilagSystem.OPHTHALMIC;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;

/** Systems 1–7: TV-B* of instruments.md and the non-renal vectors of bilag2004-notes.md §6.1 (prefixed notes_). */
class Bilag2004SystemsTest {

    private static BilagGrade grade(BilagSystem system, Object... kv) {
        return Bilag2004.grade(assessment(items(kv)), null, BilagOptions.DEFAULTS)
                .grade(system);
    }

    @Test
    void tv_B1_skin_eruption_severe_worse_gives_A() {
        assertThat(grade(MUCOCUTANEOUS, 5, 3)).isEqualTo(A);
    }

    @Test
    void tv_B2_skin_eruption_severe_improving_gives_B() {
        assertThat(grade(MUCOCUTANEOUS, 5, 1)).isEqualTo(B);
    }

    @Test
    void tv_B3_skin_eruption_mild_same_gives_B() {
        assertThat(grade(MUCOCUTANEOUS, 6, 2)).isEqualTo(B);
    }

    @Test
    void tv_B4_mild_eruption_improving_and_mild_alopecia_new_gives_C() {
        assertThat(grade(MUCOCUTANEOUS, 6, 1, 16, 4)).isEqualTo(C);
    }

    @Test
    void tv_B5_severe_arthritis_new_gives_A() {
        assertThat(grade(MUSCULOSKELETAL, 41, 4)).isEqualTo(A);
    }

    @Test
    void tv_B6_severe_arthritis_improving_and_arthralgia_same_gives_B() {
        assertThat(grade(MUSCULOSKELETAL, 41, 1, 43, 2)).isEqualTo(B);
    }

    @Test
    void tv_B7_arthralgia_worse_gives_C() {
        assertThat(grade(MUSCULOSKELETAL, 43, 3)).isEqualTo(C);
    }

    @Test
    void tv_B8_psychosis_new_gives_A() {
        assertThat(grade(NEUROPSYCHIATRIC, 24, 4)).isEqualTo(A);
    }

    @Test
    void tv_B9_seizure_disorder_same_gives_B() {
        assertThat(grade(NEUROPSYCHIATRIC, 30, 2)).isEqualTo(B);
    }

    @Test
    void tv_B10_seizure_disorder_improving_gives_C() {
        assertThat(grade(NEUROPSYCHIATRIC, 30, 1)).isEqualTo(C);
    }

    @Test
    void tv_B11_pleurisy_worse_gives_B() {
        assertThat(grade(CARDIORESPIRATORY, 48, 3)).isEqualTo(B);
    }

    @Test
    void tv_B12_tamponade_new_gives_A() {
        assertThat(grade(CARDIORESPIRATORY, 49, 4)).isEqualTo(A);
    }

    @Test
    void tv_B14_lupus_hepatitis_same_gives_B() {
        assertThat(grade(GASTROINTESTINAL, 62, 2)).isEqualTo(B);
    }

    @Test
    void tv_B15_episcleritis_same_gives_C() {
        assertThat(grade(OPHTHALMIC, 71, 2)).isEqualTo(C);
    }

    @Test
    void tv_B17_mucocutaneous_all_zero_previously_involved_gives_D() {
        BilagInput in = items(Set.of(MUCOCUTANEOUS), 5, 0, 6, 0, 16, 0);
        assertThat(Bilag2004.grade(assessment(in), null, BilagOptions.DEFAULTS).grade(MUCOCUTANEOUS))
                .isEqualTo(D);
    }

    @Test
    void tv_B18_ophthalmic_all_zero_never_involved_gives_E() {
        assertThat(grade(OPHTHALMIC, 65, 0, 71, 0)).isEqualTo(E);
    }

    @Test
    void tv_B23_pyrexia_worse_with_weight_loss_and_anorexia_gives_A() {
        assertThat(grade(CONSTITUTIONAL, 1, 3, 2, 2, 4, 2)).isEqualTo(A);
    }

    @Test
    void tv_B24_pyrexia_same_alone_gives_B() {
        assertThat(grade(CONSTITUTIONAL, 1, 2)).isEqualTo(B);
    }

    @Test
    void tv_B25_anorexia_same_alone_gives_C() {
        assertThat(grade(CONSTITUTIONAL, 4, 2)).isEqualTo(C);
    }

    @Test
    void notes_tv_K1_to_K8_constitutional() {
        assertThat(grade(CONSTITUTIONAL, 1, 3, 2, 2, 3, 2)).as("K1").isEqualTo(A);
        assertThat(grade(CONSTITUTIONAL, 1, 4, 2, 3, 4, 2)).as("K2").isEqualTo(A);
        assertThat(grade(CONSTITUTIONAL, 1, 3, 2, 1)).as("K3").isEqualTo(B);
        assertThat(grade(CONSTITUTIONAL, 3, 3, 4, 3)).as("K4").isEqualTo(B);
        assertThat(grade(CONSTITUTIONAL, 1, 2, 4, 3)).as("K5").isEqualTo(B);
        assertThat(grade(CONSTITUTIONAL, 2, 4)).as("K6").isEqualTo(C);
        assertThat(grade(CONSTITUTIONAL, 1, 1, 3, 4)).as("K7").isEqualTo(C);
        assertThat(grade(CONSTITUTIONAL, 1, 1, 2, 2, 4, 2)).as("K8").isEqualTo(B);
    }

    @Test
    void notes_constitutional_extra_cases() {
        assertThat(grade(CONSTITUTIONAL, 1, 1)).isEqualTo(C);
        assertThat(grade(CONSTITUTIONAL, 2, 1, 4, 1)).isEqualTo(C);
        for (int code = 2; code <= 4; code++)
            assertThat(grade(CONSTITUTIONAL, 2, code)).isEqualTo(C);
        for (int code = 1; code <= 4; code++)
            assertThat(grade(CONSTITUTIONAL, 1, 1, 3, code)).isEqualTo(C);
        assertThat(grade(CONSTITUTIONAL)).isEqualTo(E);
    }

    @Test
    void notes_tv_M1_to_M6_mucocutaneous() {
        assertThat(grade(MUCOCUTANEOUS, 5, 2, 6, 3)).as("M1").isEqualTo(A);
        assertThat(grade(MUCOCUTANEOUS, 5, 1, 6, 1)).as("M2").isEqualTo(B);
        assertThat(grade(MUCOCUTANEOUS, 12, 1)).as("M3").isEqualTo(C);
        assertThat(grade(MUCOCUTANEOUS, 17, 2)).as("M4").isEqualTo(C);
        assertThat(grade(MUCOCUTANEOUS, 13, 4)).as("M5").isEqualTo(A);
        assertThat(grade(MUCOCUTANEOUS, 14, 1)).as("M6").isEqualTo(C);
    }

    @Test
    void notes_tv_N1_to_N7_neuropsychiatric() {
        assertThat(grade(NEUROPSYCHIATRIC, 36, 2)).as("N1").isEqualTo(A);
        assertThat(grade(NEUROPSYCHIATRIC, 31, 1)).as("N2").isEqualTo(B);
        assertThat(grade(NEUROPSYCHIATRIC, 38, 3)).as("N3").isEqualTo(B);
        assertThat(grade(NEUROPSYCHIATRIC, 33, 1)).as("N4").isEqualTo(C);
        assertThat(grade(NEUROPSYCHIATRIC, 30, 2, 32, 4, 37, 3)).as("N5").isEqualTo(B);
        assertThat(grade(NEUROPSYCHIATRIC, 20, 1, 19, 4)).as("N6").isEqualTo(A);
        assertThat(grade(NEUROPSYCHIATRIC, 26, 1, 29, 1, 35, 1)).as("N7").isEqualTo(B);
    }

    @Test
    void notes_tv_S1_S2_musculoskeletal() {
        assertThat(grade(MUSCULOSKELETAL, 40, 1)).as("S1").isEqualTo(C);
        assertThat(grade(MUSCULOSKELETAL, 43, 2)).as("S2").isEqualTo(C);
    }

    @Test
    void notes_tv_H1_H2_cardiorespiratory() {
        assertThat(grade(CARDIORESPIRATORY, 53, 1)).as("H1").isEqualTo(B);
        assertThat(grade(CARDIORESPIRATORY, 44, 1)).as("H2").isEqualTo(C);
    }

    @Test
    void notes_tv_G1_G2_gastrointestinal() {
        assertThat(grade(GASTROINTESTINAL, 64, 3)).as("G1").isEqualTo(A);
        assertThat(grade(GASTROINTESTINAL, 62, 1)).as("G2").isEqualTo(C);
    }

    @Test
    void notes_tv_O1_O2_ophthalmic() {
        assertThat(grade(OPHTHALMIC, 75, 2)).as("O1").isEqualTo(C);
        assertThat(grade(OPHTHALMIC, 77, 1)).as("O2").isEqualTo(B);
    }

    @Test
    void notes_tv_X1_to_X4_highest_grade_wins_whatever_the_item_order() {
        assertThat(grade(MUCOCUTANEOUS, 5, 1, 7, 4)).as("X1").isEqualTo(A);
        assertThat(grade(MUSCULOSKELETAL, 39, 1, 41, 4)).as("X2").isEqualTo(A);
        assertThat(grade(GASTROINTESTINAL, 56, 1, 58, 4)).as("X3").isEqualTo(A);
        assertThat(grade(OPHTHALMIC, 65, 1, 66, 4)).as("X4").isEqualTo(A);
    }

    @Test
    void every_A_set_item_gives_A_at_2_to_4_and_B_at_1_and_every_C_set_item_gives_C() {
        Bilag2004Definition def = Bilag2004Definition.standard();
        for (ItemDef d : def.items()) {
            if (d.kind() != ItemKind.SCALE || d.set() == null) continue;
            BilagGrade atOne = d.set() == A ? B : C;
            assertThat(grade(d.system(), d.number(), 1))
                    .as("item %d at 1", d.number())
                    .isEqualTo(atOne);
            for (int code = 2; code <= 4; code++) {
                assertThat(grade(d.system(), d.number(), code))
                        .as("item %d at %d", d.number(), code)
                        .isEqualTo(d.set());
            }
            assertThat(grade(d.system(), d.number(), 0))
                    .as("item %d at 0", d.number())
                    .isEqualTo(E);
        }
    }

    @Test
    void explanation_names_the_rule_and_the_items() {
        BilagResult r = Bilag2004.grade(assessment(items(5, 1, 7, 4, 16, 2)), null, BilagOptions.DEFAULTS);
        assertThat(r.explanation(MUCOCUTANEOUS))
                .startsWith("MUCOCUTANEOUS A: any A-set item at 2-4")
                .contains("item 7 Angio-oedema – severe = 4 (new)")
                .doesNotContain("item 16");
        assertThat(r.systems().get(MUCOCUTANEOUS).triggers()).containsExactly(new BilagTrigger.Item(7, 4, A));
        assertThat(r.explanation(OPHTHALMIC)).contains("E", "no previous involvement recorded");
    }

    @Test
    void not_done_items_are_ignored_and_reported() {
        BilagInput in = new BilagInput(java.util.Map.of(43, 2), java.util.Map.of(), Set.of(), Set.of(41), Set.of());
        BilagResult r = Bilag2004.grade(assessment(in), null, BilagOptions.DEFAULTS);
        assertThat(r.grade(MUSCULOSKELETAL)).isEqualTo(C);
        assertThat(r.warnings()).anyMatch(w -> w.contains("item 41") && w.contains("ND"));
    }
}
