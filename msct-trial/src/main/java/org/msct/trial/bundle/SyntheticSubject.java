package org.msct.trial.bundle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.AdverseEvent;
import org.msct.trial.model.Causality;
import org.msct.trial.model.ConMed;
import org.msct.trial.model.Disposition;
import org.msct.trial.model.Infusion;
import org.msct.trial.model.IsoDate;
import org.msct.trial.model.LabResult;
import org.msct.trial.model.MedicalHistory;
import org.msct.trial.model.PlannedVisit;
import org.msct.trial.model.QsItem;
import org.msct.trial.model.Study;
import org.msct.trial.model.Subject;
import org.msct.trial.model.Visit;
import org.msct.trial.model.VitalSign;

/**
 * Generates every record of one synthetic subject of a Wang-2014-style UC-MSC trial: consent, two infusions
 * (study days 1 and 8, 1×10^6 cells/kg), the visit grid with vitals, the lupus lab panel and SLEDAI-2K / BILAG-2004 /
 * PGA answers following a disease-activity course (response in most, some relapse), background medication,
 * history, adverse events, deaths (~7.5 %) and losses to follow-up (~5 %). Deterministic for a given generator.
 */
final class SyntheticSubject {
    static final String ARM = "UC-MSC 1x10^6 cells/kg day 0 and day 7";

    final List<Visit> sv = new ArrayList<>();
    final List<VitalSign> vs = new ArrayList<>();
    final List<Infusion> ex = new ArrayList<>();
    final List<LabResult> lb = new ArrayList<>();
    final List<QsItem> qs = new ArrayList<>();
    final List<ConMed> cm = new ArrayList<>();
    final List<MedicalHistory> mh = new ArrayList<>();
    final List<AdverseEvent> ae = new ArrayList<>();
    final List<Disposition> ds = new ArrayList<>();
    final Subject dm;

    private final RandomGenerator r;
    private final String id;
    private final LocalDate day1;

    SyntheticSubject(Study study, int index, RandomGenerator r) {
        this(study, index, r, null);
    }

    /** A subject with the given profile, or a random one ({@link SyntheticProfile#random}) when null. */
    SyntheticSubject(Study study, int index, RandomGenerator r, @Nullable SyntheticProfile profile) {
        this.r = r;
        var site = study.sites().get(index % study.sites().size());
        String subjid = String.format("%05d", index + 1);
        this.id = study.studyId() + "-" + site.siteId() + "-" + subjid;
        this.day1 = LocalDate.of(2013, 1, 7).plusDays(r.nextInt(540));
        LocalDate consent = day1.minusDays(7 + r.nextInt(15));
        List<PlannedVisit> plan = study.plannedVisits();
        int lastDay = plan.get(plan.size() - 1).day();
        SyntheticProfile p = profile != null ? profile : SyntheticProfile.random(r, lastDay);
        boolean dies = p.fate() == SyntheticProfile.Fate.DEATH;
        boolean lost = p.fate() == SyntheticProfile.Fate.LOST;
        int endDay = p.fate() == SyntheticProfile.Fate.COMPLETED ? Integer.MAX_VALUE : p.endDay();
        double baseline = p.baseline();
        double response = p.response();
        int relapseDay = p.relapseDay();
        double weight = p.weightKg();
        boolean renal = p.renal();
        int age = p.age();

        for (int k = 0; k < 2; k++) infusion(k, study, weight);
        LocalDate lastSeen = consent;
        for (PlannedVisit pv : plan) {
            int studyDay = pv.day()
                    + (pv.day() == 1 ? 0 : r.nextInt(pv.windowBefore() + pv.windowAfter() + 1) - pv.windowBefore());
            if (studyDay > endDay) break;
            LocalDate date = day1.plusDays(studyDay - 1L);
            lastSeen = date;
            double t = Math.min(1, (studyDay - 1) / 180.0);
            double activity = baseline * (1 - response * t) + (studyDay > relapseDay ? 0.4 : 0);
            visit(pv, date, Math.min(1, activity), weight, renal);
        }
        LocalDate end = dies || lost ? day1.plusDays(endDay - 1L) : lastSeen;
        history(consent, renal);
        medication(consent);
        String[] cause = dies ? p.cause() : null;
        if (dies && cause == null) cause = SyntheticProfile.PNEUMONIA;
        adverseEvents(Math.min(endDay, lastDay), cause, end);
        ds.add(new Disposition(
                id,
                1,
                "INFORMED CONSENT OBTAINED",
                "INFORMED CONSENT OBTAINED",
                "PROTOCOL MILESTONE",
                null,
                "SCREENING",
                null,
                d(consent),
                0));
        String term = dies ? cause[0] : lost ? "LOST TO FOLLOW-UP" : "COMPLETED";
        String decod = dies ? "DEATH" : lost ? "LOST TO FOLLOW-UP" : "COMPLETED";
        ds.add(new Disposition(
                id,
                2,
                term,
                decod,
                Disposition.DISPOSITION_EVENT,
                "STUDY PARTICIPATION",
                "FOLLOW-UP",
                d(end),
                d(end),
                0));
        this.dm = new Subject(
                id,
                subjid,
                d(day1),
                d(end),
                d(day1),
                d(day1.plusDays(7)),
                d(consent),
                d(end),
                dies ? d(end) : null,
                dies ? Boolean.TRUE : null,
                site.siteId(),
                null,
                age,
                "YEARS",
                p.sex(),
                "ASIAN",
                "NOT HISPANIC OR LATINO",
                "UCMSC",
                ARM,
                "UCMSC",
                ARM,
                null,
                site.country(),
                0);
    }

