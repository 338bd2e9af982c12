package org.msct.instruments.bilag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.instruments.bilag.BilagFixtures.assessment;
import static org.msct.instruments.bilag.BilagFixtures.items;
import static org.msct.instruments.bilag.BilagFixtures.labs;
import static org.msct.instruments.model.BilagGrade.A;
import static org.msct.instruments.model.BilagGrade.B;
import static org.msct.instruments.model.BilagGrade.C;
import static org.msct.instruments.model.BilagGrade.D;
import static org.msct.instruments.model.BilagGrade.E;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.msct.instruments.bilag.BilagOptions.Bound;
import org.msct.instruments.bilag.BilagOptions.FirstVisitRule;
import org.msct.instruments.bilag.BilagOptions.RisingBpRule;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.Labs;

/** Renal vectors of instruments.md (TV-R*) and bilag2004-notes.md §6.2 (RB*), written rules and legacy mode. */
class Bilag2004RenalTest {
    private static final BilagOptions WRITTEN = BilagOptions.DEFAULTS;
    private static final BilagOptions LEGACY = BilagOptions.DEFAULTS.withRenalLegacyUkJsle(true);
    private static final BilagInput NONE = BilagInput.EMPTY;
    private static final BilagInput SEDIMENT = items(88, true);

    private static BilagGrade renal(Labs cur, @Nullable Labs prev, BilagInput in, BilagOptions o) {
        return Bilag2004.grade(assessment(cur, in), prev == null ? null : assessment(prev), o)
                .grade(BilagSystem.RENAL);
    }

    private static void both(BilagGrade expected, Labs cur, @Nullable Labs prev, BilagInput in) {
        assertThat(renal(cur, prev, in, WRITTEN)).as("written").isEqualTo(expected);
        assertThat(renal(cur, prev, in, LEGACY)).as("legacy").isEqualTo(expected);
    }

    @Test
    void tv_R1_first_assessment_upcr_150_and_sediment_gives_A() {
        both(A, labs("upcr_mg_mmol", 150), null, SEDIMENT);
        BilagResult r = Bilag2004.grade(assessment(labs("upcr_mg_mmol", 150), SEDIMENT), null, WRITTEN);
        assertThat(r.explanation(BilagSystem.RENAL)).contains("criterion 1", "criterion 4", "UPCR");
        assertThat(r.warnings()).anyMatch(w -> w.contains("first-visit convention"));
    }

    @Test
    void tv_R2_upcr_fall_20_percent_and_biopsy_gives_A() {
        both(A, labs("upcr_mg_mmol", 160), labs("upcr_mg_mmol", 200), items(89, true));
    }

    @Test
    void tv_R3_upcr_fall_30_percent_and_sediment_gives_B() {
        both(B, labs("upcr_mg_mmol", 140), labs("upcr_mg_mmol", 200), SEDIMENT);
    }

    @Test
    void tv_R4_upcr_60_unchanged_gives_B() {
        both(B, labs("upcr_mg_mmol", 60), labs("upcr_mg_mmol", 60), NONE);
    }

    @Test
    void tv_R5_upcr_30_falling_gives_C_written_and_D_or_E_legacy() {
        Labs cur = labs("upcr_mg_mmol", 30), prev = labs("upcr_mg_mmol", 35);
        assertThat(renal(cur, prev, NONE, WRITTEN)).isEqualTo(C);
        // legacy: not C; D because the previous assessment (UPCR 35) was itself graded C
        assertThat(renal(cur, prev, NONE, LEGACY)).isEqualTo(D);
        assertThat(renal(cur, prev, NONE, LEGACY.withInvolvementFromPreviousAssessment(false)))
                .isEqualTo(E);
    }

    @Test
    void tv_R7_accelerated_hypertension_and_sediment_gives_A() {
        both(A, Labs.EMPTY, null, items(80, true, 88, true));
        both(A, Labs.EMPTY, Labs.EMPTY, items(80, true, 88, true));
    }

    @Test
    void tv_R8_creatinine_140_from_120_gives_B() {
        both(B, labs("creatinine_umol_l", 140), labs("creatinine_umol_l", 120), NONE);
    }

