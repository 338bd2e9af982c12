package org.msct.instruments.sfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.ScoreInput;
import org.msct.instruments.sledai.Json;
import org.msct.instruments.sledai.SledaiDefinition;
import org.msct.instruments.sledai.SledaiOptions;
import org.msct.instruments.sledai.SledaiVariant;

/** SELENA-SLEDAI Flare Index test vectors (TV-F*) and hand-computed cases. */
class FlareIndexTest {
    static final SfiOptions O = SfiOptions.DEFAULTS;
    /** "No treatment change" written out: same prednisone, immunosuppressant and antimalarial, no SFI facts. */
    static final String STABLE =
            "'prednisone_mg_day': 10, 'immunosuppressants': ['MMF'], 'antimalarial': true, 'sfi': {}";

    /** A SLEDAI section whose descriptors add up to {@code score} (largest weights first). */
    static String sledai(int score) {
        List<String> codes = new ArrayList<>();
        int left = score;
        for (SledaiDefinition.Descriptor d : SledaiDefinition.standard().descriptors()) {
            if (d.weight() <= left) {
                codes.add("'" + d.code() + "'");
                left -= d.weight();
            }
        }
        if (left != 0) throw new IllegalArgumentException("cannot build " + score);
        return "'sledai2k': {'present': " + codes + "}";
    }

