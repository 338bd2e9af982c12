package org.msct.derivations.bds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.msct.derivations.Fixtures.CATALOG;
import static org.msct.derivations.Fixtures.GRID;
import static org.msct.derivations.Fixtures.day;
import static org.msct.derivations.Fixtures.lab;
import static org.msct.derivations.Fixtures.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.msct.derivations.bds.BdsOptions.BaselineTiming;
import org.msct.derivations.bds.BdsOptions.OutOfWindow;
import org.msct.derivations.bds.BdsOptions.TieRule;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;

/**
 * BDS derivation on hand-made 24-h proteinuria (g/24h) records.
 *
 * <pre>
 * B01  d-20 3.4, d0 3.0 | d88 1.5, d94 1.2 (both 3 days from the M3 target 91) | d130 0.9 (no window: M3 77-105, M6 152-212) | d182 1.0
 *      default baseline d0 3.0: d88 CHG -1.5 PCHG -50 R2BASE 0.5; d94 -1.8 / -60; d182 -2.0 / -66.67; d130 -2.1
 *      before-day-0 baseline d-20 3.4: d88 CHG -1.9
 * B02  d-45 2.0 (outside the 30-day baseline window) | d91 1.0          -&gt; no BASE, no CHG; without a window BASE 2.0
 * B03  d-1 0.0 | d91 0.5                                               -&gt; CHG 0.5, PCHG and R2BASE missing (BASE 0)
 * B04  d-1 2.0 | d91 not done, d95 1.0                                 -&gt; the d95 record is analysed at M3
 * B05  d-2 1.8, d0 not done | d91 0.9                                  -&gt; baseline is the last non-missing, d-2
 * </pre>
 */
class BdsTest {
    static final List<SubjectRecord> SUBJECTS = List.of(
            subject("B01", 400, null),
            subject("B02", 400, null),
            subject("B03", 400, null),
            subject("B04", 400, null),
            subject("B05", 400, null));

    static List<Observation> observations() {
        List<Observation> o = new ArrayList<>();
        lab(o, "B01", -20, "PROT24H", 3.4, "g/24h");
        lab(o, "B01", 0, "PROT24H", 3.0, "g/24h");
        lab(o, "B01", 88, "PROT24H", 1.5, "g/24h");
        lab(o, "B01", 94, "PROT24H", 1.2, "g/24h");
        lab(o, "B01", 130, "PROT24H", 0.9, "g/24h");
        lab(o, "B01", 182, "PROT24H", 1.0, "g/24h");
        lab(o, "B02", -45, "PROT24H", 2.0, "g/24h");
        lab(o, "B02", 91, "PROT24H", 1.0, "g/24h");
        lab(o, "B03", -1, "PROT24H", 0.0, "g/24h");
        lab(o, "B03", 91, "PROT24H", 0.5, "g/24h");
        lab(o, "B04", -1, "PROT24H", 2.0, "g/24h");
        lab(o, "B04", 91, "PROT24H", null, "g/24h");
        lab(o, "B04", 95, "PROT24H", 1.0, "g/24h");
        lab(o, "B05", -2, "PROT24H", 1.8, "g/24h");
        lab(o, "B05", 0, "PROT24H", null, "g/24h");
        lab(o, "B05", 91, "PROT24H", 0.9, "g/24h");
        return o;
    }

    static Dataset derive(BdsOptions options) {
        return Bds.deriveBds("ADLB", "Laboratory Analysis Dataset", SUBJECTS, observations(), GRID, CATALOG, options);
    }