    @Test
    void tv_R9_gfr_45_from_70_gives_B() {
        both(B, labs("gfr_ml_min", 45), labs("gfr_ml_min", 70), NONE);
    }

    @Test
    void tv_R10_gfr_45_from_70_and_sediment_gives_A() {
        both(A, labs("gfr_ml_min", 45), labs("gfr_ml_min", 70), SEDIMENT);
    }

    @Test
    void tv_R11_rising_bp_165_100_from_130_80_gives_C() {
        both(C, labs("systolic_bp", 165, "diastolic_bp", 100), labs("systolic_bp", 130, "diastolic_bp", 80), NONE);
    }

    @Test
    void tv_R13_dipstick_up_one_level_to_2_gives_B() {
        both(B, labs("dipstick_protein", 2), labs("dipstick_protein", 1), NONE);
    }

    @Test
    void tv_R15_upcr_10_with_history_gives_D() {
        both(D, labs("upcr_mg_mmol", 10), labs("upcr_mg_mmol", 12), items(Set.of(BilagSystem.RENAL)));
    }

    @Test
    void rb1_upcr_exact_25_percent_fall_with_sediment_B_written_A_legacy_and_A_when_exact_fall_not_improvement() {
        Labs cur = labs("upcr_mg_mmol", 150), prev = labs("upcr_mg_mmol", 200);
        assertThat(renal(cur, prev, SEDIMENT, WRITTEN)).isEqualTo(B);
        assertThat(renal(cur, prev, SEDIMENT, LEGACY)).isEqualTo(A);
        assertThat(renal(cur, prev, SEDIMENT, WRITTEN.withFallOf25PercentIsImprovement(false)))
                .isEqualTo(A);
    }

    @Test
    void rb2_uacr_exact_25_percent_fall_with_sediment_gives_B() {
        both(B, labs("uacr_mg_mmol", 150), labs("uacr_mg_mmol", 200), SEDIMENT);
        assertThat(renal(
                        labs("uacr_mg_mmol", 150),
                        labs("uacr_mg_mmol", 200),
                        SEDIMENT,
                        WRITTEN.withFallOf25PercentIsImprovement(false)))
                .isEqualTo(A);
    }

    @Test
    void rb3_24h_1_2_from_1_6_float_artefact_gives_B_in_both_modes() {
        both(B, labs("protein_24h_g", 1.2), labs("protein_24h_g", 1.6), SEDIMENT);
        assertThat(renal(
                        labs("protein_24h_g", 1.2),
                        labs("protein_24h_g", 1.6),
                        SEDIMENT,
                        WRITTEN.withFallOf25PercentIsImprovement(false)))
                .as("exact decimal 25 %")
                .isEqualTo(A);
    }

    @Test
    void rb3b_24h_1_5_from_2_0_gives_B_written_and_A_legacy() {
        Labs cur = labs("protein_24h_g", 1.5), prev = labs("protein_24h_g", 2.0);
        assertThat(renal(cur, prev, SEDIMENT, WRITTEN)).isEqualTo(B);
        assertThat(renal(cur, prev, SEDIMENT, LEGACY)).isEqualTo(A);
    }

    @Test
    void rb4_creatinine_exactly_130_percent_with_sediment_gives_A() {
        both(A, labs("creatinine_umol_l", 143), labs("creatinine_umol_l", 110), SEDIMENT);
    }

    @Test
    void rb5_creatinine_129_percent_with_sediment_gives_B() {
        both(B, labs("creatinine_umol_l", 142), labs("creatinine_umol_l", 110), SEDIMENT);
    }

    @Test
    void rb6_gfr_exactly_67_percent_is_E_strict_and_B_inclusive() {
        Labs cur = labs("gfr_ml_min", 53.6), prev = labs("gfr_ml_min", 80);
        assertThat(renal(cur, prev, NONE, WRITTEN)).isEqualTo(E);
        assertThat(renal(cur, prev, NONE, LEGACY)).isEqualTo(E);
        assertThat(renal(cur, prev, NONE, WRITTEN.withGfrFall(Bound.INCLUSIVE))).isEqualTo(B);
    }