    private void infusion(int k, Study study, double weight) {
        LocalDate date = day1.plusDays(7L * k);
        String lot = study.lots().get(r.nextInt(study.lots().size())).lotId();
        double cells = Math.round(weight * 1e6 * (0.97 + 0.06 * r.nextDouble()) / 1e5) * 1e5;
        String reaction = r.nextDouble() < 0.03 ? "FEVER" : "NONE";
        ex.add(new Infusion(
                id,
                k + 1,
                "UMBILICAL CORD MSC",
                1.0,
                "10^6/kg",
                "INJECTION, SUSPENSION",
                "ONCE",
                "INTRAVENOUS",
                lot,
                "TREATMENT",
                new IsoDate(date + "T10:00"),
                new IsoDate(date + "T10:45"),
                weight,
                cells,
                reaction,
                0));
        if (reaction.equals("FEVER")) {
            ae.add(new AdverseEvent(
                    id,
                    ae.size() + 1,
                    "FEVER AFTER MSC INFUSION",
                    "Pyrexia",
                    "INFUSION REACTION",
                    "General disorders and administration site conditions",
                    "MILD",
                    false,
                    "NOT APPLICABLE",
                    Causality.POSSIBLY_RELATED,
                    "RECOVERED/RESOLVED",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    1,
                    d(date),
                    d(date.plusDays(1)),
                    0));
        }
    }

