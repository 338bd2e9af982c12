package org.msct.instruments.sledai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.Labs;
import org.msct.instruments.model.SledaiInput;
import org.msct.instruments.sledai.SledaiResult.Source;

/** SLEDAI-2K test vectors of shared/spec/instruments.md (TV-S*) and hand-computed cases. */
class Sledai2kTest {
    static final SledaiOptions O = SledaiOptions.DEFAULTS;

    static Assessment current(String json) {
        return Json.input("{'current': " + json + "}").current();
    }

    static SledaiResult score(String json) {
        return Sledai2k.score(current(json), O);
    }

    static SledaiResult present(String... codes) {
        return Sledai2k.score(
                new Assessment(SledaiInput.of(codes), Labs.EMPTY, null, null, null, null, null, null, null), O);
    }

    @Test
    void tv_S1_none_present_scores_0() {
        SledaiResult r = score("{'sledai2k': {'present': []}}");
        assertThat(r.score()).isZero();
        assertThat(r.clinicalScore()).isZero();
        assertThat(r.descriptors()).isEmpty();
    }

    @Test
    void tv_S2_all_24_score_105_clinical_101() {
        List<String> all = SledaiDefinition.standard().descriptors().stream()
                .map(SledaiDefinition.Descriptor::code)
                .toList();
        SledaiResult r = present(all.toArray(String[]::new));
        assertThat(r.score()).isEqualTo(105);
        assertThat(r.clinicalScore()).isEqualTo(101);
        assertThat(r.descriptors()).containsExactlyElementsOf(all);
    }

    @Test
    void tv_S4_renal_and_serology_16_clinical_12() {
        SledaiResult r =
                present("PROTEINURIA", "HEMATURIA", "URINARY_CASTS", "LOW_COMPLEMENT", "INCREASED_DNA_BINDING");
        assertThat(r.score()).isEqualTo(16);
        assertThat(r.clinicalScore()).isEqualTo(12);
        // table order, not input order
        assertThat(r.descriptors())
                .containsExactly(
                        "URINARY_CASTS", "HEMATURIA", "PROTEINURIA", "LOW_COMPLEMENT", "INCREASED_DNA_BINDING");
    }

    @Test
    void tv_S5_arthritis_rash_alopecia_serology_12() {
        SledaiResult r = present("ARTHRITIS", "RASH", "ALOPECIA", "LOW_COMPLEMENT", "INCREASED_DNA_BINDING");
        assertThat(r.score()).isEqualTo(12);
        assertThat(r.clinicalScore()).isEqualTo(8); // hand: 4 + 2 + 2
    }

    @Test
    void tv_S6_serology_only_4_clinical_0() {
        SledaiResult r = present("LOW_COMPLEMENT", "INCREASED_DNA_BINDING");
        assertThat(r.score()).isEqualTo(4);
        assertThat(r.clinicalScore()).isZero();
    }

    @Test
    void tv_S6_serology_from_labs_4_clinical_0() {
        SledaiResult r = score("{'sledai2k': {}, 'labs': {'c3_low': true, 'c4_low': false, 'dsdna_high': true}}");
        assertThat(r.score()).isEqualTo(4);
        assertThat(r.clinicalScore()).isZero();
        assertThat(r.contributions())
                .extracting(SledaiResult.Contribution::evidence)
                .containsExactly("c3_low = true", "dsdna_high = true");
    }

    @Test
    void tv_S7_values_at_the_thresholds_score_0() {
        SledaiResult r = score("{'sledai2k': {'present': []}, 'labs': {'platelets_10e9_l': 100, 'wbc_10e9_l': 3.0,"
                + " 'temperature_c': 38.0, 'protein_24h_g': 0.50, 'urine_rbc_hpf': 5, 'urine_wbc_hpf': 5}}");
        assertThat(r.score()).isZero();
        assertThat(r.descriptors()).isEmpty();
    }

    @Test
    void tv_S8_strict_lab_thresholds_score_15() {
        SledaiResult r = score("{'sledai2k': {'present': []}, 'labs': {'platelets_10e9_l': 99, 'wbc_10e9_l': 2.9,"
                + " 'temperature_c': 38.1, 'protein_24h_g': 0.51, 'urine_rbc_hpf': 6, 'urine_wbc_hpf': 6}}");
        assertThat(r.score()).isEqualTo(15);
        assertThat(r.clinicalScore()).isEqualTo(15);
        assertThat(r.descriptors())
                .containsExactly("HEMATURIA", "PROTEINURIA", "PYURIA", "FEVER", "THROMBOCYTOPENIA", "LEUKOPENIA");
        assertThat(r.contributions()).allMatch(c -> c.source() == Source.LABS);
        assertThat(r.contributions())
                .extracting(SledaiResult.Contribution::evidence)
                .contains(
                        "platelets_10e9_l 99 < 100",
                        "wbc_10e9_l 2.9 < 3",
                        "temperature_c 38.1 > 38",
                        "protein_24h_g 0.51 > 0.5",
                        "urine_rbc_hpf 6 > 5",
                        "urine_wbc_hpf 6 > 5");
    }