    @Test
    void rb6b_gfr_53_5_from_80_gives_B() {
        both(B, labs("gfr_ml_min", 53.5), labs("gfr_ml_min", 80), NONE);
        assertThat(renal(labs("gfr_ml_min", 53.5), labs("gfr_ml_min", 80), NONE, WRITTEN.withGfrFall(Bound.INCLUSIVE)))
                .isEqualTo(B);
    }

    @Test
    void rb7_gfr_45_previous_visit_without_gfr_gives_B() {
        both(B, labs("gfr_ml_min", 45), Labs.EMPTY, NONE);
        assertThat(renal(
                        labs("gfr_ml_min", 45),
                        Labs.EMPTY,
                        NONE,
                        WRITTEN.withFirstVisit(FirstVisitRule.CHANGE_REQUIRES_PREVIOUS)))
                .isEqualTo(B);
    }

    @Test
    void rb8_first_visit_creatinine_135_B_assumed_E_when_change_requires_previous() {
        both(B, labs("creatinine_umol_l", 135), null, NONE);
        assertThat(renal(
                        labs("creatinine_umol_l", 135),
                        null,
                        NONE,
                        WRITTEN.withFirstVisit(FirstVisitRule.CHANGE_REQUIRES_PREVIOUS)))
                .isEqualTo(E);
    }

    @Test
    void rb9_first_visit_dipstick_2_B_assumed_C_when_change_requires_previous() {
        both(B, labs("dipstick_protein", 2), null, NONE);
        assertThat(renal(
                        labs("dipstick_protein", 2),
                        null,
                        NONE,
                        WRITTEN.withFirstVisit(FirstVisitRule.CHANGE_REQUIRES_PREVIOUS)))
                .isEqualTo(C);
    }

    @Test
    void rb10_first_visit_dipstick_2_and_sediment_A_assumed_B_when_change_requires_previous() {
        both(A, labs("dipstick_protein", 2), null, SEDIMENT);
        assertThat(renal(
                        labs("dipstick_protein", 2),
                        null,
                        SEDIMENT,
                        WRITTEN.withFirstVisit(FirstVisitRule.CHANGE_REQUIRES_PREVIOUS)))
                .isEqualTo(B);
    }

    @Test
    void rb11_first_visit_dipstick_1_gives_C() {
        both(C, labs("dipstick_protein", 1), null, NONE);
        assertThat(renal(
                        labs("dipstick_protein", 1),
                        null,
                        NONE,
                        WRITTEN.withFirstVisit(FirstVisitRule.CHANGE_REQUIRES_PREVIOUS)))
                .isEqualTo(C);
    }

    @Test
    void rb12_bp_rises_of_exactly_30_and_15_give_C() {
        both(C, labs("systolic_bp", 171, "diastolic_bp", 106), labs("systolic_bp", 141, "diastolic_bp", 91), NONE);
    }

    @Test
    void rb13_systolic_rise_29_is_not_C() {
        both(E, labs("systolic_bp", 170, "diastolic_bp", 105), labs("systolic_bp", 141, "diastolic_bp", 91), NONE);
    }

    @Test
    void rb14_diastolic_90_not_C_with_both_pressures_but_C_with_either() {
        Labs cur = labs("systolic_bp", 160, "diastolic_bp", 90), prev = labs("systolic_bp", 120, "diastolic_bp", 70);
        both(E, cur, prev, NONE);
        assertThat(renal(cur, prev, NONE, WRITTEN.withRisingBp(RisingBpRule.EITHER_PRESSURE)))
                .isEqualTo(C);
    }

    @Test
    void rb15_rising_bp_never_on_first_visit() {
        both(E, labs("systolic_bp", 200, "diastolic_bp", 120), null, NONE);
    }

    @Test
    void rb16_uacr_25_from_30_not_active_written_and_C_legacy() {
        Labs cur = labs("uacr_mg_mmol", 25), prev = labs("uacr_mg_mmol", 30);
        assertThat(renal(cur, prev, NONE, WRITTEN)).isIn(D, E);
        assertThat(renal(cur, prev, NONE, WRITTEN.withInvolvementFromPreviousAssessment(false)))
                .isEqualTo(E);
        assertThat(renal(cur, prev, NONE, LEGACY)).isEqualTo(C);
    }