    static String visit(int sledai, String more) {
        return "{" + sledai(sledai) + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    static SfiResult sfi(String previous, String current, String patient, SfiOptions o) {
        ScoreInput in =
                Json.input("{'patient': {" + patient + "}, 'previous': " + previous + ", 'current': " + current + "}");
        return FlareIndex.evaluate(in.patient(), in.previous(), in.current(), o);
    }

    static SfiResult sfi(String previous, String current) {
        return sfi(previous, current, "'weight_kg': 60", O);
    }

    static SfiResult stable(int prevSledai, double prevPga, int curSledai, double curPga) {
        return sfi(visit(prevSledai, STABLE + ", 'pga': " + prevPga), visit(curSledai, STABLE + ", 'pga': " + curPga));
    }

    @Test
    void tv_F1_sledai_plus_4_to_8_is_mild_moderate() {
        SfiResult r = stable(4, 1.0, 8, 1.5);
        assertThat(r.flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(r.fired()).extracting(SfiResult.Fired::criterion).containsExactly(SfiCriterion.MILD_SLEDAI_INCREASE);
        assertThat(r.previousSledai()).isEqualTo(4);
        assertThat(r.currentSledai()).isEqualTo(8);
        assertThat(r.determinate()).isTrue();
        assertThat(r.notEvaluated()).isEmpty();
    }

    @Test
    void tv_F2_sledai_8_to_14_is_severe() {
        SfiResult r = stable(8, 1.0, 14, 1.0);
        assertThat(r.flare()).isEqualTo(Flare.SEVERE);
        assertThat(r.fired())
                .extracting(SfiResult.Fired::criterion)
                .containsExactly(SfiCriterion.SEVERE_SLEDAI_ABOVE_12);
        // minimal input: only the SLEDAI of both visits
        SfiResult bare = sfi(visit(8, ""), visit(14, ""));
        assertThat(bare.flare()).isEqualTo(Flare.SEVERE);
        assertThat(bare.determinate()).isTrue();
    }

    @Test
    void tv_F3_pga_increase_1_0_to_2_0_is_mild_moderate() {
        SfiResult r = stable(6, 1.0, 8, 2.0);
        assertThat(r.flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(r.fired()).extracting(SfiResult.Fired::criterion).containsExactly(SfiCriterion.MILD_PGA_INCREASE);
        assertThat(r.fired().get(0).evidence()).contains("PGA 1 -> 2 (change 1)");
    }

    @Test
    void tv_F4_pga_2_0_to_2_6_is_severe() {
        SfiResult r = stable(6, 2.0, 6, 2.6);
        assertThat(r.flare()).isEqualTo(Flare.SEVERE);
        assertThat(r.fired()).extracting(SfiResult.Fired::criterion).containsExactly(SfiCriterion.SEVERE_PGA_ABOVE_2_5);
    }

    @Test
    void tv_F6_small_sledai_and_pga_changes_are_no_flare() {
        SfiResult r = stable(6, 1.0, 8, 1.5);
        assertThat(r.flare()).isEqualTo(Flare.NONE);
        assertThat(r.fired()).isEmpty();
        assertThat(r.determinate()).isTrue();
    }

    @Test
    void tv_F7_hydroxychloroquine_added_is_mild_moderate() {
        String prev = visit(4, "'antimalarial': false, 'prednisone_mg_day': 5, 'immunosuppressants': [], 'sfi': {}");
        String cur = visit(4, "'antimalarial': true, 'prednisone_mg_day': 5, 'immunosuppressants': [], 'sfi': {}");
        SfiResult r = sfi(prev, cur);
        assertThat(r.flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(r.fired())
                .extracting(SfiResult.Fired::criterion)
                .containsExactly(SfiCriterion.MILD_NSAID_OR_ANTIMALARIAL_ADDED);
        // absent at the previous visit counts as not taking it, with a warning
        SfiResult absent = sfi(visit(4, ""), visit(4, "'antimalarial': true"));
        assertThat(absent.flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(absent.warnings()).anyMatch(w -> w.contains("previous.antimalarial absent"));
    }

    @Test
    void minimal_input_without_treatment_fields_classifies_but_is_not_determinate() {
        SfiResult r = sfi(visit(6, "'pga': 1.0"), visit(8, "'pga': 1.5"));
        assertThat(r.flare()).isEqualTo(Flare.NONE);
        assertThat(r.determinate()).isFalse();
        assertThat(r.notEvaluated())
                .extracting(SfiResult.NotEvaluated::needs)
                .contains("current.prednisone_mg_day", "current.immunosuppressants", "current.sfi.new_or_worse");
    }

    @Test
    void sledai_boundaries_increase_3_to_12_mild_and_to_13_severe() {
        assertThat(stable(9, 1, 12, 1).flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(stable(10, 1, 13, 1).flare()).isEqualTo(Flare.SEVERE);
        assertThat(stable(10, 1, 12, 1).flare()).isEqualTo(Flare.NONE);
    }

    @Test
    void option_a_sledai_above_12_but_falling() {
        // 14 -> 13: current > 12 but not increased
        assertThat(stable(14, 1, 13, 1).flare()).isEqualTo(Flare.NONE);
        SfiOptions literal = O.withSledaiSevere(SevereLevelRule.ABOVE);
        assertThat(sfi(visit(14, STABLE), visit(13, STABLE), "'weight_kg': 60", literal)
                        .flare())
                .isEqualTo(Flare.SEVERE);
        // 11 -> 13: increased to > 12 (default severe), but by less than 3 (mild-step reading: no flare)
        assertThat(stable(11, 1, 13, 1).flare()).isEqualTo(Flare.SEVERE);
        SfiOptions step = O.withSledaiSevere(SevereLevelRule.ABOVE_AND_MILD_STEP);
        assertThat(sfi(visit(11, STABLE), visit(13, STABLE), "'weight_kg': 60", step)
                        .flare())
                .isEqualTo(Flare.NONE);
    }

    @Test
    void option_b_pga_boundaries() {
        assertThat(stable(6, 1.5, 6, 2.5).flare()).isEqualTo(Flare.MILD_MODERATE); // +1.0, not > 2.5
        assertThat(stable(6, 1.5, 6, 2.51).flare()).isEqualTo(Flare.SEVERE);
        assertThat(stable(6, 1.1, 6, 2.1).flare()).isEqualTo(Flare.MILD_MODERATE); // exact decimal +1.0
        assertThat(stable(6, 0.7, 6, 1.7).flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(stable(6, 1.0, 6, 1.99).flare()).isEqualTo(Flare.NONE);
        // 2.8 -> 2.7 is above 2.5 but falling
        assertThat(stable(6, 2.8, 6, 2.7).flare()).isEqualTo(Flare.NONE);
        SfiOptions literal = O.withPgaSevere(SevereLevelRule.ABOVE);
        assertThat(sfi(visit(6, STABLE + ", 'pga': 2.8"), visit(6, STABLE + ", 'pga': 2.7"), "'weight_kg': 60", literal)
                        .flare())
                .isEqualTo(Flare.SEVERE);
        SfiOptions step = O.withPgaSevere(SevereLevelRule.ABOVE_AND_MILD_STEP);
        assertThat(sfi(visit(6, STABLE + ", 'pga': 2.0"), visit(6, STABLE + ", 'pga': 2.6"), "'weight_kg': 60", step)
                        .flare())
                .isEqualTo(Flare.NONE);
    }

    static SfiResult pred(double prev, double cur, String patient, SfiOptions o) {
        String common = "'immunosuppressants': [], 'antimalarial': false, 'sfi': {}, 'pga': 1";
        return sfi(
                visit(4, common + ", 'prednisone_mg_day': " + prev),
                visit(4, common + ", 'prednisone_mg_day': " + cur),
                patient,
                o);
    }

    @Test
    void prednisone_increase_mild_up_to_half_mg_per_kg_severe_above() {
        // 60 kg: 20 mg = 0.333, 30 mg = 0.5 (not > 0.5), 40 mg = 0.667
        assertThat(pred(10, 20, "'weight_kg': 60", O).flare()).isEqualTo(Flare.MILD_MODERATE);
        SfiResult atHalf = pred(20, 30, "'weight_kg': 60", O);
        assertThat(atHalf.flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(atHalf.fired().get(0).evidence()).contains("0.5 mg/kg/day");
        SfiResult above = pred(10, 40, "'weight_kg': 60", O);
        assertThat(above.flare()).isEqualTo(Flare.SEVERE);
        assertThat(above.fired())
                .extracting(SfiResult.Fired::criterion)
                .containsExactly(SfiCriterion.SEVERE_PREDNISONE_ABOVE_HALF_MG_KG);
        assertThat(pred(20, 10, "'weight_kg': 60", O).flare()).isEqualTo(Flare.NONE);
    }

    @Test
    void option_prednisone_stable_high_dose() {
        assertThat(pred(40, 40, "'weight_kg': 60", O).flare()).isEqualTo(Flare.NONE);
        assertThat(pred(40, 40, "'weight_kg': 60", O.withPrednisoneSevere(SevereLevelRule.ABOVE))
                        .flare())
                .isEqualTo(Flare.SEVERE);
        assertThatThrownBy(() -> O.withPrednisoneSevere(SevereLevelRule.ABOVE_AND_MILD_STEP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void prednisone_increase_without_weight_is_at_least_mild_and_not_determinate() {
        SfiResult r = pred(10, 20, "", O);
        assertThat(r.flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(r.determinate()).isFalse();
        assertThat(r.notEvaluated())
                .containsExactly(new SfiResult.NotEvaluated(
                        SfiCriterion.SEVERE_PREDNISONE_ABOVE_HALF_MG_KG, "patient.weight_kg"));
        // no increase: weight not needed under the default rule
        assertThat(pred(10, 10, "", O).determinate()).isTrue();
    }

    @Test
    void option_prednisone_doubling() {
        assertThat(pred(10, 20, "'weight_kg': 60", O).flare()).isEqualTo(Flare.MILD_MODERATE);
        SfiResult r = pred(10, 20, "'weight_kg': 60", O.withPrednisoneDoublingSevere(true));
        assertThat(r.flare()).isEqualTo(Flare.SEVERE);
        assertThat(r.fired(SfiCriterion.SEVERE_PREDNISONE_DOUBLED)).isTrue();
        assertThat(pred(10, 19.9, "'weight_kg': 60", O.withPrednisoneDoublingSevere(true))
                        .flare())
                .isEqualTo(Flare.MILD_MODERATE);
        assertThat(pred(0, 5, "'weight_kg': 60", O.withPrednisoneDoublingSevere(true))
                        .flare())
                .isEqualTo(Flare.MILD_MODERATE);
    }

    static SfiResult drugs(String prev, String cur) {
        String common = "'prednisone_mg_day': 5, 'antimalarial': true, 'sfi': {}, 'pga': 1";
        return sfi(
                visit(4, common + (prev == null ? "" : ", 'immunosuppressants': " + prev)),
                visit(4, common + ", 'immunosuppressants': " + cur));
    }

    @Test
    void new_immunosuppressant_group_is_severe() {
        SfiResult r = drugs("['MMF']", "['MMF', 'AZA']");
        assertThat(r.flare()).isEqualTo(Flare.SEVERE);
        assertThat(r.fired().get(0).evidence()).contains("new AZATHIOPRINE");
        assertThat(drugs("['MMF']", "['MPA']").flare()).isEqualTo(Flare.NONE); // same group: mycophenolate
        assertThat(drugs("['MMF']", "['MMF', 'TAC']").flare()).isEqualTo(Flare.NONE); // not an SFI drug
        assertThat(drugs("['CYC']", "[]").flare()).isEqualTo(Flare.NONE);
        SfiResult noPrev = drugs(null, "['CYC']");
        assertThat(noPrev.flare()).isEqualTo(Flare.SEVERE);
        assertThat(noPrev.warnings()).anyMatch(w -> w.contains("previous.immunosuppressants absent"));
    }

    @Test
    void new_or_worse_features_mild_and_severe() {
        String prev = visit(4, STABLE + ", 'pga': 1");
        SfiResult mild = sfi(
                prev,
                visit(
                        4,
                        "'prednisone_mg_day': 10, 'immunosuppressants': ['MMF'],"
                                + " 'antimalarial': true, 'pga': 1, 'sfi': {'new_or_worse': ['pleuritis', 'ARTHRITIS']}"));
        assertThat(mild.flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(mild.fired().get(0).evidence()).isEqualTo("new/worse PLEURITIS, ARTHRITIS");
        SfiResult severe = sfi(
                prev, visit(4, STABLE.replace("'sfi': {}", "'sfi': {'new_or_worse': ['NEPHRITIS']}") + ", 'pga': 1"));
        assertThat(severe.flare()).isEqualTo(Flare.SEVERE);
        assertThat(severe.fired(SfiCriterion.SEVERE_NEW_OR_WORSE_FEATURE)).isTrue();
    }

    @Test
    void nsaid_added_and_hospitalisation() {
        String prev = visit(4, STABLE + ", 'pga': 1");
        SfiResult nsaid =
                sfi(prev, visit(4, STABLE.replace("'sfi': {}", "'sfi': {'nsaid_added': true}") + ", 'pga': 1"));
        assertThat(nsaid.flare()).isEqualTo(Flare.MILD_MODERATE);
        assertThat(nsaid.fired().get(0).evidence()).contains("NSAID");
        SfiResult hosp =
                sfi(prev, visit(4, STABLE.replace("'sfi': {}", "'sfi': {'hospitalised': true}") + ", 'pga': 1"));
        assertThat(hosp.flare()).isEqualTo(Flare.SEVERE);
        assertThat(hosp.fired(SfiCriterion.SEVERE_HOSPITALISATION)).isTrue();
    }

    static SfiResult platelets(String prevLabs, String curLabs, String curSledai, SfiOptions o) {
        String prev = "{'sledai2k': {}, " + STABLE + ", 'pga': 1, 'labs': " + prevLabs + "}";
        String cur = "{'sledai2k': " + curSledai + ", " + STABLE + ", 'pga': 1, 'labs': " + curLabs + "}";
        return sfi(prev, cur, "'weight_kg': 60", o);
    }

    @Test
    void platelets_below_60_from_labs_new_or_worse() {
        // hand: 80 -> 50: SLEDAI 1 -> 1 (thrombocytopenia both visits); platelets < 60 new -> severe
        SfiResult isNew = platelets("{'platelets_10e9_l': 80}", "{'platelets_10e9_l': 50}", "{}", O);
        assertThat(isNew.flare()).isEqualTo(Flare.SEVERE);
        assertThat(isNew.fired().get(0).evidence())
                .contains("PLATELETS_LT60 (platelets_10e9_l 50 < 60, new; previous 80)");
        assertThat(platelets("{'platelets_10e9_l': 50}", "{'platelets_10e9_l': 40}", "{}", O)
                        .flare())
                .isEqualTo(Flare.SEVERE);
        assertThat(platelets("{'platelets_10e9_l': 40}", "{'platelets_10e9_l': 50}", "{}", O)
                        .flare())
                .isEqualTo(Flare.NONE);
        assertThat(platelets("{'platelets_10e9_l': 80}", "{'platelets_10e9_l': 60}", "{}", O)
                        .flare())
                .isEqualTo(Flare.NONE);
    }

    @Test
    void platelets_not_derived_without_previous_value_when_not_attributable_or_when_option_off() {
        SfiResult noPrev = platelets("{}", "{'platelets_10e9_l': 50}", "{}", O);
        assertThat(noPrev.flare()).isEqualTo(Flare.NONE);
        assertThat(noPrev.warnings()).anyMatch(w -> w.contains("PLATELETS_LT60 not derived") && w.contains("absent"));
        SfiResult drug = platelets(
                "{'platelets_10e9_l': 80}",
                "{'platelets_10e9_l': 50}",
                "{'not_attributable': ['THROMBOCYTOPENIA']}",
                O);
        assertThat(drug.flare()).isEqualTo(Flare.NONE);
        assertThat(drug.warnings()).anyMatch(w -> w.contains("not attributable"));
        assertThat(platelets(
                                "{'platelets_10e9_l': 80}",
                                "{'platelets_10e9_l': 50}",
                                "{}",
                                O.withPlateletsFromLabs(false))
                        .flare())
                .isEqualTo(Flare.NONE);
    }

    @Test
    void haemolytic_anaemia_contradicted_by_haemoglobin_is_warned_but_counted() {
        String prev = "{'sledai2k': {}, " + STABLE + ", 'pga': 1, 'labs': {'hemoglobin_g_dl': 11}}";
        String cur =
                "{'sledai2k': {}, " + STABLE.replace("'sfi': {}", "'sfi': {'new_or_worse': ['HAEMOLYTIC_ANAEMIA']}")
                        + ", 'pga': 1, 'labs': {'hemoglobin_g_dl': 9}}";
        SfiResult r = sfi(prev, cur);
        assertThat(r.flare()).isEqualTo(Flare.SEVERE);
        assertThat(r.warnings()).anyMatch(w -> w.contains("HAEMOLYTIC_ANAEMIA") && w.contains("11 -> 9"));
        String fall = cur.replace("'hemoglobin_g_dl': 9", "'hemoglobin_g_dl': 7.9");
        assertThat(sfi(prev, fall).warnings()).noneMatch(w -> w.contains("HAEMOLYTIC_ANAEMIA"));
    }

    @Test
    void option_sledai_variant_is_recorded_and_changes_eligibility() {
        // persistent proteinuria 1.0 -> 1.6 g: SLEDAI-2K 4 -> 4; SELENA-SLEDAI 0 -> 0 (previous unknown / not new)
        String prev = "{'sledai2k': {}, " + STABLE + ", 'labs': {'protein_24h_g': 0.3}}";
        String cur = "{'sledai2k': {'present': ['RASH']}, " + STABLE + ", 'labs': {'protein_24h_g': 1.2}}";
        SfiResult twoK = sfi(prev, cur);
        assertThat(twoK.sledaiVariant()).isEqualTo(SledaiVariant.SLEDAI_2K);
        assertThat(twoK.currentSledai()).isEqualTo(6);
        assertThat(twoK.flare()).isEqualTo(Flare.MILD_MODERATE);
        SfiOptions selena = O.withSledai(SledaiOptions.DEFAULTS.withVariant(SledaiVariant.SELENA_SLEDAI));
        SfiResult s = sfi(prev, cur, "'weight_kg': 60", selena);
        assertThat(s.sledaiVariant()).isEqualTo(SledaiVariant.SELENA_SLEDAI);
        assertThat(s.currentSledai()).isEqualTo(6); // new onset 0.3 -> 1.2 counts
        String stablePrev = prev.replace("0.3", "1.0");
        assertThat(sfi(stablePrev, cur, "'weight_kg': 60", selena).currentSledai())
                .isEqualTo(2);
        assertThat(sfi(stablePrev, cur).currentSledai()).isEqualTo(6);
    }

    @Test
    void sledai_missing_at_either_visit_is_not_evaluable() {
        ScoreInput in = Json.input("{'previous': {'pga': 1}, 'current': " + visit(4, "") + "}");
        assertThat(FlareIndex.evaluateIfPossible(in.patient(), in.previous(), in.current(), O))
                .isEmpty();
        assertThat(FlareIndex.evaluateIfPossible(in.patient(), null, in.current(), O))
                .isEmpty();
        assertThatThrownBy(() -> FlareIndex.evaluate(in.patient(), in.previous(), in.current(), O))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severe_criteria_dominate_and_all_fired_are_listed() {
        SfiResult r = sfi(
                visit(4, STABLE + ", 'pga': 1.0"),
                visit(8, STABLE.replace("'sfi': {}", "'sfi': {'hospitalised': true}") + ", 'pga': 2.0"));
        assertThat(r.flare()).isEqualTo(Flare.SEVERE);
        assertThat(r.fired())
                .extracting(SfiResult.Fired::criterion)
                .containsExactlyInAnyOrder(
                        SfiCriterion.MILD_SLEDAI_INCREASE,
                        SfiCriterion.MILD_PGA_INCREASE,
                        SfiCriterion.SEVERE_HOSPITALISATION);
        assertThat(r.definition()).isEqualTo("selena-flare-index v1");
    }
}
