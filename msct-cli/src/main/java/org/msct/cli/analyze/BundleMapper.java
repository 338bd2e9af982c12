package org.msct.cli.analyze;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.input.Disposition;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;
import org.msct.trial.model.Infusion;
import org.msct.trial.model.IsoDate;
import org.msct.trial.model.LabResult;
import org.msct.trial.model.MedicalHistory;
import org.msct.trial.model.QsItem;
import org.msct.trial.model.Subject;
import org.msct.trial.model.TrialData;

/**
 * Maps a bundle ({@link TrialData}, SDTM) to the inputs of msct-derivations: one {@link SubjectRecord} per DM record
 * and one {@link Observation} per usable LB / QS result.
 *
 * <p>Rules (decisions to review):
 *
 * <ul>
 *   <li>Day 0 = first MSC infusion (earliest EXSTDTC date, else RFXSTDTC); enrolment = RFSTDTC, else RFICDTC, else day
 *       0, never after day 0.
 *   <li>Last contact = the latest complete date of any SV, LB, QS, VS, EX, DS record or RFPENDTC, never after death.
 *   <li>Disposition: a DS {@code DISPOSITION EVENT} with DSDECOD COMPLETED → COMPLETED, any other → DISCONTINUED, none
 *       → ONGOING.
 *   <li>SLE duration = years from the PRIMARY DIAGNOSIS MHSTDTC (partial dates: the 1st of the month / 1 July) to
 *       enrolment. MSC source from EXTRT (contains "CORD" → UMBILICAL CORD, "MARROW" → BONE MARROW).
 *   <li>Labs (LBSTRESN, standard units): PROTEXR → PROT24H, PROTCRT → UPCR, CREAT, ALB, C3, C4, UREAN → BUN, urine RBC
 *       → URBC, GFREI → EGFR and also GFR (the bundle has no measured GFR; Gu 2014's GFR is approximated by the
 *       indexed eGFR). Other tests are not analysis parameters and are skipped.
 *   <li>QS: SLEDAI-2K total SLE2K125 → SLEDAI; BILAG-2004 grades BLG1S01–09 → BLGCON … BLGHAE. Classic BILAG has no
 *       CDISC supplement, so its system grades are recognised by QSCAT {@code BILAG} / {@code CLASSIC BILAG} / {@code
 *       BILAG CLASSIC} with QSSCAT a classic system name of {@code bilag-classic-931} (GENERAL … HAEMATOLOGICAL) and a
 *       result A–E → BLGGEN … BLGHAE (the ART 2014 MCR / PCR / relapse rules read these eight). The two instruments
 *       share grade parameters, so on a date with classic grades the BILAG-2004 grades are not mapped.
 *   <li>CM: systemic glucocorticoids (prednisone, prednisolone, methylprednisolone, … : {@link PrednisoneEquivalents},
 *       factors as data) → PRED, the prednisone-equivalent mg/day on every date the subject has an LB or QS
 *       observation (0 on a date no course covers). A subject with no convertible steroid record gets no PRED (unknown
 *       rather than 0: absence from CM is not evidence of no steroid).
 *   <li>AE: start date and seriousness of every AE with a complete AESTDTC (SAFETY-AE-1 incidence).
 *   <li>Records without a complete date or without a result are skipped (not-done records carry no information the
 *       derivations use).
 * </ul>
 */
final class BundleMapper {
    private BundleMapper() {}

    static final Map<String, String> LAB_PARAMS = Map.of(
            "PROTEXR", "PROT24H", "PROTCRT", "UPCR", "CREAT", "CREAT", "ALB", "ALB", "C3", "C3", "C4", "C4", "UREAN",
            "BUN", "RBC", "URBC", "GFREI", "EGFR");

    static final Map<String, String> QS_PARAMS = Map.ofEntries(
            Map.entry("SLE2K125", "SLEDAI"),
            Map.entry("BLG1S01", "BLGCON"),
            Map.entry("BLG1S02", "BLGMUC"),
            Map.entry("BLG1S03", "BLGNEU"),
            Map.entry("BLG1S04", "BLGMSK"),
            Map.entry("BLG1S05", "BLGCAR"),
            Map.entry("BLG1S06", "BLGGI"),
            Map.entry("BLG1S07", "BLGOPH"),
            Map.entry("BLG1S08", "BLGREN"),
            Map.entry("BLG1S09", "BLGHAE"));

