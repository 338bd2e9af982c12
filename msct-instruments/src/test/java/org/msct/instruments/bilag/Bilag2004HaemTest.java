package org.msct.instruments.bilag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.instruments.bilag.BilagFixtures.assessment;
import static org.msct.instruments.bilag.BilagFixtures.items;
import static org.msct.instruments.bilag.BilagFixtures.labs;
import static org.msct.instruments.model.BilagGrade.A;
import static org.msct.instruments.model.BilagGrade.B;
import static org.msct.instruments.model.BilagGrade.C;
import static org.msct.instruments.model.BilagGrade.E;
import static org.msct.instruments.model.BilagSystem.HAEMATOLOGICAL;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.Labs;
import org.msct.instruments.units.Comparison;

/** Haematological system (UNVERIFIED cut-offs): TV-B19–B22 and bilag2004-notes.md §6.3, plus the haem options. */
class Bilag2004HaemTest {
    private static final BilagOptions O = BilagOptions.DEFAULTS;

    private static BilagGrade haem(Labs labs, BilagInput in, BilagOptions o) {
        return Bilag2004.grade(assessment(labs, in), null, o).grade(HAEMATOLOGICAL);
    }

    private static BilagGrade haem(Labs labs) {
        return haem(labs, BilagInput.EMPTY, O);
    }

    private static BilagGrade haem(BilagInput in) {
        return haem(Labs.EMPTY, in, O);
    }

    @Test
    void tv_B19_platelets_20_gives_A() {
        assertThat(haem(labs("platelets_10e9_l", 20))).isEqualTo(A);
    }

    @Test
    void tv_B20_platelets_40_gives_B() {
        assertThat(haem(labs("platelets_10e9_l", 40))).isEqualTo(B);
    }

    @Test
    void tv_B21_lymphocytes_0_8_all_else_normal_gives_C() {
        Labs l = labs(
                "lymphocytes_10e9_l",
                0.8,
                "hemoglobin_g_dl",
                13,
                "wbc_10e9_l",
                6,
                "neutrophils_10e9_l",
                4,
                "platelets_10e9_l",
                250);
        assertThat(haem(l)).isEqualTo(C);
    }

    @Test
    void tv_B22_ttp_yes_gives_A() {
        assertThat(haem(items(95, true))).isEqualTo(A);
    }

    @Test
    void notes_tv_Hb1_to_Hb4_haemoglobin_bands() {
        assertThat(haem(labs("hemoglobin_g_dl", 7.9))).as("Hb1").isEqualTo(A);
        assertThat(haem(labs("hemoglobin_g_dl", 8.0))).as("Hb2").isEqualTo(B);
        assertThat(haem(labs("hemoglobin_g_dl", 10.9))).as("Hb3").isEqualTo(C);
        assertThat(haem(labs("hemoglobin_g_dl", 11.0))).as("Hb4").isEqualTo(E);
    }

    @Test
    void notes_tv_Pl1_to_Pl4_platelet_bands() {
        assertThat(haem(labs("platelets_10e9_l", 24))).as("Pl1").isEqualTo(A);
        assertThat(haem(labs("platelets_10e9_l", 25))).as("Pl2").isEqualTo(B);
        assertThat(haem(labs("platelets_10e9_l", 149))).as("Pl3").isEqualTo(C);
        assertThat(haem(labs("platelets_10e9_l", 150))).as("Pl4").isEqualTo(E);
    }

    @Test
    void notes_tv_Ly1_Ly2_lymphocytes() {
        assertThat(haem(labs("lymphocytes_10e9_l", 0.99))).as("Ly1").isEqualTo(C);
        assertThat(haem(labs("lymphocytes_10e9_l", 1.0))).as("Ly2").isEqualTo(E);
    }

    @Test
    void notes_tv_Hm1_Cb1_haemolysis_and_isolated_coombs() {
        assertThat(haem(items(96, true))).as("Hm1").isEqualTo(B);
        assertThat(haem(items(97, true))).as("Cb1").isEqualTo(C);
        assertThat(haem(items(96, false, 97, false))).isEqualTo(E);
    }

