package org.msct.instruments.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.instruments.model.BilagGrade.A;
import static org.msct.instruments.model.BilagGrade.B;
import static org.msct.instruments.model.BilagGrade.C;
import static org.msct.instruments.model.BilagGrade.D;
import static org.msct.instruments.model.BilagGrade.E;
import static org.msct.instruments.model.BilagSystem.CARDIORESPIRATORY;
import static org.msct.instruments.model.BilagSystem.MUCOCUTANEOUS;
import static org.msct.instruments.model.BilagSystem.MUSCULOSKELETAL;
import static org.msct.instruments.model.BilagSystem.RENAL;

import org.junit.jupiter.api.Test;
import org.msct.instruments.response.BiclaOptions.PgaWorsening;

/** BICLA (Wallace 2011; instruments.md §4.3): TV-C7…C10, options, missing inputs. */
class BiclaTest {
    /** TV-C7 baseline: MSK A, Muco B, others E; SLEDAI-2K 10; PGA 1.8. */
    private static VisitSummary.Builder baseline() {
        return VisitSummary.builder()
                .sledaiScore(10)
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, A)
                        .with(MUCOCUTANEOUS, B)
                        .map())
                .pga(1.8);
    }

    /** TV-C7 follow-up: MSK B, Muco C; SLEDAI-2K 8; PGA 1.0; no rescue. */
    private static VisitSummary.Builder followUp() {
        return VisitSummary.builder()
                .sledaiScore(8)
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, B)
                        .with(MUCOCUTANEOUS, C)
                        .map())
                .pga(1.0)
                .treatmentFailure(false);
    }

    @Test
    void tv_C7_a_to_b_and_b_to_c_sledai_down_pga_down_no_rescue_is_responder() {
        ResponseResult r = Bicla.evaluate(baseline().build(), followUp().build());
        assertThat(r.status()).isEqualTo(ResponseStatus.MET);
        assertThat(r.index()).isEqualTo("BICLA");
        assertThat(r.criteria())
                .extracting(CriterionResult::id)
                .containsExactly(
                        "BILAG_IMPROVEMENT",
                        "NO_NEW_BILAG_A",
                        "AT_MOST_ONE_NEW_BILAG_B",
                        "SLEDAI_NO_WORSENING",
                        "PGA_WORSENING_AT_MOST_10_PERCENT",
                        "NO_TREATMENT_FAILURE");
        assertThat(r.criteria().get(0).observed()).isEqualTo("all 2 baseline A/B systems improved");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void tv_C8_muco_b_stays_b_is_non_responder() {
        VisitSummary fu = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, B)
                        .with(MUCOCUTANEOUS, B)
                        .map())
                .build();
        ResponseResult r = Bicla.evaluate(baseline().build(), fu);
        assertThat(r.status()).isEqualTo(ResponseStatus.NOT_MET);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("BILAG_IMPROVEMENT");
        assertThat(r.failed().get(0).observed()).isEqualTo("not improved: MUCOCUTANEOUS B→B");
    }

    @Test
    void tv_C9_sledai_8_to_10_is_non_responder() {
        ResponseResult r = Bicla.evaluate(
                baseline().sledaiScore(8).build(), followUp().sledaiScore(10).build());
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("SLEDAI_NO_WORSENING");
        // unchanged SLEDAI is not worsening
        assertThat(Bicla.evaluate(
                                baseline().sledaiScore(8).build(),
                                followUp().sledaiScore(8).build())
                        .responder())
                .isTrue();
    }

    @Test
    void tv_C10_pga_1_0_to_1_3_is_responder_under_default_absolute_0_30() {
        ResponseResult r =
                Bicla.evaluate(baseline().pga(1.0).build(), followUp().pga(1.3).build());
        assertThat(r.responder()).isTrue();
        assertThat(r.criteria().get(4).rule()).contains("≤ 0.3");
        assertThat(Bicla.evaluate(
                                baseline().pga(1.0).build(),
                                followUp().pga(1.31).build())
                        .responder())
                .isFalse();
    }

    @Test
    void tv_C10_option_relative_10_percent_of_baseline_makes_it_non_responder() {
        BiclaOptions rel = BiclaOptions.DEFAULT.withPgaWorsening(PgaWorsening.RELATIVE);
        ResponseResult r =
                Bicla.evaluate(baseline().pga(1.0).build(), followUp().pga(1.3).build(), rel);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("PGA_WORSENING_AT_MOST_10_PERCENT");
        // 10 % of 1.0 = 0.1: 1.0 → 1.1 is exactly at the limit (decimal arithmetic) → responder; 1.11 is not
        assertThat(Bicla.evaluate(
                                baseline().pga(1.0).build(), followUp().pga(1.1).build(), rel)
                        .responder())
                .isTrue();
        assertThat(Bicla.evaluate(
                                baseline().pga(1.0).build(),
                                followUp().pga(1.11).build(),
                                rel)
                        .responder())
                .isFalse();
        // baseline 0: any increase fails, no change passes
        assertThat(Bicla.evaluate(baseline().pga(0).build(), followUp().pga(0.1).build(), rel)
                        .responder())
                .isFalse();
        assertThat(Bicla.evaluate(baseline().pga(0).build(), followUp().pga(0).build(), rel)
                        .responder())
                .isTrue();
    }

    @Test
    void bicla01_new_a_or_two_new_b_fail_and_baseline_c_d_e_need_no_improvement() {
        VisitSummary newA = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, B)
                        .with(MUCOCUTANEOUS, C)
                        .with(RENAL, A)
                        .map())
                .build();
        assertThat(Bicla.evaluate(baseline().build(), newA).failed())
                .extracting(CriterionResult::id)
                .containsExactly("NO_NEW_BILAG_A");
        VisitSummary twoB = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, B)
                        .with(MUCOCUTANEOUS, C)
                        .with(RENAL, B)
                        .with(CARDIORESPIRATORY, B)
                        .map())
                .build();
        assertThat(Bicla.evaluate(baseline().build(), twoB).failed())
                .extracting(CriterionResult::id)
                .containsExactly("AT_MOST_ONE_NEW_BILAG_B");
        VisitSummary oneB = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, B)
                        .with(MUCOCUTANEOUS, C)
                        .with(RENAL, B)
                        .map())
                .build();
        assertThat(Bicla.evaluate(baseline().build(), oneB).responder()).isTrue();
        // baseline C stays C: no improvement required
        VisitSummary b = baseline()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, A)
                        .with(MUCOCUTANEOUS, B)
                        .with(RENAL, C)
                        .map())
                .build();
        VisitSummary f = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, B)
                        .with(MUCOCUTANEOUS, C)
                        .with(RENAL, C)
                        .map())
                .build();
        assertThat(Bicla.evaluate(b, f).responder()).isTrue();
    }

    @Test
    void bicla02_a_must_improve_and_e_after_activity_counts_as_inactive_with_a_warning() {
        VisitSummary stillA = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, A)
                        .with(MUCOCUTANEOUS, C)
                        .map())
                .build();
        assertThat(Bicla.evaluate(baseline().build(), stillA).failed().get(0).observed())
                .isEqualTo("not improved: MUSCULOSKELETAL A→A");
        VisitSummary toE = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, D)
                        .with(MUCOCUTANEOUS, E)
                        .map())
                .build();
        ResponseResult r = Bicla.evaluate(baseline().build(), toE);
        assertThat(r.responder()).isTrue();
        assertThat(r.warnings())
                .singleElement()
                .asString()
                .contains("MUCOCUTANEOUS")
                .contains("inconsistent");
    }

    @Test
    void bicla03_no_baseline_activity_warns_that_improvement_is_vacuous() {
        VisitSummary b = baseline().bilag(Grades.all(D).map()).build();
        VisitSummary f = followUp().bilag(Grades.all(D).map()).build();
        ResponseResult r = Bicla.evaluate(b, f);
        assertThat(r.responder()).isTrue();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("vacuous"));
    }

    @Test
    void bicla04_option_treatment_failure_both_settings() {
        VisitSummary rescued = followUp().treatmentFailure(true).build();
        assertThat(Bicla.evaluate(baseline().build(), rescued).failed())
                .extracting(CriterionResult::id)
                .containsExactly("NO_TREATMENT_FAILURE");
        VisitSummary unknown =
                new VisitSummary(8, null, followUp().build().bilag(), 1.0, null, null, null, null, null, null);
        ResponseResult ifGiven = Bicla.evaluate(baseline().build(), unknown);
        assertThat(ifGiven.responder()).isTrue();
        assertThat(ifGiven.warnings()).anySatisfy(w -> assertThat(w).contains("not evaluated"));
        ResponseResult required = Bicla.evaluate(
                baseline().build(), unknown, BiclaOptions.DEFAULT.withTreatmentFailure(TreatmentFailureRule.REQUIRED));
        assertThat(required.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(required.missing()).containsExactly("current.treatment_failure");
    }

    @Test
    void bicla05_missing_inputs_are_named() {
        ResponseResult r = Bicla.evaluate(
                baseline().build(), VisitSummary.builder().sledaiScore(8).build());
        assertThat(r.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(r.missing()).containsExactly("current.bilag2004", "current.pga");
        ResponseResult noBase = Bicla.evaluate(
                VisitSummary.builder().pga(1.0).bilag(Grades.allE().map()).build(),
                followUp().build());
        assertThat(noBase.missing()).containsExactly("baseline.sledai2k");
    }
}