    private void visit(PlannedVisit pv, LocalDate date, double activity, double weight, boolean renal) {
        IsoDate dtc = d(date);
        double vn = pv.visitnum();
        boolean base = pv.day() == 1;
        Boolean lobx = base ? Boolean.TRUE : null;
        sv.add(new Visit(id, vn, pv.visit(), true, true, null, pv.day(), dtc, dtc, null, 0));
        vital(
                "SYSBP",
                "Systolic Blood Pressure",
                Math.round(118 + 25 * activity + r.nextGaussian() * 8),
                "mmHg",
                vn,
                pv,
                dtc,
                lobx);
        vital(
                "DIABP",
                "Diastolic Blood Pressure",
                Math.round(74 + 14 * activity + r.nextGaussian() * 6),
                "mmHg",
                vn,
                pv,
                dtc,
                lobx);
        vital(
                "TEMP",
                "Temperature",
                Math.round((36.6 + 0.8 * activity * r.nextDouble()) * 10) / 10.0,
                "C",
                vn,
                pv,
                dtc,
                lobx);
        vital("WEIGHT", "Weight", Math.round((weight + r.nextGaussian()) * 10) / 10.0, "kg", vn, pv, dtc, lobx);
        Map<String, Double> values = new HashMap<>();
        for (SyntheticLabs.Test t : SyntheticLabs.PANEL) {
            int seq = lb.size() + 1;
            if (r.nextDouble() < 0.01) {
                lb.add(new LabResult(
                        id,
                        seq,
                        t.testcd(),
                        t.test(),
                        t.cat(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "NOT DONE",
                        "SAMPLE NOT RECEIVED",
                        t.spec(),
                        null,
                        null,
                        null,
                        vn,
                        pv.visit(),
                        dtc,
                        null,
                        0));
                continue;
            }
            double v = t.value(activity, r);
            values.put(t.testcd(), v);
            String std = Values.number(v);
            String orres = std;
            String orresu = t.unit();
            String lo = Values.number(t.lo());
            String hi = Values.number(t.hi());
            if (t.testcd().equals("CREAT") && id.contains("-02-")) {
                orres = Values.number(Math.round(v / SyntheticLabs.CREAT_MGDL * 100) / 100.0);
                orresu = "mg/dL";
                lo = "0.46";
                hi = "0.83";
            }
            String nrind = v < t.lo() ? "LOW" : v > t.hi() ? "HIGH" : "NORMAL";
            boolean timed = t.testcd().equals("PROTEXR");
            lb.add(new LabResult(
                    id,
                    seq,
                    t.testcd(),
                    t.test(),
                    t.cat(),
                    orres,
                    orresu,
                    lo,
                    hi,
                    std,
                    v,
                    t.unit(),
                    t.lo(),
                    t.hi(),
                    nrind,
                    null,
                    null,
                    t.spec(),
                    t.testcd().equals("GFREI") ? "CALCULATION" : null,
                    lobx,
                    t.testcd().equals("GFREI") ? Boolean.TRUE : null,
                    vn,
                    pv.visit(),
                    timed ? new IsoDate(date.minusDays(1) + "T08:00") : dtc,
                    timed ? new IsoDate(date + "T08:00") : null,
                    0));
        }
        for (var a : SyntheticInstruments.sledai(activity, values, r)) qs(a, vn, pv, dtc, lobx, "-P10D");
        for (var a : SyntheticInstruments.bilagGrades(activity, values, renal, r)) qs(a, vn, pv, dtc, lobx, "-P4W");
        qs(SyntheticInstruments.pga(activity, r), vn, pv, dtc, lobx, null);
    }

    private void vital(
            String cd, String test, double v, String unit, double vn, PlannedVisit pv, IsoDate dtc, Boolean lobx) {
        String s = Values.number(v);
        vs.add(new VitalSign(
                id,
                vs.size() + 1,
                cd,
                test,
                cd.endsWith("BP") ? "SITTING" : null,
                s,
                unit,
                s,
                v,
                unit,
                null,
                null,
                lobx,
                vn,
                pv.visit(),
                dtc,
                0));
    }

    private void qs(
            SyntheticInstruments.Answer a, double vn, PlannedVisit pv, IsoDate dtc, Boolean lobx, String evlint) {
        var t = a.term();
        qs.add(new QsItem(
                id,
                qs.size() + 1,
                t.testcd(),
                t.test(),
                t.instrument().qscat(),
                t.scat(),
                a.orres(),
                a.stresc(),
                a.stresn(),
                null,
                null,
                lobx,
                a.derived() ? Boolean.TRUE : null,
                vn,
                pv.visit(),
                dtc,
                evlint,
                0));
    }

    private void history(LocalDate consent, boolean renal) {
        LocalDate dx = day1.minusMonths(12 + r.nextInt(110));
        mh.add(new MedicalHistory(
                id,
                1,
                "SYSTEMIC LUPUS ERYTHEMATOSUS",
                "Systemic lupus erythematosus",
                "DIAGNOSIS",
                MedicalHistory.PRIMARY_DIAGNOSIS,
                null,
                null,
                d(consent),
                new IsoDate(dx.toString().substring(0, 7)),
                null,
                "ONGOING",
                0));
        String therapy = r.nextBoolean()
                ? "CYCLOPHOSPHAMIDE 0.8 G/MONTH FOR " + (10 + r.nextInt(26)) + " MONTHS"
                : "MYCOPHENOLATE MOFETIL 1.5 G/DAY FOR " + (12 + r.nextInt(40)) + " MONTHS";
        mh.add(new MedicalHistory(
                id,
                2,
                therapy + ", NO RESPONSE",
                null,
                null,
                MedicalHistory.PRIOR_THERAPY,
                null,
                null,
                d(consent),
                new IsoDate(dx.plusMonths(3).toString().substring(0, 7)),
                null,
                "BEFORE",
                0));
        if (renal) {
            String[] classes = {"III", "IV", "IV", "V", "III+V", "IV+V"};
            mh.add(new MedicalHistory(
                    id,
                    3,
                    "LUPUS NEPHRITIS ISN/RPS CLASS " + classes[r.nextInt(classes.length)],
                    "Lupus nephritis",
                    "DIAGNOSIS",
                    MedicalHistory.LN_BIOPSY_CLASS,
                    null,
                    null,
                    d(consent),
                    d(day1.minusDays(30 + r.nextInt(300))),
                    null,
                    null,
                    0));
        }
    }

    private void medication(LocalDate consent) {
        LocalDate start = day1.minusDays(60 + r.nextInt(300));
        int[] doses = {30, 20, 10};
        int[] until = {90, 180, -1};
        LocalDate from = start;
        for (int k = 0; k < 3; k++) {
            LocalDate to = until[k] < 0 ? null : day1.plusDays(until[k]);
            cm.add(new ConMed(
                    id,
                    k + 1,
                    "PREDNISONE",
                    "PREDNISONE",
                    ConMed.GLUCOCORTICOID,
                    "SYSTEMIC LUPUS ERYTHEMATOSUS",
                    (double) doses[k],
                    "mg",
                    "QD",
                    "ORAL",
                    d(from),
                    to == null ? null : d(to),
                    to == null ? "ONGOING" : null,
                    0));
            if (to != null) from = to.plusDays(1);
        }
        cm.add(new ConMed(
                id,
                4,
                "HYDROXYCHLOROQUINE",
                "HYDROXYCHLOROQUINE",
                ConMed.ANTIMALARIAL,
                "SYSTEMIC LUPUS ERYTHEMATOSUS",
                200.0,
                "mg",
                "BID",
                "ORAL",
                d(start),
                null,
                "ONGOING",
                0));
        if (r.nextDouble() < 0.5) {
            cm.add(new ConMed(
                    id,
                    5,
                    "MYCOPHENOLATE MOFETIL",
                    "MYCOPHENOLATE MOFETIL",
                    ConMed.IMMUNOSUPPRESSANT,
                    "LUPUS NEPHRITIS",
                    0.75,
                    "g",
                    "BID",
                    "ORAL",
                    d(consent.minusDays(200)),
                    null,
                    "ONGOING",
                    0));
        }
    }

    private void adverseEvents(int endDay, String[] cause, LocalDate end) {
        String[][] events = {
            {"HERPES ZOSTER", "Herpes zoster", "Infections and infestations"},
            {"UPPER RESPIRATORY TRACT INFECTION", "Upper respiratory tract infection", "Infections and infestations"},
            {"PNEUMONIA", "Pneumonia", "Infections and infestations"},
            {"DIARRHOEA", "Diarrhoea", "Gastrointestinal disorders"},
            {"TUBERCULOSIS", "Tuberculosis", "Infections and infestations"},
            {"HEADACHE", "Headache", "Nervous system disorders"}
        };
        int n = r.nextDouble() < 0.4 ? 0 : 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            String[] e = events[r.nextInt(events.length)];
            int grade = 1 + r.nextInt(3);
            LocalDate st = day1.plusDays(1 + r.nextInt(Math.max(1, endDay - 1)));
            boolean serious = grade == 3 && e[2].startsWith("Infections");
            ae.add(new AdverseEvent(
                    id,
                    ae.size() + 1,
                    e[0],
                    e[1],
                    null,
                    e[2],
                    grade == 1 ? "MILD" : grade == 2 ? "MODERATE" : "SEVERE",
                    serious,
                    "NOT APPLICABLE",
                    r.nextDouble() < 0.8 ? Causality.NOT_RELATED : Causality.UNLIKELY_RELATED,
                    "RECOVERED/RESOLVED",
                    null,
                    null,
                    null,
                    serious ? true : null,
                    null,
                    null,
                    grade,
                    d(st),
                    d(st.plusDays(3 + r.nextInt(20))),
                    0));
        }
        if (cause != null) {
            ae.add(new AdverseEvent(
                    id,
                    ae.size() + 1,
                    cause[0],
                    cause[1],
                    null,
                    cause[2],
                    "SEVERE",
                    true,
                    "NOT APPLICABLE",
                    Causality.NOT_RELATED,
                    "FATAL",
                    null,
                    null,
                    true,
                    null,
                    null,
                    null,
                    5,
                    d(end.minusDays(3)),
                    d(end),
                    0));
        }
    }

    private static IsoDate d(LocalDate date) {
        return IsoDate.of(date);
    }
}