    @Test
    void tv_S10_neuro_vasculitis_myositis_36() {
        SledaiResult r = present("SEIZURE", "PSYCHOSIS", "ORGANIC_BRAIN_SYNDROME", "VASCULITIS", "MYOSITIS");
        assertThat(r.score()).isEqualTo(36);
        assertThat(r.clinicalScore()).isEqualTo(36);
    }

    @Test
    void casts_and_complement_c4_only_from_labs() {
        // hand: URINARY_CASTS 4 + LOW_COMPLEMENT 2 (c4 low) = 6; clinical 4
        SledaiResult r = score("{'sledai2k': {}, 'labs': {'urinary_casts': true, 'c3_low': false, 'c4_low': true}}");
        assertThat(r.score()).isEqualTo(6);
        assertThat(r.clinicalScore()).isEqualTo(4);
    }

    @Test
    void absent_or_false_labs_never_make_a_descriptor_present() {
        assertThat(score("{'sledai2k': {}}").score()).isZero();
        assertThat(score("{'sledai2k': {}, 'labs': {'urinary_casts': false, 'c3_low': false, 'dsdna_high': false}}")
                        .score())
                .isZero();
    }

    @Test
    void not_attributable_suppresses_lab_derivation_and_is_explained() {
        // post-conditioning cytopenia: platelets 45 and WBC 1.2 not due to SLE; fever 38.5 due to SLE
        SledaiResult r = score("{'sledai2k': {'not_attributable': ['THROMBOCYTOPENIA', 'LEUKOPENIA']},"
                + " 'labs': {'platelets_10e9_l': 45, 'wbc_10e9_l': 1.2, 'temperature_c': 38.5}}");
        assertThat(r.score()).isEqualTo(1);
        assertThat(r.descriptors()).containsExactly("FEVER");
        assertThat(r.notAttributed())
                .containsExactly("THROMBOCYTOPENIA: platelets_10e9_l 45 < 100", "LEUKOPENIA: wbc_10e9_l 1.2 < 3");
    }

    @Test
    void investigator_present_and_lab_derived_count_once() {
        SledaiResult r =
                score("{'sledai2k': {'present': ['THROMBOCYTOPENIA', 'RASH']}, 'labs': {'platelets_10e9_l': 50}}");
        assertThat(r.score()).isEqualTo(3);
        assertThat(r.contributions())
                .extracting(SledaiResult.Contribution::source)
                .containsExactly(Source.INVESTIGATOR, Source.INVESTIGATOR);
    }

    @Test
    void window_and_variant_are_recorded() {
        SledaiResult r = Sledai2k.score(current("{'sledai2k': {'present': ['RASH']}}"), O);
        assertThat(r.window()).isEqualTo(RecallWindow.WINDOW_10D);
        assertThat(r.variant()).isEqualTo(SledaiVariant.SLEDAI_2K);
        assertThat(r.definition()).isEqualTo("sledai-2k v1");
        SledaiResult r30 =
                Sledai2k.score(current("{'sledai2k': {'present': ['RASH']}}"), O.withWindow(RecallWindow.WINDOW_30D));
        assertThat(r30.window()).isEqualTo(RecallWindow.WINDOW_30D);
        assertThat(r30.score()).isEqualTo(r.score());
        assertThat(r30.warnings()).isEmpty();
    }

    @Test
    void option_upcr_substitution_off_by_default_and_used_only_without_24h_protein() {
        String upcrOnly = "{'sledai2k': {}, 'labs': {'upcr_mg_mmol': 60}}";
        assertThat(score(upcrOnly).score()).isZero();
        SledaiOptions on = O.withUpcrSubstitution(true, null);
        SledaiResult r = Sledai2k.score(current(upcrOnly), on);
        assertThat(r.descriptors()).containsExactly("PROTEINURIA");
        assertThat(r.contributions().get(0).evidence()).isEqualTo("upcr_mg_mmol 60 > 56.6");
        // boundary: 56.6 is not > 56.6
        assertThat(Sledai2k.score(current("{'sledai2k': {}, 'labs': {'upcr_mg_mmol': 56.6}}"), on)
                        .score())
                .isZero();
        // 24-h value present: it decides, the UPCR is not used
        assertThat(Sledai2k.score(current("{'sledai2k': {}, 'labs': {'upcr_mg_mmol': 200, 'protein_24h_g': 0.3}}"), on)
                        .score())
                .isZero();
        // protocol threshold override: > 50 mg/mmol
        assertThat(Sledai2k.score(
                                current("{'sledai2k': {}, 'labs': {'upcr_mg_mmol': 52}}"),
                                O.withUpcrSubstitution(true, 50.0))
                        .score())
                .isEqualTo(4);
    }

