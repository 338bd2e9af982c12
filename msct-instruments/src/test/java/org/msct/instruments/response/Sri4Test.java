package org.msct.instruments.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.instruments.model.BilagGrade.A;
import static org.msct.instruments.model.BilagGrade.B;
import static org.msct.instruments.model.BilagGrade.C;
import static org.msct.instruments.model.BilagGrade.D;
import static org.msct.instruments.model.BilagSystem.CARDIORESPIRATORY;
import static org.msct.instruments.model.BilagSystem.MUCOCUTANEOUS;
import static org.msct.instruments.model.BilagSystem.MUSCULOSKELETAL;
import static org.msct.instruments.model.BilagSystem.RENAL;

import org.junit.jupiter.api.Test;
import org.msct.instruments.units.Comparison;

/** SRI-4 (Furie 2009; instruments.md §6.1): TV-C1…C5, options, missing inputs. */
class Sri4Test {
    /** TV-C1 baseline: SLEDAI 10; MSK B, Muco B, others E; PGA 1.5. */
    private static VisitSummary.Builder baseline() {
        return VisitSummary.builder()
                .sledaiScore(10)
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, B)
                        .with(MUCOCUTANEOUS, B)
                        .map())
                .pga(1.5);
    }

    /** TV-C1 follow-up: SLEDAI 6; MSK C, Muco D, others unchanged; PGA 1.0. */
    private static VisitSummary.Builder followUp() {
        return VisitSummary.builder()
                .sledaiScore(6)
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, C)
                        .with(MUCOCUTANEOUS, D)
                        .map())
                .pga(1.0);
    }

    @Test
    void tv_C1_sledai_10_to_6_bilag_improved_pga_down_is_responder() {
        ResponseResult r = Sri4.evaluate(baseline().build(), followUp().build());
        assertThat(r.status()).isEqualTo(ResponseStatus.MET);
        assertThat(r.responder()).isTrue();
        assertThat(r.met()).isTrue();
        assertThat(r.index()).isEqualTo("SRI-4");
        assertThat(r.version()).isEqualTo("sri-4 v1");
        assertThat(r.failed()).isEmpty();
        assertThat(r.criteria())
                .extracting(CriterionResult::id)
                .containsExactly(
                        "SLEDAI_REDUCTION",
                        "NO_NEW_BILAG_A",
                        "AT_MOST_ONE_NEW_BILAG_B",
                        "PGA_NO_WORSENING",
                        "NO_TREATMENT_FAILURE");
        assertThat(r.criteria().get(0).observed()).isEqualTo("10 → 6 (fall 4)");
        assertThat(r.criteria().get(0).rule()).contains("≥ 4");
        // no treatment-failure flag: not evaluated, warned (default IF_GIVEN)
        assertThat(r.criteria().get(4).outcome()).isEqualTo(CriterionResult.Outcome.NOT_EVALUATED);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("treatment-failure flag not given"));
    }

    @Test
    void tv_C2_pga_1_0_to_1_3_increase_0_30_is_non_responder_under_default_lt() {
        ResponseResult r =
                Sri4.evaluate(baseline().pga(1.0).build(), followUp().pga(1.3).build());
        assertThat(r.status()).isEqualTo(ResponseStatus.NOT_MET);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("PGA_NO_WORSENING");
        assertThat(r.failed().get(0).rule()).contains("< 0.3");
        assertThat(r.failed().get(0).observed()).isEqualTo("1 → 1.3 (change +0.3)");
    }

    @Test
    void tv_C2_option_le_tulip_makes_the_0_30_increase_a_responder() {
        Sri4Options le = Sri4Options.DEFAULT.withPgaIncreaseBoundary(Comparison.LE);
        ResponseResult r =
                Sri4.evaluate(baseline().pga(1.0).build(), followUp().pga(1.3).build(), le);
        assertThat(r.responder()).isTrue();
        // 1.0 → 1.31 fails under both settings
        assertThat(Sri4.evaluate(
                                baseline().pga(1.0).build(),
                                followUp().pga(1.31).build(),
                                le)
                        .responder())
                .isFalse();
    }

    @Test
    void tv_C3_pga_1_0_to_1_2_is_responder() {
        ResponseResult r =
                Sri4.evaluate(baseline().pga(1.0).build(), followUp().pga(1.2).build());
        assertThat(r.responder()).isTrue();
    }

    @Test
    void tv_C4_sledai_10_to_7_is_non_responder() {
        ResponseResult r =
                Sri4.evaluate(baseline().build(), followUp().sledaiScore(7).build());
        assertThat(r.status()).isEqualTo(ResponseStatus.NOT_MET);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("SLEDAI_REDUCTION");
    }

    @Test
    void tv_C5_renal_e_to_a_is_a_new_a_and_non_responder() {
        VisitSummary fu = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, C)
                        .with(MUCOCUTANEOUS, D)
                        .with(RENAL, A)
                        .map())
                .build();
        ResponseResult r = Sri4.evaluate(baseline().build(), fu);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("NO_NEW_BILAG_A");
        assertThat(r.failed().get(0).observed()).isEqualTo("new A: RENAL E→A");
    }

    @Test
    void sri01_one_new_b_is_allowed_two_are_not_and_a_to_b_is_not_new() {
        VisitSummary oneB = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, C)
                        .with(MUCOCUTANEOUS, D)
                        .with(RENAL, B)
                        .map())
                .build();
        assertThat(Sri4.evaluate(baseline().build(), oneB).responder()).isTrue();
        VisitSummary twoB = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, C)
                        .with(MUCOCUTANEOUS, D)
                        .with(RENAL, B)
                        .with(CARDIORESPIRATORY, B)
                        .map())
                .build();
        ResponseResult r = Sri4.evaluate(baseline().build(), twoB);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("AT_MOST_ONE_NEW_BILAG_B");
        // baseline A → B (twice) and B → B are not new B
        VisitSummary b0 = baseline()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, A)
                        .with(MUCOCUTANEOUS, A)
                        .with(RENAL, B)
                        .map())
                .build();
        VisitSummary f0 = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, B)
                        .with(MUCOCUTANEOUS, B)
                        .with(RENAL, B)
                        .map())
                .build();
        assertThat(Sri4.evaluate(b0, f0).responder()).isTrue();
        // A stays A: not a new A
        VisitSummary f1 = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, A)
                        .with(MUCOCUTANEOUS, B)
                        .with(RENAL, B)
                        .map())
                .build();
        assertThat(Sri4.evaluate(b0, f1).responder()).isTrue();
    }

    @Test
    void sri02_option_sri_6_needs_a_fall_of_6() {
        Sri4Options sri6 = Sri4Options.DEFAULT.withMinSledaiReduction(6);
        ResponseResult r = Sri4.evaluate(baseline().build(), followUp().build(), sri6);
        assertThat(r.index()).isEqualTo("SRI-6");
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("SLEDAI_REDUCTION");
        assertThat(Sri4.evaluate(baseline().build(), followUp().sledaiScore(4).build(), sri6)
                        .responder())
                .isTrue();
    }

    @Test
    void sri03_baseline_below_the_required_fall_warns_that_response_is_impossible() {
        ResponseResult r = Sri4.evaluate(
                baseline().sledaiScore(3).build(), followUp().sledaiScore(0).build());
        assertThat(r.responder()).isFalse();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("response is impossible"));
    }

    @Test
    void sri04_option_treatment_failure_if_given_default_and_required() {
        VisitSummary failed = followUp().treatmentFailure(true).build();
        VisitSummary clean = followUp().treatmentFailure(false).build();
        assertThat(Sri4.evaluate(baseline().build(), failed).failed())
                .extracting(CriterionResult::id)
                .containsExactly("NO_TREATMENT_FAILURE");
        ResponseResult ok = Sri4.evaluate(baseline().build(), clean);
        assertThat(ok.responder()).isTrue();
        assertThat(ok.warnings()).isEmpty();
        Sri4Options required = Sri4Options.DEFAULT.withTreatmentFailure(TreatmentFailureRule.REQUIRED);
        ResponseResult r = Sri4.evaluate(baseline().build(), followUp().build(), required);
        assertThat(r.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(r.missing()).containsExactly("current.treatment_failure");
        assertThat(Sri4.evaluate(baseline().build(), clean, required).responder())
                .isTrue();
    }

    @Test
    void sri05_missing_inputs_make_it_incomplete_and_are_named() {
        ResponseResult r = Sri4.evaluate(VisitSummary.EMPTY, VisitSummary.EMPTY);
        assertThat(r.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(r.complete()).isFalse();
        assertThat(r.met()).isFalse();
        assertThat(r.missing())
                .containsExactly(
                        "baseline.sledai2k",
                        "current.sledai2k",
                        "baseline.bilag2004",
                        "current.bilag2004",
                        "baseline.pga",
                        "current.pga");
        VisitSummary noRenal = followUp()
                .bilag(Grades.allE()
                        .with(MUSCULOSKELETAL, C)
                        .with(MUCOCUTANEOUS, D)
                        .without(RENAL)
                        .map())
                .build();
        ResponseResult partial = Sri4.evaluate(baseline().build(), noRenal);
        assertThat(partial.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(partial.missing()).containsExactly("current.bilag2004.RENAL");
        // even a failing SLEDAI criterion does not turn a missing input into NOT_MET
        ResponseResult noPga = Sri4.evaluate(
                baseline().build(),
                VisitSummary.builder()
                        .sledaiScore(10)
                        .bilag(Grades.allE().map())
                        .build());
        assertThat(noPga.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(noPga.missing()).containsExactly("current.pga");
        assertThat(noPga.failed()).extracting(CriterionResult::id).containsExactly("SLEDAI_REDUCTION");
    }

    @Test
    void sri06_options_reject_values_outside_their_choices() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Sri4Options.DEFAULT.withPgaIncreaseBoundary(Comparison.GT))
                .hasMessageContaining("allowed: LT, LE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sri4Options.DEFAULT.withMinSledaiReduction(0))
                .hasMessageContaining("1–105");
        assertThat(Sri4Options.DEFAULT.minSledaiReduction()).isEqualTo(4);
        assertThat(Sri4Options.DEFAULT.pgaIncreaseBoundary()).isEqualTo(Comparison.LT);
        assertThat(Sri4Options.DEFAULT.treatmentFailure()).isEqualTo(TreatmentFailureRule.IF_GIVEN);
    }
}
