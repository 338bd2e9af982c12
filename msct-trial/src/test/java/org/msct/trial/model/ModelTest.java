package org.msct.trial.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    private static Subject subject(String id, Boolean died, String dthdtc) {
        return new Subject(
                id,
                "S" + id,
                null,
                null,
                null,
                null,
                null,
                null,
                dthdtc == null ? null : new IsoDate(dthdtc),
                died,
                "01",
                null,
                30,
                "YEARS",
                Sex.F,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "CHN",
                0);
    }

    private static Study study() {
        return new Study(
                "S", "t", new ProtocolRef("p", "1"), List.of(new Site("01", "one", "CHN")), List.of(), List.of());
    }

    private static LabResult lab(String id, int seq) {
        return new LabResult(
                id,
                seq,
                "C3",
                "Complement C3",
                null,
                "0.6",
                "g/L",
                null,
                null,
                "0.6",
                0.6,
                "g/L",
                null,
                null,
                null,
                null,
                null,
                "SERUM",
                null,
                null,
                null,
                1.0,
                "BASELINE",
                null,
                null,
                0);
    }

    @Test
    void m01_planned_visit_window_is_inclusive_in_study_days() {
        // MONTH 3 planned on study day 92 with a 14-day window: days 78..106
        PlannedVisit m3 = new PlannedVisit(4, "MONTH 3", 92, 14, 14);
        assertThat(m3.inWindow(78)).isTrue();
        assertThat(m3.inWindow(106)).isTrue();
        assertThat(m3.inWindow(77)).isFalse();
        assertThat(m3.inWindow(107)).isFalse();
        assertThatThrownBy(() -> new PlannedVisit(1, "X", 0, 0, 0)).hasMessageContaining("day 0");
    }

    @Test
    void m02_ln_class_is_read_from_the_biopsy_term() {
        var mh = new MedicalHistory(
                "U",
                1,
                "LUPUS NEPHRITIS ISN/RPS CLASS III+V",
                null,
                null,
                MedicalHistory.LN_BIOPSY_CLASS,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        assertThat(mh.lnClass()).contains("III+V");
        var other = new MedicalHistory(
                "U", 2, "CLASS IV", null, null, MedicalHistory.PRIOR_THERAPY, null, null, null, null, null, null, 0);
        assertThat(other.lnClass()).isEmpty();
    }

    @Test
    void m03_subject_lookups_group_records_even_when_scattered() {
        var labs = List.of(lab("A", 1), lab("B", 1), lab("A", 2));
        TrialData t = new TrialData(
                study(),
                List.of(subject("A", null, null), subject("B", null, null)),
                List.of(),
                List.of(),
                List.of(),
                labs,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        assertThat(t.labs("A")).extracting(LabResult::seq).containsExactly(1, 2);
        assertThat(t.labs("B")).hasSize(1);
        assertThat(t.labs("C")).isEmpty();
        assertThat(t.subject("B")).isPresent();
    }

    @Test
    void m04_child_record_of_an_unknown_subject_is_rejected() {
        assertThatThrownBy(() -> new TrialData(
                        study(),
                        List.of(subject("A", null, null)),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(lab("Z", 1)),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()))
                .hasMessageContaining("unknown USUBJID Z");
    }

    @Test
    void m05_death_takes_its_date_from_dm_and_its_cause_from_the_death_disposition() {
        var ds = new Disposition(
                "A",
                1,
                "RENAL FAILURE",
                Disposition.DEATH,
                Disposition.DISPOSITION_EVENT,
                null,
                null,
                null,
                new IsoDate("2014-05-20"),
                0);
        TrialData t = new TrialData(
                study(),
                List.of(subject("A", true, "2014-05"), subject("B", null, null)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(ds));
        Death d = t.death("A").orElseThrow();
        assertThat(d.date()).isEqualTo(new IsoDate("2014-05")); // DTHDTC wins, partial as recorded
        assertThat(d.cause()).isEqualTo("RENAL FAILURE");
        assertThat(t.death("B")).isEmpty();
    }

    @Test
    void m06_adverse_event_grade_must_be_a_ctcae_grade() {
        assertThatThrownBy(() -> new AdverseEvent(
                        "A", 1, "X", "X", null, null, null, null, null, null, null, null, null, null, null, null, null,
                        6, null, null, 0))
                .hasMessageContaining("AETOXGR");
        assertThat(Causality.fromCode("POSSIBLY RELATED").orElseThrow().isRelated())
                .isTrue();
        assertThat(Causality.fromCode("UNLIKELY RELATED").orElseThrow().isRelated())
                .isFalse();
    }

    @Test
    void m07_qs_terms_follow_the_qrs_code_rules() {
        QsTerms terms = QsTerms.standard();
        // cdisc-terms.md §5.3: 24 SLEDAI-2K descriptors + total, 97 BILAG items + 9 system grades, 41 SDI items + total
        assertThat(terms.items(Instrument.SLEDAI_2K)).hasSize(25);
        assertThat(terms.items(Instrument.BILAG_2004)).hasSize(106);
        assertThat(terms.items(Instrument.SDI)).hasSize(42);
        assertThat(terms.items(Instrument.PGA)).hasSize(1);
        for (Instrument i : Instrument.values()) {
            for (QsTerms.Term t : terms.items(i)) {
                assertThat(t.testcd())
                        .hasSizeLessThanOrEqualTo(8)
                        .matches("[A-Z][A-Z0-9_]*")
                        .startsWith(i.prefix());
                assertThat(t.test()).hasSizeLessThanOrEqualTo(40);
            }
        }
        assertThat(terms.term("SLE2K113").orElseThrow().descriptor()).isEqualTo("PROTEINURIA");
        assertThat(terms.term("SLE2K113").orElseThrow().weight()).isEqualTo(4);
        assertThat(terms.evlint()).containsEntry(Instrument.BILAG_2004, "-P4W");
    }
}