    /** QSCAT values of classic BILAG records (upper case). */
    static final Set<String> CLASSIC_BILAG_CATS = Set.of("BILAG", "CLASSIC BILAG", "BILAG CLASSIC");

    /** Classic BILAG system (QSSCAT) → grade parameter, from the default classic scheme file. */
    static final Map<String, String> CLASSIC_SYSTEMS =
            org.msct.derivations.bilag.BilagSchemes.load("bilag-classic-931").systems();

    /**
     * Subjects, observations and adverse events of a bundle.
     *
     * @param domains SDTM domains with at least one record (e.g. {@code AE}, {@code CM}): an endpoint whose domain is
     *     absent is reported as not computable
     */
    record Mapped(
            List<SubjectRecord> subjects,
            List<Observation> observations,
            List<AdverseEventStart> adverseEvents,
            Set<String> domains) {
        Mapped {
            subjects = List.copyOf(subjects);
            observations = List.copyOf(observations);
            adverseEvents = List.copyOf(adverseEvents);
            domains = Set.copyOf(domains);
        }

        Mapped(List<SubjectRecord> subjects, List<Observation> observations) {
            this(subjects, observations, List.of(), Set.of());
        }

        /** Parameter codes with at least one observation (a set is made on each call: keep it). */
        Set<String> params() {
            Set<String> p = new HashSet<>();
            String last = null;
            for (Observation o : observations) {
                // observations come grouped by subject and parameter: skip the hash lookups of repeats
                if (o.paramcd() != last) p.add(last = o.paramcd());
            }
            return p;
        }
    }

    /** An adverse event's start date and seriousness (AESER = Y). */
    record AdverseEventStart(String usubjid, LocalDate start, boolean serious) {}

    static Mapped map(TrialData data) {
        List<SubjectRecord> subjects = new ArrayList<>(data.subjects().size());
        List<Observation> obs =
                new ArrayList<>(data.labs().size() / 2 + data.qsItems().size() / 10);
        String studyId = data.study().studyId();
        PrednisoneEquivalents pe = PrednisoneEquivalents.load();
        List<AdverseEventStart> aes = new ArrayList<>();
        for (Subject s : data.subjects()) {
            String id = s.usubjid();
            subjects.add(subject(data, studyId, s));
            int from = obs.size();
            for (LabResult lb : data.labs(id)) addLab(obs, lb);
            Set<LocalDate> classicDates = new HashSet<>();
            for (QsItem q : data.qsItems(id)) {
                if (classicGrade(q) == null) continue;
                LocalDate d = date(q.dtc());
                if (d != null) classicDates.add(d);
            }
            for (QsItem q : data.qsItems(id)) addQs(obs, q, classicDates);
            addPrednisone(obs, from, id, pe.courses(data.conMeds(id)));
            for (var ae : data.adverseEvents(id)) {
                LocalDate d = date(ae.stdtc());
                if (d != null) aes.add(new AdverseEventStart(id, d, ae.serious()));
            }
        }
        Set<String> domains = new HashSet<>();
        if (!data.labs().isEmpty()) domains.add("LB");
        if (!data.qsItems().isEmpty()) domains.add("QS");
        if (!data.conMeds().isEmpty()) domains.add("CM");
        if (!data.adverseEvents().isEmpty()) domains.add("AE");
        return new Mapped(subjects, obs, aes, domains);
    }

    /** PRED on each distinct date of the subject's observations {@code obs[from..]}, when the subject has steroid courses. */
    private static void addPrednisone(
            List<Observation> obs, int from, String id, List<PrednisoneEquivalents.Course> courses) {
        if (courses.isEmpty()) return;
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (int i = from; i < obs.size(); i++) dates.add(obs.get(i).date());
        for (LocalDate d : dates) {
            addPred(obs, id, d, PrednisoneEquivalents.doseOn(courses, d));
        }
    }

