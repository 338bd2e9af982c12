package org.msct.trial.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.trial.finding.Finding;
import org.msct.trial.protocol.CellSource;
import org.msct.trial.protocol.OptionSettings;
import org.msct.trial.protocol.Protocol;
import org.msct.trial.protocol.ProtocolLoader;

/**
 * ISCT release check (Dominici 2006 as recorded in clinical-definitions.md §3: CD73, CD90, CD105 ≥ 95 %; CD45,
 * CD34, CD14 or CD11b, CD79α or CD19, HLA-DR ≤ 2 %) and the protocol's viability option.
 */
class ReleaseCheckTest {
    static final ReleaseCriteria ISCT = ReleaseCriteria.load("isct-msc-2006");

    static Map<String, Double> passing() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("CD73", 99.1);
        m.put("CD90", 98.7);
        m.put("CD105", 96.0);
        m.put("CD45", 0.4);
        m.put("CD34", 0.3);
        m.put("CD14", 0.5);
        m.put("CD79A", 0.2);
        m.put("HLA-DR", 0.9);
        return m;
    }

    static MscLot lot(Map<String, Double> markers, Double viability, Boolean released) {
        return new MscLot(
                "UC2024-017", MscLot.MscSource.UMBILICAL_CORD, "D-09", 4, viability, 8.0e7, markers, null, released);
    }

    static ReleaseResult check(MscLot lot) {
        return ReleaseCheck.check(lot, ISCT, ReleaseOptions.DEFAULT, null);
    }

    @Test
    void rc01_shipped_criteria_are_the_spec_thresholds() {
        assertThat(ISCT.validate("isct-msc-2006.v1.json")).isEmpty();
        assertThat(ISCT.markers())
                .extracting(r -> String.join("|", r.markers()), r -> r.op().json(), ReleaseCriteria.MarkerRule::percent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CD105", "ge", 95.0),
                        org.assertj.core.groups.Tuple.tuple("CD73", "ge", 95.0),
                        org.assertj.core.groups.Tuple.tuple("CD90", "ge", 95.0),
                        org.assertj.core.groups.Tuple.tuple("CD45", "le", 2.0),
                        org.assertj.core.groups.Tuple.tuple("CD34", "le", 2.0),
                        org.assertj.core.groups.Tuple.tuple("CD14|CD11B", "le", 2.0),
                        org.assertj.core.groups.Tuple.tuple("CD79A|CD19", "le", 2.0),
                        org.assertj.core.groups.Tuple.tuple("HLA-DR", "le", 2.0));
    }

    @Test
    void rc02_a_lot_meeting_every_threshold_is_releasable() {
        ReleaseResult r = check(lot(passing(), 92.0, null));
        assertThat(r.findings()).isEmpty();
        assertThat(r.releasable()).isTrue();
    }

    @Test
    void rc03_thresholds_are_inclusive() {
        Map<String, Double> m = passing();
        m.put("CD105", 95.0);
        m.put("HLA-DR", 2.0);
        assertThat(check(lot(m, 70.0, null)).releasable()).isTrue();
    }

    @Test
    void rc04_a_positive_marker_below_95_percent_is_named() {
        Map<String, Double> m = passing();
        m.put("CD105", 94.9);
        ReleaseResult r = check(lot(m, 92.0, null));
        assertThat(r.releasable()).isFalse();
        Finding f = r.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("REL-MARKER");
        assertThat(f.variable()).isEqualTo("phenotypePercent.CD105");
        assertThat(f.value()).isEqualTo("94.9");
        assertThat(f.message()).contains(">= 95 %");
    }

    @Test
    void rc05_a_negative_marker_above_2_percent_fails() {
        Map<String, Double> m = passing();
        m.put("CD34", 2.5);
        assertThat(check(lot(m, 92.0, null)).findings())
                .extracting(Finding::variable)
                .containsExactly("phenotypePercent.CD34");
    }

    @Test
    void rc06_a_missing_marker_makes_the_lot_not_releasable_and_is_named() {
        Map<String, Double> m = passing();
        m.remove("CD34");
        ReleaseResult r = check(lot(m, 92.0, null));
        assertThat(r.releasable()).isFalse();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("REL-MISSING");
            assertThat(f.message()).startsWith("CD34 not measured");
        });
    }

    @Test
    void rc07_either_marker_of_a_pair_may_be_measured_but_one_must_be() {
        Map<String, Double> m = passing();
        m.remove("CD14");
        m.put("cd11b", 1.0); // names are normalised
        assertThat(check(lot(m, 92.0, null)).releasable()).isTrue();
        m.remove("cd11b");
        ReleaseResult r = check(lot(m, 92.0, null));
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("CD14 or CD11B not measured"));
        Map<String, Double> both = passing();
        both.put("CD11B", 3.0); // both measured: both must pass
        assertThat(check(lot(both, 92.0, null)).findings())
                .extracting(Finding::variable)
                .containsExactly("phenotypePercent.CD11B");
        Map<String, Double> alpha = passing();
        alpha.remove("CD79A");
        alpha.put("CD79α", 0.1);
        assertThat(check(lot(alpha, 92.0, null)).releasable()).isTrue();
    }

    @Test
    void rc08_viability_option_70_percent_or_isct_only() {
        Protocol p = ProtocolLoader.require("wang-2014");
        ReleaseOptions fda = ReleaseOptions.of(p, OptionSettings.of(p, Map.of("releaseViability", "FDA_70")));
        ReleaseOptions isct = ReleaseOptions.of(p, OptionSettings.of(p, Map.of("releaseViability", "ISCT_ONLY")));
        MscLot low = lot(passing(), 65.0, null);
        ReleaseResult withMin = ReleaseCheck.check(low, ISCT, fda, null);
        assertThat(withMin.releasable()).isFalse();
        assertThat(withMin.findings()).extracting(Finding::ruleId).containsExactly("REL-VIABILITY");
        assertThat(ReleaseCheck.check(low, ISCT, isct, null).releasable()).isTrue();
        MscLot unknown = lot(passing(), null, null);
        assertThat(ReleaseCheck.check(unknown, ISCT, fda, null)
                        .findings()
                        .get(0)
                        .message())
                .contains("viability not recorded");
        assertThat(ReleaseCheck.check(unknown, ISCT, isct, null).releasable()).isTrue();
    }

    @Test
    void rc09_source_must_be_one_the_protocol_allows() {
        Protocol liang = ProtocolLoader.require("liang-2010"); // bone marrow only
        ReleaseOptions o = ReleaseOptions.of(liang, liang.defaults());
        assertThat(o.allowedSources()).containsExactly(CellSource.BONE_MARROW);
        ReleaseResult r = ReleaseCheck.check(lot(passing(), 92.0, null), ISCT, o, null);
        assertThat(r.findings())
                .extracting(Finding::ruleId, Finding::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REL-SOURCE", "UMBILICAL_CORD"));
    }

    @Test
    void rc10_lot_must_hold_the_cells_to_release() {
        DoseCalculation.Computed rx = (DoseCalculation.Computed) MscDosing.cellsToRelease(85, "kg", 1, "10^6/kg");
        ReleaseResult r =
                ReleaseCheck.check(lot(passing(), 92.0, null), ISCT, ReleaseOptions.DEFAULT, rx.cellsToRelease());
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("REL-CELLS"); // 8.0e7 < 8.5e7
        assertThat(ReleaseCheck.check(lot(passing(), 92.0, null), ISCT, ReleaseOptions.DEFAULT, 80_000_000L)
                        .releasable())
                .isTrue();
    }

    @Test
    void rc11_recorded_release_of_a_failing_lot_is_flagged_and_values_outside_0_100_refused() {
        Map<String, Double> m = passing();
        m.put("CD90", 101.0);
        ReleaseResult r = check(lot(m, 92.0, true));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("REL-VALUE", "REL-MISSING", "REL-RECORD");
        assertThat(new ReleaseOptions("isct-msc-2006", null, Set.of()).minViabilityPercent())
                .isNull();
        assertThat(List.of(r.releasable())).containsExactly(false);
    }
}
