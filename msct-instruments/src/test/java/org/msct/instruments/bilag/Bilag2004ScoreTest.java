package org.msct.instruments.bilag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.instruments.bilag.BilagFixtures.assessment;
import static org.msct.instruments.bilag.BilagFixtures.items;
import static org.msct.instruments.bilag.BilagFixtures.labs;
import static org.msct.instruments.model.BilagGrade.A;
import static org.msct.instruments.model.BilagGrade.D;
import static org.msct.instruments.model.BilagGrade.E;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.instruments.bilag.BilagOptions.ClassicScheme;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.Labs;

/** Numeric scores (TV-N2, TV-N3 of instruments.md), D/E history options, missing sections. */
class Bilag2004ScoreTest {
    private static final BilagOptions O = BilagOptions.DEFAULTS;

    private static Assessment allA() {
        BilagInput in = items(1, 3, 2, 2, 4, 2, 5, 3, 24, 4, 41, 4, 49, 4, 56, 4, 65, 4, 80, true, 88, true);
        return assessment(labs("platelets_10e9_l", 20), in);
    }

    @Test
    void tv_N2_all_nine_systems_A_give_108() {
        BilagResult r = Bilag2004.grade(allA(), null, O);
        assertThat(r.grades()).hasSize(9).allSatisfy((s, g) -> assertThat(g).isEqualTo(A));
        assertThat(r.numeric2004()).isEqualTo(108);
        // classic BILAG has 8 systems (no ophthalmic): 8 x 9 = 72 (clinical-definitions.md section 5.5)
        assertThat(r.numericClassic()).isEqualTo(72);
        assertThat(r.renal2004()).isEqualTo(12);
        assertThat(r.renalClassic()).isEqualTo(9);
        assertThat(r.version()).contains("bilag-2004@1.0.0", "BILAG_2004", "CLASSIC_9_3_1");
    }

    @Test
    void tv_N3_all_D_or_E_give_0() {
        BilagInput in = items(EnumSet.of(BilagSystem.RENAL, BilagSystem.MUCOCUTANEOUS), 5, 0, 41, 0);
        BilagResult r = Bilag2004.grade(assessment(in), null, O);
        assertThat(r.grades().values()).containsOnly(D, E);
        assertThat(r.grade(BilagSystem.RENAL)).isEqualTo(D);
        assertThat(r.grade(BilagSystem.OPHTHALMIC)).isEqualTo(E);
        assertThat(r.numeric2004()).isZero();
        assertThat(r.numericClassic()).isZero();
        assertThat(r.renal2004()).isZero();
    }

    @Test
    void contract_example_items_give_36_and_classic_27() {
        BilagResult r =
                Bilag2004.grade(assessment(items(Set.of(BilagSystem.RENAL), 5, 3, 41, 4, 85, true, 88, true)), null, O);
        assertThat(r.numeric2004()).isEqualTo(36);
        assertThat(r.numericClassic()).isEqualTo(27);
    }

    @Test
    void hand_computed_mixed_grades() {
        // MUCO B (8 / 3), MSK C (1 / 1), renal B from UPCR 60 unchanged (8 / 3), others E
        Assessment cur = assessment(labs("upcr_mg_mmol", 60), items(6, 2, 43, 3));
        BilagResult r = Bilag2004.grade(cur, assessment(labs("upcr_mg_mmol", 60)), O);
        assertThat(r.numeric2004()).isEqualTo(17);
        assertThat(r.numericClassic()).isEqualTo(7);
        assertThat(r.renal2004()).isEqualTo(8);
        assertThat(r.renalClassic()).isEqualTo(3);
    }

    @Test
    void option_classic_scheme_12_5_1() {
        BilagResult r = Bilag2004.grade(
                assessment(items(6, 2, 41, 4, 43, 1)), null, O.withClassicScheme(ClassicScheme.CLASSIC_12_5_1));
        assertThat(r.numericClassic()).isEqualTo(5 + 12);
        assertThat(r.numeric2004()).isEqualTo(8 + 12);
    }

    @Test
    void option_classic_with_ophthalmic() {
        BilagResult r = Bilag2004.grade(allA(), null, O.withClassicIncludesOphthalmic(true));
        assertThat(r.numericClassic()).isEqualTo(81);
        assertThat(r.numeric2004()).isEqualTo(108);
        assertThat(r.version()).doesNotContain("no ophthalmic");
    }

    @Test
    void option_involvement_from_previous_assessment() {
        Assessment prev = assessment(items(5, 3));
        Assessment cur = assessment(items(5, 0));
        assertThat(Bilag2004.grade(cur, prev, O).grade(BilagSystem.MUCOCUTANEOUS))
                .isEqualTo(D);
        assertThat(Bilag2004.grade(cur, prev, O).explanation(BilagSystem.MUCOCUTANEOUS))
                .contains("graded A at the previous assessment");
        assertThat(Bilag2004.grade(cur, prev, O.withInvolvementFromPreviousAssessment(false))
                        .grade(BilagSystem.MUCOCUTANEOUS))
                .isEqualTo(E);
        Assessment prevListed = assessment(items(Set.of(BilagSystem.OPHTHALMIC)));
        assertThat(Bilag2004.grade(cur, prevListed, O).grade(BilagSystem.OPHTHALMIC))
                .isEqualTo(D);
        assertThat(Bilag2004.grade(cur, prevListed, O.withInvolvementFromPreviousAssessment(false))
                        .grade(BilagSystem.OPHTHALMIC))
                .isEqualTo(E);
    }

    @Test
    void missing_bilag_section_grades_labs_only_with_warning_and_grade_if_entered_skips() {
        Assessment cur = assessment(labs("platelets_10e9_l", 40), null);
        BilagResult r = Bilag2004.grade(cur, null, O);
        assertThat(r.grade(BilagSystem.HAEMATOLOGICAL)).isEqualTo(org.msct.instruments.model.BilagGrade.B);
        assertThat(r.warnings()).anyMatch(w -> w.contains("no bilag2004 section"));
        assertThat(Bilag2004.gradeIfEntered(cur, null, O)).isEmpty();
        assertThat(Bilag2004.gradeIfEntered(assessment(Labs.EMPTY, BilagInput.EMPTY), null, O))
                .isPresent();
    }

    @Test
    void result_maps_are_copies() {
        BilagResult r = Bilag2004.grade(allA(), null, O);
        r.grades().clear();
        r.systems().clear();
        assertThat(r.grades()).hasSize(9);
        assertThat(r.systems()).hasSize(9);
    }
}
