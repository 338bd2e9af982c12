package org.msct.cli.analyze;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.core.json.JsonObject;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.summary.Denominator;
import org.msct.derivations.summary.Proportion;
import org.msct.derivations.summary.Summaries;
import org.msct.stats.data.TteData;
import org.msct.stats.proportion.ClopperPearson;
import org.msct.stats.survival.cif.CifReport;
import org.msct.stats.survival.km.KmReport;

/**
 * Response, remission, flare / relapse and survival: ever-achieved proportions with exact 95% CIs (Clopper–Pearson,
 * {@link ClopperPearson}), status at each visit, events among responders, Kaplan–Meier curves ({@link KmReport}) and the
 * cumulative incidence of flare with death as competing risk ({@link CifReport}). Times are in months of 30.4375 days.
 */
final class EndpointStats {
    private EndpointStats() {}

    static final double DAYS_PER_MONTH = 30.4375;

    /** One endpoint family: courses, the states that count as response, their split, the ADTTE parameters. */
    record Family(
            String key,
            String label,
            List<SubjectCourse> courses,
            List<String> responseStates,
            int month,
            String ttResponse,
            String ttEvent,
            String eventLabel,
            List<String> requires) {
        /** Parameters this family needs that the bundle lacks (then it is reported as not evaluable, not as 0 / n). */
        List<String> missing(Derived d) {
            return requires.stream().filter(p -> !d.params().contains(p)).toList();
        }
    }

    /** The families that can be evaluated on this bundle. */
    static List<Family> evaluable(Derived d) {
        return families(d).stream().filter(f -> f.missing(d).isEmpty()).toList();
    }

    /** One line per family that cannot be evaluated, naming what is missing. */
    static List<String> notEvaluable(Derived d) {
        return families(d).stream()
                .filter(f -> !f.missing(d).isEmpty())
                .map(f -> f.label() + ": not evaluable, the bundle has no "
                        + String.join(
                                ", ",
                                f.missing(d).stream()
                                        .map(ProtocolEndpointStats::describeParam)
                                        .toList()))
                .toList();
    }

    static List<Family> families(Derived d) {
        return List.of(
                new Family(
                        "renal",
                        "Renal remission (Gu 2014, nanjing-cn)",
                        d.renal(),
                        List.of("CR", "PR"),
                        12,
                        "TTRR",
                        "TTFLARE",
                        "renal flare (moroni-2022)",
                        List.of("PROT24H")),
                new Family(
                        "clinical",
                        "Clinical response (ART 2014)",
                        d.clinical(),
                        List.of("MCR", "PCR"),
                        12,
                        "",
                        "TTRELAP",
                        "relapse (art-rel-1)",
                        List.of("BLGGEN", "BLGVAS")),
                new Family(
                        "remission",
                        "Clinical remission (SCR 2018)",
                        d.remission(),
                        List.of("CCR", "PCR"),
                        60,
                        "TTREM",
                        "TTREMREL",
                        "relapse (scr-rel-1)",
                        List.of("SLEDAI", "PRED")));
    }

    static List<Results.Count> responses(Derived d) {
        List<Results.Count> out = new ArrayList<>();
        List<SubjectRecord> s = d.subjects();
        for (Family f : evaluable(d)) {
            String by = "best response through month " + f.month();
            out.add(exact(
                    Summaries.computeEver(
                            f.key() + ".ever",
                            s,
                            f.courses(),
                            Set.copyOf(f.responseStates()),
                            new Denominator.Enrolled()),
                    f.label() + ": " + String.join(" or ", f.responseStates()) + " ever by month " + f.month(),
                    by + " in " + f.responseStates()));
            for (String st : f.responseStates()) {
                out.add(exact(
                        Summaries.computeEver(
                                f.key() + ".ever." + st, s, f.courses(), Set.of(st), new Denominator.Enrolled()),
                        f.label() + ": best " + st,
                        by + " = " + st));
            }
            for (PlannedVisit v : d.grid()) {
                if (v.visitNumber() > f.month()) break;
                Proportion p = Summaries.computeStatusAt(
                        f.key() + ".at." + v.visitNumber(),
                        s,
                        f.courses(),
                        v.visitNumber(),
                        Set.copyOf(f.responseStates()),
                        new Denominator.Assessed(v.visitNumber()));
                out.add(exact(p, f.label() + " at " + v.name(), "state at " + v.name() + " in " + f.responseStates()));
            }
        }
        return out;
    }