    private static void addPred(List<Observation> obs, String id, LocalDate d, double mg) {
        obs.add(new Observation(
                id,
                d,
                OptionalInt.empty(),
                "PRED",
                OptionalDouble.of(mg),
                Optional.empty(),
                "mg/day",
                "CM",
                "CMDOSE",
                OptionalLong.empty()));
    }

    private static void addLab(List<Observation> out, LabResult lb) {
        String p = LAB_PARAMS.get(lb.testcd());
        if (p == null || lb.stresn() == null) return;
        if (p.equals("URBC") && lb.spec() != null && !lb.spec().equals("URINE")) return;
        LocalDate d = date(lb.dtc());
        if (d == null) return;
        String unit = lb.stresu() == null ? "" : lb.stresu();
        out.add(new Observation(
                lb.usubjid(),
                d,
                OptionalInt.empty(),
                p,
                OptionalDouble.of(lb.stresn()),
                Optional.empty(),
                unit,
                "LB",
                "LBSTRESN",
                OptionalLong.of(lb.seq())));
        if (p.equals("EGFR")) {
            out.add(new Observation(
                    lb.usubjid(),
                    d,
                    OptionalInt.empty(),
                    "GFR",
                    OptionalDouble.of(lb.stresn()),
                    Optional.empty(),
                    unit,
                    "LB",
                    "LBSTRESN",
                    OptionalLong.of(lb.seq())));
        }
    }

    private static void addQs(List<Observation> out, QsItem q, Set<LocalDate> classicDates) {
        String p = QS_PARAMS.get(q.testcd());
        LocalDate d = date(q.dtc());
        if (d == null) return;
        // the two BILAG instruments share grade parameters (BLGMUC …): on a date with classic grades the BILAG-2004
        // grades are left out, so neither a classic nor a BILAG-2004 score mixes the two
        if (p != null && p.startsWith("BLG") && classicDates.contains(d)) return;
        if (p == null) p = classicGrade(q);
        if (p == null) return;
        if (p.equals("SLEDAI")) {
            if (q.stresn() == null) return;
            out.add(new Observation(
                    q.usubjid(),
                    d,
                    OptionalInt.empty(),
                    p,
                    OptionalDouble.of(q.stresn()),
                    Optional.empty(),
                    "",
                    "QS",
                    "QSSTRESN",
                    OptionalLong.of(q.seq())));
        } else {
            String g = q.stresc() != null ? q.stresc() : q.orres();
            if (g == null || g.isBlank()) return;
            out.add(new Observation(
                    q.usubjid(),
                    d,
                    OptionalInt.empty(),
                    p,
                    OptionalDouble.empty(),
                    Optional.of(g.trim()),
                    "",
                    "QS",
                    "QSSTRESC",
                    OptionalLong.of(q.seq())));
        }
    }

    /** The classic BILAG grade parameter of a QS record, or null (see the class comment). */
    private static @Nullable String classicGrade(QsItem q) {
        if (q.cat() == null || q.scat() == null) return null;
        // compared without upper-casing: this runs for every QS record of the bundle (millions)
        String cat = q.cat().strip();
        if (CLASSIC_BILAG_CATS.stream().noneMatch(cat::equalsIgnoreCase)) return null;
        String p = CLASSIC_SYSTEMS.get(q.scat().trim().toUpperCase(Locale.ROOT));
        String g = q.stresc() != null ? q.stresc() : q.orres();
        return p != null && g != null && g.trim().matches("[A-E]") ? p : null;
    }