    static Row at(Dataset d, String id, int ady) {
        return d.rows().stream()
                .filter(r -> r.is("USUBJID", id) && r.integer("ADY") == ady)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void b01_baseline_is_the_last_non_missing_on_or_before_day_0() {
        Dataset d = derive(BdsOptions.DEFAULT);
        assertThat(at(d, "B01", 0).str("ABLFL")).isEqualTo("Y");
        assertThat(at(d, "B01", 0).str("AVISIT")).isEqualTo("Baseline");
        assertThat(at(d, "B01", 0).integer("AVISITN")).isZero();
        assertThat(at(d, "B01", -20).str("ABLFL")).isNull();
        assertThat(at(d, "B05", -2).str("ABLFL")).isEqualTo("Y");
        assertThat(at(d, "B05", 0).str("ABLFL")).isNull();
        assertThat(at(d, "B05", 91).dec("BASE")).isEqualTo(1.8);
    }

    @Test
    void b02_baseline_before_day_0_option() {
        Dataset d = derive(new BdsOptions(
                BaselineTiming.BEFORE_DAY0, OptionalInt.of(30), OutOfWindow.UNSCHEDULED, TieRule.EARLIER));
        assertThat(at(d, "B01", -20).str("ABLFL")).isEqualTo("Y");
        assertThat(at(d, "B01", 88).dec("BASE")).isEqualTo(3.4);
        assertThat(at(d, "B01", 88).dec("CHG")).isCloseTo(-1.9, within(1e-12));
    }

    @Test
    void b03_baseline_window_limits_how_far_back_baseline_may_lie() {
        Dataset d = derive(BdsOptions.DEFAULT);
        assertThat(at(d, "B02", 91).dec("BASE")).isNull();
        assertThat(at(d, "B02", 91).dec("CHG")).isNull();
        Dataset open = derive(new BdsOptions(
                BaselineTiming.ON_OR_BEFORE_DAY0, OptionalInt.empty(), OutOfWindow.UNSCHEDULED, TieRule.EARLIER));
        assertThat(at(open, "B02", 91).dec("BASE")).isEqualTo(2.0);
        assertThat(at(open, "B02", 91).dec("PCHG")).isEqualTo(-50.0);
    }

    @Test
    void b04_change_percent_change_and_ratio() {
        Dataset d = derive(BdsOptions.DEFAULT);
        Row r = at(d, "B01", 88);
        assertThat(r.dec("CHG")).isEqualTo(-1.5);
        assertThat(r.dec("PCHG")).isEqualTo(-50.0);
        assertThat(r.dec("R2BASE")).isEqualTo(0.5);
        assertThat(at(d, "B01", 182).dec("PCHG")).isCloseTo(-200.0 / 3.0, within(1e-12));
        // baseline and pre-treatment records carry no change
        assertThat(at(d, "B01", 0).dec("CHG")).isNull();
        assertThat(at(d, "B01", -20).dec("CHG")).isNull();
        // BASE 0: CHG defined, PCHG and R2BASE missing
        assertThat(at(d, "B03", 91).dec("CHG")).isEqualTo(0.5);
        assertThat(at(d, "B03", 91).dec("PCHG")).isNull();
        assertThat(at(d, "B03", 91).dec("R2BASE")).isNull();
    }

    @Test
    void b05_visit_out_of_window_is_unscheduled_or_excluded() {
        Dataset d = derive(BdsOptions.DEFAULT);
        Row r = at(d, "B01", 130);
        assertThat(r.str("AVISIT")).isEqualTo("Unscheduled");
        assertThat(r.integer("AVISITN")).isNull();
        assertThat(r.str("ANL01FL")).isNull();
        Dataset ex = derive(new BdsOptions(
                BaselineTiming.ON_OR_BEFORE_DAY0, OptionalInt.of(30), OutOfWindow.EXCLUDE, TieRule.EARLIER));
        assertThat(ex.rows()).hasSize(d.rows().size() - 1);
        assertThat(ex.rows().stream().noneMatch(x -> x.is("USUBJID", "B01") && x.integer("ADY") == 130))
                .isTrue();
    }

    @Test
    void b06_ties_at_equal_distance_earlier_or_later() {
        Dataset earlier = derive(BdsOptions.DEFAULT);
        assertThat(at(earlier, "B01", 88).str("ANL01FL")).isEqualTo("Y");
        assertThat(at(earlier, "B01", 94).str("ANL01FL")).isNull();
        assertThat(at(earlier, "B01", 94).str("AVISIT")).isEqualTo("Month 3");
        Dataset later = derive(new BdsOptions(
                BaselineTiming.ON_OR_BEFORE_DAY0, OptionalInt.of(30), OutOfWindow.UNSCHEDULED, TieRule.LATER));
        assertThat(at(later, "B01", 88).str("ANL01FL")).isNull();
        assertThat(at(later, "B01", 94).str("ANL01FL")).isEqualTo("Y");
    }

    @Test
    void b07_missing_lab_is_kept_but_never_analysed() {
        Dataset d = derive(BdsOptions.DEFAULT);
        Row notDone = at(d, "B04", 91);
        assertThat(notDone.dec("AVAL")).isNull();
        assertThat(notDone.str("AVISIT")).isEqualTo("Month 3");
        assertThat(notDone.str("ANL01FL")).isNull();
        assertThat(at(d, "B04", 95).str("ANL01FL")).isEqualTo("Y");
    }

    @Test
    void b08_identifiers_dates_and_sequence() {
        Dataset d = derive(BdsOptions.DEFAULT);
        Row r = at(d, "B01", 88);
        assertThat(r.str("PARAM")).isEqualTo("24-h Urine Protein (g/24h)");
        assertThat(r.str("PARCAT1")).isEqualTo("RENAL");
        assertThat(r.date("ADT")).isEqualTo(day(88));
        assertThat(r.str("SRCDOM")).isEqualTo("LB");
        assertThat(r.str("SRCVAR")).isEqualTo("LBSTRESN");
        assertThat(d.rows().stream().filter(x -> x.is("USUBJID", "B01")).map(x -> x.integer("ASEQ")))
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(d.rows().stream().filter(x -> x.is("USUBJID", "B01")).map(x -> x.integer("ADY")))
                .containsExactly(-20, 0, 88, 94, 130, 182);
    }

    @Test
    void b09_visit_selection_rules() {
        // windows overlap: nearest target wins, equal distance -> lower visit number
        var a = new org.msct.derivations.input.PlannedVisit(1, "A", 10, 5, 20);
        var b = new org.msct.derivations.input.PlannedVisit(2, "B", 20, 10, 30);
        assertThat(VisitWindows.computeVisit(14, List.of(a, b)).map(v -> v.name()))
                .contains("A");
        assertThat(VisitWindows.computeVisit(15, List.of(a, b)).map(v -> v.name()))
                .contains("A");
        assertThat(VisitWindows.computeVisit(16, List.of(a, b)).map(v -> v.name()))
                .contains("B");
        assertThat(VisitWindows.computeVisit(31, List.of(a, b))).isEmpty();
    }

    @Test
    void b10_unknown_parameter_or_subject_is_rejected_with_its_value() {
        List<Observation> bad = List.of(Observation.lab("B01", day(1), "PROT", 1.0, "g"));
        assertThatThrownBy(() -> Bds.deriveBds("ADLB", "x", SUBJECTS, bad, GRID, CATALOG, BdsOptions.DEFAULT))
                .hasMessageContaining("PROT");
        List<Observation> who = List.of(Observation.lab("X99", day(1), "PROT24H", 1.0, "g"));
        assertThatThrownBy(() -> Bds.deriveBds("ADLB", "x", SUBJECTS, who, GRID, CATALOG, BdsOptions.DEFAULT))
                .hasMessageContaining("X99");
    }
}