    @Test
    void rb17_uacr_25_first_visit_gives_nothing_in_legacy() {
        assertThat(renal(labs("uacr_mg_mmol", 25), null, NONE, LEGACY)).isEqualTo(E);
    }

    @Test
    void rb18_upcr_50_unchanged_B_inclusive_and_C_strict() {
        both(B, labs("upcr_mg_mmol", 50), labs("upcr_mg_mmol", 50), NONE);
        assertThat(renal(
                        labs("upcr_mg_mmol", 50),
                        labs("upcr_mg_mmol", 50),
                        NONE,
                        WRITTEN.withRenalBProteinuria(Bound.STRICT)))
                .isEqualTo(C);
        assertThat(renal(
                        labs("protein_24h_g", 0.5),
                        labs("protein_24h_g", 0.5),
                        NONE,
                        WRITTEN.withRenalBProteinuria(Bound.STRICT)))
                .isEqualTo(C);
        assertThat(renal(labs("protein_24h_g", 0.5), labs("protein_24h_g", 0.5), NONE, WRITTEN))
                .isEqualTo(B);
    }

    @Test
    void rb20_upcr_100_unchanged_with_sediment_gives_B() {
        both(B, labs("upcr_mg_mmol", 100), labs("upcr_mg_mmol", 100), SEDIMENT);
    }

    @Test
    void rb21_uacr_100_unchanged_with_sediment_B_written_A_legacy() {
        assertThat(renal(labs("uacr_mg_mmol", 100), labs("uacr_mg_mmol", 100), SEDIMENT, WRITTEN))
                .isEqualTo(B);
        assertThat(renal(labs("uacr_mg_mmol", 100), labs("uacr_mg_mmol", 100), SEDIMENT, LEGACY))
                .isEqualTo(A);
    }

    @Test
    void rb23_criteria_2_3_6_without_1_4_5_give_B() {
        both(B, labs("creatinine_umol_l", 150), labs("creatinine_umol_l", 110), items(80, true, 85, true));
    }

    @Test
    void creatinine_in_mg_dl_exactly_130_percent_is_compared_without_conversion() {
        assertThat(renal(labs("creatinine_mg_dl", 1.69), labs("creatinine_mg_dl", 1.3), SEDIMENT, WRITTEN))
                .isEqualTo(A);
        assertThat(renal(labs("creatinine_mg_dl", 1.68), labs("creatinine_mg_dl", 1.3), SEDIMENT, WRITTEN))
                .isEqualTo(B);
    }

    @Test
    void not_attributable_proteinuria_is_ignored() {
        BilagInput in = new BilagInput(java.util.Map.of(), java.util.Map.of(), Set.of(), Set.of(), Set.of(83));
        assertThat(renal(labs("upcr_mg_mmol", 300), labs("upcr_mg_mmol", 300), in, WRITTEN))
                .isIn(D, E);
        assertThat(renal(labs("upcr_mg_mmol", 300), labs("upcr_mg_mmol", 300), NONE, WRITTEN))
                .isEqualTo(B);
    }

    @Test
    void previous_missing_proteinuria_counts_as_not_decreased() {
        both(A, labs("protein_24h_g", 1.5), labs("gfr_ml_min", 90), SEDIMENT);
    }

    @Test
    void quantitative_value_present_means_dipstick_is_not_used() {
        both(E, labs("dipstick_protein", 3, "upcr_mg_mmol", 10), labs("dipstick_protein", 0), NONE);
        both(A, labs("dipstick_protein", 3), labs("dipstick_protein", 1), SEDIMENT);
    }

    @Test
    void legacy_counts_item_89_of_previous_assessment() {
        var cur = assessment(labs(), SEDIMENT);
        var prev = assessment(labs(), items(89, true));
        assertThat(Bilag2004.grade(cur, prev, LEGACY).grade(BilagSystem.RENAL)).isEqualTo(A);
        assertThat(Bilag2004.grade(cur, prev, WRITTEN).grade(BilagSystem.RENAL)).isEqualTo(B);
    }
}