    static List<Results.Count> events(Derived d) {
        List<Results.Count> out = new ArrayList<>();
        List<SubjectRecord> s = d.subjects();
        for (Family f : evaluable(d)) {
            Proportion p = Summaries.computeEvent(f.key() + ".event", s, f.courses(), new Denominator.Responders());
            out.add(exact(
                    p,
                    f.label() + ": first " + f.eventLabel() + " among responders",
                    "first " + f.eventLabel() + " after the first response, within month " + f.month()));
        }
        for (int m : new int[] {12, 60}) {
            int day = (int) Math.round(m * DAYS_PER_MONTH);
            Proportion p = Summaries.computeAlive("alive." + m, s, d.renal(), day, new Denominator.Enrolled());
            out.add(exact(
                    p,
                    "Not known to have died by month " + m + " (crude; see the Kaplan-Meier estimate)",
                    "not dead by study day " + day));
        }
        return out;
    }

    private static Results.Count exact(Proportion p, String label, String definition) {
        ClopperPearson ci = p.d() > 0 ? ClopperPearson.of(p.n(), p.d()) : new ClopperPearson(Double.NaN, Double.NaN);
        double lo = ci.lower();
        double hi = ci.upper();
        return new Results.Count(
                p.endpoint(),
                label,
                definition,
                p.n(),
                p.d(),
                p.denominatorKind().describe(),
                lo,
                hi,
                p.d() > 0 ? "exact binomial 95% CI (Clopper-Pearson; R binom.test)" : "");
    }

    static List<Results.Curve> curves(Derived d) {
        List<Results.Curve> out = new ArrayList<>();
        // a family that cannot be evaluated would draw a flat line at 0: it is left out and named in not_evaluable
        boolean renal = evaluable(d).stream().anyMatch(f -> f.key().equals("renal"));
        boolean remission = evaluable(d).stream().anyMatch(f -> f.key().equals("remission"));
        safe(
                out,
                () -> km(
                        d,
                        "OS",
                        "os",
                        "Overall survival",
                        "ADTTE PARAMCD = OS: time from first infusion to death (event) or last contact",
                        false,
                        new double[] {12, 60}));
        double[] visits = d.grid().stream()
                .filter(v -> v.visitNumber() <= 12)
                .mapToDouble(PlannedVisit::visitNumber)
                .toArray();
        if (renal)
            safe(
                    out,
                    () -> km(
                            d,
                            "TTRR",
                            "ttrr",
                            "Renal remission (CR or PR), cumulative probability",
                            "1 - KM of ADTTE PARAMCD = TTRR (time to first renal remission; censored at last assessment or death)",
                            true,
                            visits));
        double[] yearly =
                d.grid().stream().mapToDouble(PlannedVisit::visitNumber).toArray();
        if (remission)
            safe(
                    out,
                    () -> km(
                            d,
                            "TTREM",
                            "ttrem",
                            "Clinical remission (CCR or PCR), cumulative probability",
                            "1 - KM of ADTTE PARAMCD = TTREM (time to first clinical remission)",
                            true,
                            yearly));
        if (renal) safe(out, () -> cif(d, "TTFLARE", "cif_flare", "Renal flare after remission (death competing)"));
        if (remission)
            safe(out, () -> cif(d, "TTREMREL", "cif_relapse", "Relapse after clinical remission (death competing)"));
        return out;
    }

    /** Adds the curve; a curve the estimator rejects (no rows, no events) is left out. */
    private static void safe(
            List<Results.Curve> out, java.util.function.Supplier<java.util.Optional<Results.Curve>> curve) {
        try {
            curve.get().ifPresent(out::add);
        } catch (org.msct.core.error.InputDataException e) {
            // e.g. no event at all: no incidence to estimate
        }
    }

    private static java.util.Optional<Results.Curve> km(
            Derived d, String paramcd, String id, String label, String definition, boolean cumulative, double[] times) {
        TteRows tte = TteRows.of(d, paramcd);
        if (tte.isEmpty()) return java.util.Optional.empty();
        int n = tte.rows().size();
        double[] t = tte.months();
        int[] st = tte.status();
        JsonObject res = Json.obj(KmReport.results(TteRows.singleArm(paramcd, t, st), times, null, true), "pooled");
        double[] time = Json.doubles(res, "table", "time");
        double[] surv = Json.doubles(res, "table", "surv");
        double[] lo = Json.doubles(res, "table", "lower_log");
        double[] hi = Json.doubles(res, "table", "upper_log");
        List<Results.LandmarkRow> lm = new ArrayList<>();
        double[] lt = Json.doubles(res, "landmarks", "log", "time");
        double[] lr = Json.doubles(res, "landmarks", "log", "n_risk");
        double[] ls = Json.doubles(res, "landmarks", "log", "surv");
        double[] ll = Json.doubles(res, "landmarks", "log", "lower");
        double[] lu = Json.doubles(res, "landmarks", "log", "upper");
        for (int i = 0; i < lt.length; i++) {
            lm.add(
                    cumulative
                            ? new Results.LandmarkRow(lt[i], (int) lr[i], 1 - ls[i], 1 - lu[i], 1 - ll[i])
                            : new Results.LandmarkRow(lt[i], (int) lr[i], ls[i], ll[i], lu[i]));
        }
        if (cumulative) {
            for (int i = 0; i < surv.length; i++) {
                surv[i] = 1 - surv[i];
                double l = lo[i];
                lo[i] = 1 - hi[i];
                hi[i] = 1 - l;
            }
        }
        double[] censor = censorTimes(t, st);
        String method =
                "Kaplan-Meier (R survfit), Greenwood SE, log-scale 95% CI" + (cumulative ? ", shown as 1 - S(t)" : "");
        return java.util.Optional.of(new Results.Curve(
                id,
                label,
                definition,
                cumulative ? "cum" : "km",
                n,
                (int) Json.num(res, "n_event"),
                time,
                surv,
                lo,
                hi,
                new double[0],
                censor,
                t,
                lm,
                method));
    }

