package org.msct.instruments.sdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.SdiInput;
import org.msct.instruments.sledai.Json;

/** SDI test vectors (TV-D*) and hand-computed cases. */
class SdiTest {
    static final SdiOptions O = SdiOptions.DEFAULTS;

    static SdiResult score(String json) {
        return Sdi.score(SdiInputParser.parse(Json.tree(json), "current.sdi"), O);
    }

    @Test
    void tv_D1_cataract_vertebral_fracture_diabetes_3() {
        SdiResult r = score("{'items': {'CATARACT': 1, 'OSTEOPOROTIC_FRACTURE': 1, 'DIABETES': 1}}");
        assertThat(r.score()).isEqualTo(3);
        assertThat(r.items()).allMatch(i -> i.status() == SdiResult.Status.COUNTED);
    }

    @Test
    void tv_D3_avn_both_hips_malignancy_two_sites_gonadal_failure_5() {
        SdiResult r = score("{'items': {'AVASCULAR_NECROSIS': 2, 'MALIGNANCY': 2, 'PREMATURE_GONADAL_FAILURE': 1}}");
        assertThat(r.score()).isEqualTo(5);
    }

    @Test
    void tv_D4_cognitive_impairment_for_4_months_scores_0() {
        SdiResult r = score("{'items': {'COGNITIVE_IMPAIRMENT': 1}, 'months_present': {'COGNITIVE_IMPAIRMENT': 4}}");
        assertThat(r.score()).isZero();
        assertThat(r.items()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(SdiResult.Status.NOT_PERSISTENT);
            assertThat(i.reason()).isEqualTo("present 4 months; needs >= 6 months");
        });
        // 6 months: counts
        assertThat(score("{'items': {'COGNITIVE_IMPAIRMENT': 1}, 'months_present': {'COGNITIVE_IMPAIRMENT': 6}}")
                        .score())
                .isEqualTo(1);
    }

    @Test
    void tv_D5_myocardial_infarction_2_weeks_ago_ever_item_1() {
        SdiResult r =
                score("{'items': {'MYOCARDIAL_INFARCTION': 1}, 'months_present': {'MYOCARDIAL_INFARCTION': 0.5}}");
        assertThat(r.score()).isEqualTo(1);
    }

    @Test
    void tv_D6_every_item_at_maximum_47() {
        Map<String, Integer> all = new HashMap<>();
        for (SdiDefinition.Item it : SdiDefinition.standard().items()) all.put(it.code(), it.maxPoints());
        SdiResult r = Sdi.score(new SdiInput(all), O);
        assertThat(r.score()).isEqualTo(47);
        assertThat(r.counted("ESRD")).isEqualTo(3);
        assertThat(r.counted("GFR_LT_50")).isZero();
        assertThat(r.domainScores()).allMatch(d -> d.points() == d.max());
    }

    @Test
    void esrd_replaces_gfr_and_proteinuria() {
        SdiResult r = score("{'items': {'GFR_LT_50': 1, 'PROTEINURIA_GE_3_5': 1, 'ESRD': 3}}");
        assertThat(r.score()).isEqualTo(3);
        assertThat(r.items())
                .filteredOn(i -> i.status() == SdiResult.Status.REPLACED)
                .extracting(SdiResult.ItemScore::code)
                .containsExactly("GFR_LT_50", "PROTEINURIA_GE_3_5");
        assertThat(score("{'items': {'GFR_LT_50': 1, 'PROTEINURIA_GE_3_5': 1}}").score())
                .isEqualTo(2);
        // ESRD for only 3 months does not count and does not replace the persistent items
        SdiResult early = score("{'items': {'GFR_LT_50': 1, 'ESRD': 3}, 'months_present': {'ESRD': 3}}");
        assertThat(early.score()).isEqualTo(1);
    }

    @Test
    void attribution_is_irrelevant_and_ever_items_count_at_once() {
        // hand: post-cyclophosphamide gonadal failure 1 + CVA twice (ever) 2 + bowel resection 1 month ago (ever) 1 = 4
        SdiResult r = score("{'items': {'PREMATURE_GONADAL_FAILURE': 1, 'CVA': 2, 'GI_INFARCTION_OR_RESECTION': 1},"
                + " 'months_present': {'CVA': 1, 'GI_INFARCTION_OR_RESECTION': 1}}");
        assertThat(r.score()).isEqualTo(4);
    }

    @Test
    void option_persistence_rule_off_scores_every_recorded_item() {
        SdiInput in = SdiInputParser.parse(
                Json.tree("{'items': {'COGNITIVE_IMPAIRMENT': 1}, 'months_present': {'COGNITIVE_IMPAIRMENT': 4}}"),
                "sdi");
        assertThat(Sdi.score(in, new SdiOptions(false)).score()).isEqualTo(1);
        assertThat(Sdi.score(in, O).score()).isZero();
    }

    @Test
    void booleans_and_zero_points() {
        assertThat(score("{'items': {'ESRD': true, 'CATARACT': true, 'DIABETES': false, 'MALIGNANCY': 0}}")
                        .score())
                .isEqualTo(4);
    }

    @Test
    void months_for_an_unrecorded_item_is_warned() {
        SdiResult r = score("{'items': {'CATARACT': 1}, 'months_present': {'DIABETES': 12}}");
        assertThat(r.score()).isEqualTo(1);
        assertThat(r.warnings()).singleElement().asString().contains("months_present.DIABETES ignored");
    }

    @Test
    void an_item_that_disappears_since_the_previous_sdi_is_flagged() {
        SdiInput prev = new SdiInput(Map.of("CATARACT", 1, "GFR_LT_50", 1, "MALIGNANCY", 2));
        SdiInput cur = new SdiInput(Map.of("ESRD", 3, "MALIGNANCY", 1));
        SdiResult r = Sdi.score(cur, prev, O);
        assertThat(r.score()).isEqualTo(4);
        assertThat(r.warnings()).hasSize(2);
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("CATARACT counted 1"));
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("MALIGNANCY counted 2"));
        // GFR replaced by ESRD is not a regression
        assertThat(r.warnings()).noneMatch(w -> w.contains("GFR_LT_50"));
        assertThat(Sdi.score(cur, null, O).warnings()).isEmpty();
    }

    @Test
    void definition_maxima() {
        SdiDefinition d = SdiDefinition.standard();
        assertThat(d.maxTotal()).isEqualTo(47);
        assertThat(d.domains())
                .extracting(SdiDefinition.Domain::max)
                .containsExactly(2, 6, 3, 5, 6, 5, 6, 7, 3, 1, 1, 2);
        assertThat(d.items())
                .filteredOn(i -> i.persistence() == SdiDefinition.Persistence.EVER)
                .extracting(SdiDefinition.Item::code)
                .containsExactly(
                        "CATARACT",
                        "CVA",
                        "MYOCARDIAL_INFARCTION",
                        "SIGNIFICANT_TISSUE_LOSS",
                        "GI_INFARCTION_OR_RESECTION",
                        "GI_STRICTURE_OR_SURGERY");
    }
}
