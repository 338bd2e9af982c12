package org.msct.trial.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msct.trial.product.MscLot;

/**
 * A whole MSCT trial: the study ({@code study.json}) and every record of the bundle's domains, each list in file
 * order, with lookups by USUBJID. Immutable. Every child record must name a subject of {@link #subjects()}
 * (IllegalArgumentException otherwise; the bundle reader reports that as a finding first).
 *
 * <p>Equality is by value over the study and all lists (so a bundle read twice gives equal objects, including the
 * source row numbers each record carries).
 */
public final class TrialData {
    private final Study study;
    private final List<Subject> subjects;
    private final List<Visit> visits;
    private final List<VitalSign> vitalSigns;
    private final List<Infusion> infusions;
    private final List<LabResult> labs;
    private final List<QsItem> qsItems;
    private final List<ConMed> conMeds;
    private final List<MedicalHistory> medicalHistory;
    private final List<AdverseEvent> adverseEvents;
    private final List<Disposition> dispositions;

    private final Map<String, Subject> subjectById;
    private final SubjectIndex<Visit> visitIx;
    private final SubjectIndex<VitalSign> vsIx;
    private final SubjectIndex<Infusion> exIx;
    private final SubjectIndex<LabResult> lbIx;
    private final SubjectIndex<QsItem> qsIx;
    private final SubjectIndex<ConMed> cmIx;
    private final SubjectIndex<MedicalHistory> mhIx;
    private final SubjectIndex<AdverseEvent> aeIx;
    private final SubjectIndex<Disposition> dsIx;

    public TrialData(
            Study study,
            List<Subject> subjects,
            List<Visit> visits,
            List<VitalSign> vitalSigns,
            List<Infusion> infusions,
            List<LabResult> labs,
            List<QsItem> qsItems,
            List<ConMed> conMeds,
            List<MedicalHistory> medicalHistory,
            List<AdverseEvent> adverseEvents,
            List<Disposition> dispositions) {
        this.study = Objects.requireNonNull(study, "study");
        this.subjects = List.copyOf(subjects);
        this.visits = List.copyOf(visits);
        this.vitalSigns = List.copyOf(vitalSigns);
        this.infusions = List.copyOf(infusions);
        this.labs = List.copyOf(labs);
        this.qsItems = List.copyOf(qsItems);
        this.conMeds = List.copyOf(conMeds);
        this.medicalHistory = List.copyOf(medicalHistory);
        this.adverseEvents = List.copyOf(adverseEvents);
        this.dispositions = List.copyOf(dispositions);
        Map<String, Subject> byId = new LinkedHashMap<>();
        for (Subject s : this.subjects) {
            if (byId.put(s.usubjid(), s) != null)
                throw new IllegalArgumentException("duplicate USUBJID " + s.usubjid());
        }
        this.subjectById = Collections.unmodifiableMap(byId);
        var ids = byId.keySet();
        this.visitIx = new SubjectIndex<>(this.visits, Visit::usubjid, ids, "SV");
        this.vsIx = new SubjectIndex<>(this.vitalSigns, VitalSign::usubjid, ids, "VS");
        this.exIx = new SubjectIndex<>(this.infusions, Infusion::usubjid, ids, "EX");
        this.lbIx = new SubjectIndex<>(this.labs, LabResult::usubjid, ids, "LB");
        this.qsIx = new SubjectIndex<>(this.qsItems, QsItem::usubjid, ids, "QS");
        this.cmIx = new SubjectIndex<>(this.conMeds, ConMed::usubjid, ids, "CM");
        this.mhIx = new SubjectIndex<>(this.medicalHistory, MedicalHistory::usubjid, ids, "MH");
        this.aeIx = new SubjectIndex<>(this.adverseEvents, AdverseEvent::usubjid, ids, "AE");
        this.dsIx = new SubjectIndex<>(this.dispositions, Disposition::usubjid, ids, "DS");
    }

    public Study study() {
        return study;
    }

    /** DM records in file order. */
    public List<Subject> subjects() {
        return subjects;
    }

    public List<Visit> visits() {
        return visits;
    }

    public List<VitalSign> vitalSigns() {
        return vitalSigns;
    }

    public List<Infusion> infusions() {
        return infusions;
    }

    public List<LabResult> labs() {
        return labs;
    }

    public List<QsItem> qsItems() {
        return qsItems;
    }

    public List<ConMed> conMeds() {
        return conMeds;
    }