    /** Event = CNSR 0 (cause 1); a censored subject who died on or before the day after censoring = death (cause 2). */
    private static java.util.Optional<Results.Curve> cif(Derived d, String paramcd, String id, String label) {
        TteRows tte = TteRows.of(d, paramcd);
        if (tte.isEmpty()) return java.util.Optional.empty();
        List<Row> rows = tte.rows();
        Map<String, LocalDate> death = new HashMap<>();
        for (Row r : d.adsl().rows()) {
            LocalDate dt = r.date("DTHDT");
            if (dt != null) death.put(r.str("USUBJID"), dt);
        }
        int n = rows.size();
        double[] t = tte.months().clone();
        int[] st = tte.status().clone();
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            if (st[i] == 1) continue;
            @Nullable LocalDate dt = death.get(r.str("USUBJID"));
            LocalDate start = r.date("STARTDT");
            if (dt != null && start != null && r.integer("CNSR") == 2) {
                st[i] = 2;
                t[i] = ChronoUnit.DAYS.between(start, dt) / DAYS_PER_MONTH;
            }
        }
        double[] lmTimes = {12, 24, 60};
        TteData data = TteRows.singleArm(paramcd, t, st);
        JsonObject res = Json.obj(CifReport.results(data, Map.of(1, "event", 2, "death"), lmTimes), "pooled");
        JsonObject aj = Json.obj(res, "aalen_johansen");
        double[] time = Json.doubles(aj, "time");
        double[] cif = Json.doubles(aj, "cif_event");
        double[] lo = Json.doubles(aj, "lower_event");
        double[] hi = Json.doubles(aj, "upper_event");
        double[] comp = Json.doubles(aj, "cif_death");
        if (cif.length == 0) cif = new double[time.length];
        if (comp.length == 0) comp = new double[time.length];
        if (lo.length == 0) {
            lo = new double[time.length];
            hi = new double[time.length];
            java.util.Arrays.fill(lo, Double.NaN);
            java.util.Arrays.fill(hi, Double.NaN);
        }
        List<Results.LandmarkRow> lm = new ArrayList<>();
        double[] lt = Json.doubles(res, "landmarks", "time");
        double[] lc = Json.doubles(res, "landmarks", "cif_event");
        for (int i = 0; i < lt.length; i++) {
            double c = i < lc.length ? lc[i] : 0;
            int k = -1;
            for (int j = 0; j < time.length && time[j] <= lt[i]; j++) k = j;
            // limits of the Aalen-Johansen table at the last step on or before the landmark
            lm.add(new Results.LandmarkRow(
                    lt[i], atRisk(t, lt[i]), c, k < 0 ? Double.NaN : lo[k], k < 0 ? Double.NaN : hi[k]));
        }
        int events = 0;
        for (int s : st) if (s == 1) events++;
        String def = "ADTTE PARAMCD = " + paramcd
                + " from the first response; event CNSR = 0; a subject censored for death (CNSR = 2) is a competing death at DTHDT";
        return java.util.Optional.of(new Results.Curve(
                id,
                label,
                def,
                "cif",
                n,
                events,
                time,
                cif,
                lo,
                hi,
                comp,
                censorTimes(t, st),
                t,
                lm,
                "Aalen-Johansen (R survfit multi-state), infinitesimal-jackknife SE, log-scale 95% CI"));
    }

    static int atRisk(double[] followUp, double time) {
        int k = 0;
        for (double f : followUp) if (f >= time) k++;
        return k;
    }

    private static double[] censorTimes(double[] t, int[] st) {
        List<Double> c = new ArrayList<>();
        for (int i = 0; i < t.length; i++) if (st[i] == 0) c.add(t[i]);
        return c.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
