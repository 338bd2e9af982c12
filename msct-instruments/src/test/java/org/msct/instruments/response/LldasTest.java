package org.msct.instruments.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.response.LldasOptions.OtherActivityRule;
import org.msct.instruments.response.LldasOptions.PreviousVisitRule;

/** LLDAS (Franklyn 2016; instruments.md §6.2): TV-C11…C15, options, missing inputs. */
class LldasTest {
    private static final Set<String> SEROLOGY = Set.of("LOW_COMPLEMENT", "INCREASED_DNA_BINDING");
    /** Previous assessment with the same serology: no new features. */
    private static final VisitSummary PREVIOUS =
            VisitSummary.builder().sledai(4, SEROLOGY).build();

    /** TV-C11: SLEDAI-2K 4 (low complement + anti-dsDNA), PGA 0.8, prednisolone 7.5 mg, HCQ + MMF. */
    private static VisitSummary.Builder c11() {
        return VisitSummary.builder()
                .sledai(4, SEROLOGY)
                .pga(0.8)
                .prednisoneMgDay(7.5)
                .immunosuppressants(List.of("MMF"))
                .antimalarial(true);
    }

    @Test
    void tv_C11_serology_only_pga_0_8_prednisolone_7_5_hcq_mmf_is_lldas() {
        ResponseResult r = Lldas.evaluate(c11().build(), PREVIOUS);
        assertThat(r.status()).isEqualTo(ResponseStatus.MET);
        assertThat(r.met()).isTrue();
        assertThat(r.index()).isEqualTo("LLDAS");
        assertThat(r.criteria())
                .extracting(CriterionResult::id)
                .containsExactly(
                        "SLEDAI_TOTAL",
                        "NO_MAJOR_ORGAN_ACTIVITY",
                        "NO_HAEMOLYTIC_ANAEMIA",
                        "NO_GI_ACTIVITY",
                        "NO_NEW_FEATURES",
                        "PGA",
                        "PREDNISONE",
                        "NO_EXCLUDED_TREATMENT");
        assertThat(r.criteria().get(6).rule()).contains("≤ 7.5");
        assertThat(r.criteria().get(2).observed()).isEqualTo("not reported (absent)");
    }

    @Test
    void tv_C12_sledai_4_from_proteinuria_is_not_lldas_renal_activity() {
        VisitSummary cur = VisitSummary.builder()
                .sledai(4, Set.of("PROTEINURIA"))
                .pga(0.5)
                .prednisoneMgDay(5)
                .build();
        VisitSummary prev =
                VisitSummary.builder().sledai(4, Set.of("PROTEINURIA")).build();
        ResponseResult r = Lldas.evaluate(cur, prev);
        assertThat(r.status()).isEqualTo(ResponseStatus.NOT_MET);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("NO_MAJOR_ORGAN_ACTIVITY");
        assertThat(r.failed().get(0).observed()).isEqualTo("present: [PROTEINURIA]");
    }

    @Test
    void tv_C13_prednisolone_10_is_not_lldas() {
        ResponseResult r = Lldas.evaluate(c11().prednisoneMgDay(10).build(), PREVIOUS);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("PREDNISONE");
    }

    @Test
    void tv_C14_pga_1_1_is_not_lldas_and_pga_1_0_is() {
        assertThat(Lldas.evaluate(c11().pga(1.1).build(), PREVIOUS).failed())
                .extracting(CriterionResult::id)
                .containsExactly("PGA");
        assertThat(Lldas.evaluate(c11().pga(1.0).build(), PREVIOUS).met()).isTrue();
    }

    @Test
    void tv_C15_clinical_sledai_0_pga_0_4_prednisolone_5_mmf_is_also_lldas() {
        VisitSummary cur = VisitSummary.builder()
                .sledai(4, SEROLOGY)
                .pga(0.4)
                .prednisoneMgDay(5)
                .immunosuppressants(List.of("MMF"))
                .build();
        assertThat(Lldas.evaluate(cur, PREVIOUS).met()).isTrue();
    }

    @Test
    void lldas01_sledai_above_4_with_permitted_descriptors_only_fails_the_total() {
        // arthritis 4 + rash 2 = 6
        VisitSummary cur = c11().sledai(6, Set.of("ARTHRITIS", "RASH")).build();
        VisitSummary prev =
                VisitSummary.builder().sledai(6, Set.of("ARTHRITIS", "RASH")).build();
        assertThat(Lldas.evaluate(cur, prev).failed())
                .extracting(CriterionResult::id)
                .containsExactly("SLEDAI_TOTAL");
        // arthritis alone = 4 is allowed
        VisitSummary arth = c11().sledai(4, Set.of("ARTHRITIS")).build();
        assertThat(Lldas.evaluate(
                                arth,
                                VisitSummary.builder()
                                        .sledai(4, Set.of("ARTHRITIS"))
                                        .build())
                        .met())
                .isTrue();
    }

    @Test
    void lldas02_fever_counts_as_major_organ_activity_even_at_total_1() {
        VisitSummary cur = c11().sledai(1, Set.of("FEVER")).build();
        ResponseResult r = Lldas.evaluate(
                cur, VisitSummary.builder().sledai(1, Set.of("FEVER")).build());
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("NO_MAJOR_ORGAN_ACTIVITY");
    }