    public List<MedicalHistory> medicalHistory() {
        return medicalHistory;
    }

    public List<AdverseEvent> adverseEvents() {
        return adverseEvents;
    }

    public List<Disposition> dispositions() {
        return dispositions;
    }

    /** Subjects by USUBJID, in DM order. */
    public Map<String, Subject> subjectsById() {
        return subjectById;
    }

    public Optional<Subject> subject(String usubjid) {
        return Optional.ofNullable(subjectById.get(usubjid));
    }

    public List<Visit> visits(String usubjid) {
        return visitIx.of(usubjid);
    }

    public List<VitalSign> vitalSigns(String usubjid) {
        return vsIx.of(usubjid);
    }

    public List<Infusion> infusions(String usubjid) {
        return exIx.of(usubjid);
    }

    public List<LabResult> labs(String usubjid) {
        return lbIx.of(usubjid);
    }

    public List<QsItem> qsItems(String usubjid) {
        return qsIx.of(usubjid);
    }

    public List<ConMed> conMeds(String usubjid) {
        return cmIx.of(usubjid);
    }

    public List<MedicalHistory> medicalHistory(String usubjid) {
        return mhIx.of(usubjid);
    }

    public List<AdverseEvent> adverseEvents(String usubjid) {
        return aeIx.of(usubjid);
    }

    public List<Disposition> dispositions(String usubjid) {
        return dsIx.of(usubjid);
    }

    /** The MSC lot with this id (EX.EXLOT), from study.json. */
    public Optional<MscLot> lot(String lotId) {
        return study.lot(lotId);
    }

    /**
     * The subject's QS items grouped into instrument assessments by (QSCAT, VISITNUM, QSDTC), in order of first
     * appearance.
     */
    public List<InstrumentAssessment> assessments(String usubjid) {
        Map<List<Object>, List<QsItem>> groups = new LinkedHashMap<>();
        for (QsItem q : qsItems(usubjid)) {
            List<Object> key = new ArrayList<>(3);
            key.add(q.cat());
            key.add(q.visitnum() == null ? "" : q.visitnum());
            key.add(q.dtc() == null ? "" : q.dtc());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<InstrumentAssessment> out = new ArrayList<>(groups.size());
        for (List<QsItem> items : groups.values()) {
            QsItem first = items.get(0);
            out.add(new InstrumentAssessment(usubjid, first.cat(), first.visitnum(), first.dtc(), items));
        }
        return out;
    }

    /**
     * The subject's death: present when DM.DTHFL = Y or a DS record has DSDECOD = DEATH; date from DTHDTC (else the
     * DS start date), cause from that DS record's DSTERM.
     */
    public Optional<Death> death(String usubjid) {
        Subject s = subjectById.get(usubjid);
        if (s == null) return Optional.empty();
        Disposition ds = null;
        for (Disposition d : dispositions(usubjid)) {
            if (Disposition.DEATH.equals(d.decod())) {
                ds = d;
                break;
            }
        }
        if (!s.died() && ds == null) return Optional.empty();
        @Nullable IsoDate date = s.dthdtc() != null ? s.dthdtc() : ds != null ? ds.stdtc() : null;
        return Optional.of(new Death(usubjid, date, ds == null ? null : ds.term()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrialData t
                && study.equals(t.study)
                && subjects.equals(t.subjects)
                && visits.equals(t.visits)
                && vitalSigns.equals(t.vitalSigns)
                && infusions.equals(t.infusions)
                && labs.equals(t.labs)
                && qsItems.equals(t.qsItems)
                && conMeds.equals(t.conMeds)
                && medicalHistory.equals(t.medicalHistory)
                && adverseEvents.equals(t.adverseEvents)
                && dispositions.equals(t.dispositions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                study,
                subjects,
                visits,
                vitalSigns,
                infusions,
                labs,
                qsItems,
                conMeds,
                medicalHistory,
                adverseEvents,
                dispositions);
    }

    @Override
    public String toString() {
        return "TrialData[" + study.studyId() + ": " + subjects.size() + " subjects, SV " + visits.size() + ", VS "
                + vitalSigns.size() + ", EX " + infusions.size() + ", LB " + labs.size() + ", QS " + qsItems.size()
                + ", CM " + conMeds.size() + ", MH " + medicalHistory.size() + ", AE " + adverseEvents.size() + ", DS "
                + dispositions.size() + "]";
    }
}