    private static SubjectRecord subject(TrialData data, String studyId, Subject s) {
        String id = s.usubjid();
        LocalDate first = null;
        LocalDate last = null;
        String trt = null;
        for (Infusion ex : data.infusions(id)) {
            LocalDate d = date(ex.stdtc());
            if (d == null) continue;
            if (first == null || d.isBefore(first)) {
                first = d;
                trt = ex.trt();
            }
            if (last == null || d.isAfter(last)) last = d;
        }
        if (first == null) first = date(s.rfxstdtc());
        if (last == null && first != null) last = date(s.rfxendtc());
        LocalDate enrol = firstNonNull(date(s.rfstdtc()), date(s.rficdtc()), first);
        if (enrol == null) enrol = earliestRecord(data, id);
        if (first != null && enrol.isAfter(first)) enrol = first;
        if (last != null && first != null && last.isBefore(first)) last = first;
        Optional<LocalDate> death = data.death(id).map(dt -> date(dt.date()));
        LocalDate contact = lastContact(data, s, enrol);
        if (death.isPresent() && contact.isAfter(death.get())) contact = death.get();
        if (death.isPresent() && death.get().isBefore(enrol)) death = Optional.of(enrol);
        Disposition disp = Disposition.ONGOING;
        Optional<LocalDate> eos = Optional.empty();
        for (var ds : data.dispositions(id)) {
            if (!"DISPOSITION EVENT".equals(ds.cat())) continue;
            disp = "COMPLETED".equals(ds.decod()) ? Disposition.COMPLETED : Disposition.DISCONTINUED;
            eos = Optional.ofNullable(firstNonNull(date(ds.stdtc()), date(ds.dtc())));
        }
        if (death.isPresent() && disp == Disposition.ONGOING) disp = Disposition.DISCONTINUED;
        Map<String, String> baseline = new HashMap<>();
        OptionalDouble duration = OptionalDouble.empty();
        for (MedicalHistory mh : data.medicalHistory(id)) {
            mh.lnClass().ifPresent(c -> baseline.put("LNCLASS", c));
            if (MedicalHistory.PRIMARY_DIAGNOSIS.equals(mh.cat()) && mh.stdtc() != null) {
                LocalDate onset = approx(mh.stdtc());
                if (!onset.isAfter(enrol)) duration = OptionalDouble.of(ChronoUnit.DAYS.between(onset, enrol) / 365.25);
            }
        }
        String source = trt == null
                ? ""
                : trt.contains("CORD") ? "UMBILICAL CORD" : trt.contains("MARROW") ? "BONE MARROW" : "";
        return new SubjectRecord(
                studyId,
                id,
                s.siteId(),
                s.arm() == null ? "" : s.arm(),
                s.age() == null ? OptionalInt.empty() : OptionalInt.of(s.age()),
                s.sex().code(),
                duration,
                source,
                enrol,
                Optional.ofNullable(first),
                first == null ? Optional.empty() : Optional.ofNullable(last),
                death,
                contact,
                disp,
                eos,
                baseline);
    }

    private static LocalDate lastContact(TrialData data, Subject s, LocalDate enrol) {
        String id = s.usubjid();
        LocalDate best = enrol;
        best = max(best, date(s.rfpendtc()));
        best = max(best, date(s.rfendtc()));
        for (var v : data.visits(id)) best = max(best, date(v.svstdtc()));
        for (var v : data.labs(id)) best = max(best, date(v.dtc()));
        for (var v : data.vitalSigns(id)) best = max(best, date(v.dtc()));
        for (var v : data.infusions(id)) best = max(best, date(v.stdtc()));
        for (var v : data.dispositions(id)) best = max(best, date(v.stdtc()));
        return best;
    }

    private static LocalDate earliestRecord(TrialData data, String id) {
        LocalDate best = null;
        for (var v : data.visits(id)) {
            LocalDate d = date(v.svstdtc());
            if (d != null && (best == null || d.isBefore(best))) best = d;
        }
        if (best == null)
            throw new IllegalArgumentException("subject " + id + " has no reference date (RFSTDTC, RFICDTC, EX or SV)");
        return best;
    }

    private static LocalDate max(LocalDate a, @Nullable LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    @SafeVarargs
    private static <T> @Nullable T firstNonNull(@Nullable T... xs) {
        for (T x : xs) if (x != null) return x;
        return null;
    }

    static @Nullable LocalDate date(@Nullable IsoDate d) {
        return d == null ? null : d.date().orElse(null);
    }

    /** A partial date completed to the 1st of the month, or 1 July for a year only. */
    static LocalDate approx(IsoDate d) {
        return d.date().orElseGet(() -> LocalDate.of(d.year(), d.month().orElse(7), 1));
    }
}