    @Test
    void lldas03_a_new_feature_versus_the_previous_assessment_fails_criterion_2() {
        VisitSummary prev =
                VisitSummary.builder().sledai(2, Set.of("LOW_COMPLEMENT")).build();
        ResponseResult r = Lldas.evaluate(c11().build(), prev);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("NO_NEW_FEATURES");
        assertThat(r.failed().get(0).observed()).isEqualTo("new: [INCREASED_DNA_BINDING]");
    }

    @Test
    void lldas04_option_without_previous_incomplete_default_and_not_evaluated() {
        ResponseResult r = Lldas.evaluate(c11().build(), null);
        assertThat(r.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(r.missing()).containsExactly("previous.sledai2k");
        ResponseResult first = Lldas.evaluate(
                c11().build(), null, LldasOptions.DEFAULT.withWithoutPrevious(PreviousVisitRule.NOT_EVALUATED));
        assertThat(first.met()).isTrue();
        assertThat(first.warnings()).singleElement().asString().contains("NO_NEW_FEATURES not evaluated");
        // a previous visit without descriptors is the same as none
        assertThat(Lldas.evaluate(c11().build(), VisitSummary.builder().pga(1).build())
                        .missing())
                .containsExactly("previous.sledai2k");
    }

    @Test
    void lldas05_haemolytic_anaemia_and_gi_activity_flags_and_bilag_gi_grade() {
        assertThat(Lldas.evaluate(c11().haemolyticAnaemia(true).build(), PREVIOUS)
                        .failed())
                .extracting(CriterionResult::id)
                .containsExactly("NO_HAEMOLYTIC_ANAEMIA");
        assertThat(Lldas.evaluate(c11().giActivity(true).build(), PREVIOUS).failed())
                .extracting(CriterionResult::id)
                .containsExactly("NO_GI_ACTIVITY");
        VisitSummary giC = c11().bilag(Grades.allE()
                        .with(BilagSystem.GASTROINTESTINAL, BilagGrade.C)
                        .map())
                .build();
        ResponseResult r = Lldas.evaluate(giC, PREVIOUS);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("NO_GI_ACTIVITY");
        assertThat(r.failed().get(0).observed()).contains("BILAG-2004");
        VisitSummary giD = c11().bilag(Grades.allE()
                        .with(BilagSystem.GASTROINTESTINAL, BilagGrade.D)
                        .map())
                .build();
        assertThat(Lldas.evaluate(giD, PREVIOUS).met()).isTrue();
        // an explicit flag wins over the BILAG grade
        VisitSummary flagged = c11().bilag(Grades.allE()
                        .with(BilagSystem.GASTROINTESTINAL, BilagGrade.B)
                        .map())
                .giActivity(false)
                .build();
        assertThat(Lldas.evaluate(flagged, PREVIOUS).met()).isTrue();
    }

    @Test
    void lldas06_option_other_activity_absent_unless_reported_default_and_required() {
        LldasOptions required = LldasOptions.DEFAULT.withOtherActivity(OtherActivityRule.REQUIRED);
        ResponseResult r = Lldas.evaluate(c11().build(), PREVIOUS, required);
        assertThat(r.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(r.missing()).containsExactly("current.haemolytic_anaemia", "current.gi_activity");
        VisitSummary reported = c11().haemolyticAnaemia(false)
                .bilag(Grades.allE()
                        .with(BilagSystem.GASTROINTESTINAL, BilagGrade.E)
                        .map())
                .build();
        assertThat(Lldas.evaluate(reported, PREVIOUS, required).met()).isTrue();
    }

    @Test
    void lldas07_option_excluded_treatments_default_empty_and_investigational_code() {
        VisitSummary msc = c11().immunosuppressants(List.of("MMF", "MSC")).build();
        assertThat(Lldas.evaluate(msc, PREVIOUS).met()).isTrue();
        LldasOptions excl = LldasOptions.DEFAULT.withExcludedTreatments(Set.of("MSC"));
        ResponseResult r = Lldas.evaluate(msc, PREVIOUS, excl);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("NO_EXCLUDED_TREATMENT");
        assertThat(r.failed().get(0).observed()).isEqualTo("excluded: [MSC]");
        assertThat(Lldas.evaluate(c11().build(), PREVIOUS, excl).met()).isTrue();
        VisitSummary unknown = new VisitSummary(4, SEROLOGY, null, 0.8, 7.5, null, null, null, null, null);
        assertThat(Lldas.evaluate(unknown, PREVIOUS, excl).missing()).containsExactly("current.immunosuppressants");
    }

    @Test
    void lldas08_missing_current_inputs_are_named() {
        ResponseResult r = Lldas.evaluate(VisitSummary.EMPTY, PREVIOUS);
        assertThat(r.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(r.missing()).containsExactly("current.sledai2k", "current.pga", "current.prednisone_mg_day");
        VisitSummary scoreOnly = VisitSummary.builder()
                .sledaiScore(4)
                .pga(0.8)
                .prednisoneMgDay(5)
                .build();
        assertThat(Lldas.evaluate(scoreOnly, PREVIOUS).missing()).containsExactly("current.sledai2k.descriptors");
    }
}