    @Test
    void option_arthritis_from_joint_count_more_than_2_by_default() {
        assertThat(score("{'sledai2k': {'arthritis_joints': 2}}").score()).isZero();
        SledaiResult r = score("{'sledai2k': {'arthritis_joints': 3}}");
        assertThat(r.score()).isEqualTo(4);
        assertThat(r.contributions().get(0).source()).isEqualTo(Source.JOINT_COUNT);
        assertThat(r.contributions().get(0).evidence()).isEqualTo("arthritis_joints 3 > 2");
        SledaiOptions ge2 = O.withArthritisMinJoints(2);
        assertThat(Sledai2k.score(current("{'sledai2k': {'arthritis_joints': 2}}"), ge2)
                        .score())
                .isEqualTo(4);
        assertThat(Sledai2k.score(current("{'sledai2k': {'arthritis_joints': 1}}"), ge2)
                        .score())
                .isZero();
    }

    @Test
    void arthritis_listed_with_a_low_joint_count_scores_and_warns() {
        SledaiResult r = score("{'sledai2k': {'present': ['ARTHRITIS'], 'arthritis_joints': 1}}");
        assertThat(r.score()).isEqualTo(4);
        assertThat(r.warnings()).singleElement().asString().contains("arthritis_joints 1");
    }

    @Test
    void option_selena_variant_proteinuria_needs_new_onset_or_increase() {
        SledaiOptions selena = O.withVariant(SledaiVariant.SELENA_SLEDAI);
        Assessment cur = current("{'sledai2k': {}, 'labs': {'protein_24h_g': 1.2}}");
        // no previous value: not derived, warned
        SledaiResult noPrev = Sledai2k.score(cur, selena);
        assertThat(noPrev.score()).isZero();
        assertThat(noPrev.variant()).isEqualTo(SledaiVariant.SELENA_SLEDAI);
        assertThat(noPrev.warnings()).singleElement().asString().contains("PROTEINURIA not derived");
        // new onset: previous 0.4
        assertThat(Sledai2k.score(cur, current("{'labs': {'protein_24h_g': 0.4}}"), selena)
                        .score())
                .isEqualTo(4);
        // persistent stable 1.0 -> 1.2: does not score in SELENA, scores in SLEDAI-2K
        Assessment prev = current("{'labs': {'protein_24h_g': 1.0}}");
        assertThat(Sledai2k.score(cur, prev, selena).score()).isZero();
        assertThat(Sledai2k.score(cur, prev, O).score()).isEqualTo(4);
        // recent increase by more than 0.5: 0.6 -> 1.2
        SledaiResult inc = Sledai2k.score(cur, current("{'labs': {'protein_24h_g': 0.6}}"), selena);
        assertThat(inc.score()).isEqualTo(4);
        assertThat(inc.contributions().get(0).evidence()).contains("increased by more than 0.5");
    }

    @Test
    void selena_with_30_day_window_is_warned() {
        SledaiOptions o = O.withVariant(SledaiVariant.SELENA_SLEDAI).withWindow(RecallWindow.WINDOW_30D);
        assertThat(Sledai2k.score(current("{'sledai2k': {'present': ['RASH']}}"), o)
                        .warnings())
                .singleElement()
                .asString()
                .contains("10-day");
    }

    @Test
    void assessment_without_sledai_section_is_not_scored() {
        Assessment labsOnly = current("{'labs': {'platelets_10e9_l': 50}}");
        assertThat(Sledai2k.isAssessed(labsOnly)).isFalse();
        assertThat(Sledai2k.scoreIfAssessed(labsOnly, null, O)).isEmpty();
        assertThatThrownBy(() -> Sledai2k.score(labsOnly, O)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void score_never_decreases_when_a_descriptor_is_added() {
        List<String> all = SledaiDefinition.standard().descriptors().stream()
                .map(SledaiDefinition.Descriptor::code)
                .toList();
        for (int i = 0; i < all.size(); i++) {
            SledaiResult before = present(all.subList(0, i).toArray(String[]::new));
            SledaiResult after = present(all.subList(0, i + 1).toArray(String[]::new));
            assertThat(after.score()).isGreaterThan(before.score()).isLessThanOrEqualTo(105);
            assertThat(after.clinicalScore())
                    .isGreaterThanOrEqualTo(before.clinicalScore())
                    .isLessThanOrEqualTo(101);
        }
    }

    @Test
    void weights_match_the_descriptor_table() {
        SledaiDefinition d = SledaiDefinition.standard();
        assertThat(d.descriptors()).hasSize(24);
        int[] expected = {8, 8, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1};
        assertThat(d.descriptors().stream()
                        .mapToInt(SledaiDefinition.Descriptor::weight)
                        .toArray())
                .containsExactly(expected);
        assertThat(d.descriptor("PYURIA").weight()).isEqualTo(4); // the gdl-lang archetype's 2 is wrong
        assertThat(d.descriptors().stream().filter(x -> !x.inClinicalScore()).map(SledaiDefinition.Descriptor::code))
                .containsExactly("LOW_COMPLEMENT", "INCREASED_DNA_BINDING");
    }

    @Test
    void programmatic_input_rejects_unknown_and_conflicting_codes() {
        assertThatThrownBy(() -> SledaiInputParser.check(SledaiInput.of("HEADACHE")))
                .hasMessageContaining("HEADACHE");
        assertThatThrownBy(() -> new SledaiInput(Set.of("FEVER"), Set.of("FEVER")))
                .hasMessageContaining("FEVER");
    }
}