    @Test
    void notes_tv_TTP1_TTP2_ttp_as_activity_code() {
        assertThat(haem(items(95, 1))).as("TTP1").isEqualTo(B);
        assertThat(haem(items(95, 2))).as("TTP2").isEqualTo(A);
        assertThat(haem(items(95, 0))).isEqualTo(E);
        assertThat(haem(items(95, false))).isEqualTo(E);
    }

    @Test
    void white_cells_and_neutrophils_bands() {
        assertThat(haem(labs("wbc_10e9_l", 0.9))).isEqualTo(A);
        assertThat(haem(labs("wbc_10e9_l", 1.0))).isEqualTo(B);
        assertThat(haem(labs("wbc_10e9_l", 3.9))).isEqualTo(C);
        assertThat(haem(labs("wbc_10e9_l", 4.0))).isEqualTo(E);
        assertThat(haem(labs("neutrophils_10e9_l", 0.49))).isEqualTo(A);
        assertThat(haem(labs("neutrophils_10e9_l", 0.5))).isEqualTo(B);
        assertThat(haem(labs("neutrophils_10e9_l", 1.9))).isEqualTo(C);
        assertThat(haem(labs("neutrophils_10e9_l", 2.0))).isEqualTo(E);
    }

    @Test
    void most_severe_finding_wins_and_is_explained() {
        BilagResult r = Bilag2004.grade(
                assessment(labs("hemoglobin_g_dl", 10, "platelets_10e9_l", 30), items(97, true)), null, O);
        assertThat(r.grade(HAEMATOLOGICAL)).isEqualTo(B);
        assertThat(r.explanation(HAEMATOLOGICAL))
                .contains("item 94 Platelets 30 < 50 → B")
                .doesNotContain("item 90");
        assertThat(r.warnings()).anyMatch(w -> w.contains("UNVERIFIED"));
    }

    @Test
    void option_haem_cut_offs_platelets_A_below_20() {
        BilagOptions o = O.withHaem(O.haem().withBand(94, A, new Threshold(Comparison.LT, 20)));
        assertThat(haem(labs("platelets_10e9_l", 20), BilagInput.EMPTY, o)).isEqualTo(B);
        assertThat(haem(labs("platelets_10e9_l", 19.9), BilagInput.EMPTY, o)).isEqualTo(A);
        assertThat(haem(labs("platelets_10e9_l", 20))).isEqualTo(A);
    }

    @Test
    void option_flag_grades() {
        assertThat(haem(Labs.EMPTY, items(96, true), O.withHaem(O.haem().withHaemolysisGrade(A))))
                .isEqualTo(A);
        assertThat(haem(Labs.EMPTY, items(97, true), O.withHaem(O.haem().withCoombsGrade(B))))
                .isEqualTo(B);
        assertThat(haem(Labs.EMPTY, items(95, true), O.withHaem(O.haem().withTtpYesGrade(B))))
                .isEqualTo(B);
    }

    @Test
    void option_round_to_printed_precision() {
        BilagOptions round = O.withHaemRoundToPrintedPrecision(true);
        assertThat(haem(labs("hemoglobin_g_dl", 7.96))).isEqualTo(A);
        assertThat(haem(labs("hemoglobin_g_dl", 7.96), BilagInput.EMPTY, round)).isEqualTo(B);
        assertThat(haem(labs("hemoglobin_g_dl", 7.94), BilagInput.EMPTY, round)).isEqualTo(A);
        assertThat(haem(labs("platelets_10e9_l", 24.5))).isEqualTo(A);
        assertThat(haem(labs("platelets_10e9_l", 24.5), BilagInput.EMPTY, round))
                .isEqualTo(B);
    }

    @Test
    void not_attributable_counts_are_ignored() {
        BilagInput in = new BilagInput(Map.of(), Map.of(), Set.of(), Set.of(), Set.of(94));
        assertThat(haem(labs("platelets_10e9_l", 20), in, O)).isEqualTo(E);
        assertThat(haem(labs("platelets_10e9_l", 20, "hemoglobin_g_dl", 8.5), in, O))
                .isEqualTo(B);
    }

    @Test
    void no_counts_and_no_items_grade_from_history() {
        assertThat(haem(Labs.EMPTY)).isEqualTo(E);
        assertThat(haem(Labs.EMPTY, items(Set.of(org.msct.instruments.model.BilagSystem.HAEMATOLOGICAL)), O))
                .isEqualTo(org.msct.instruments.model.BilagGrade.D);
    }
}
