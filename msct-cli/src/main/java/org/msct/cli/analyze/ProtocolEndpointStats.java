package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.cli.analyze.ProtocolDefinitions.Definition;
import org.msct.cli.analyze.ProtocolDefinitions.Kind;
import org.msct.cli.analyze.Results.ProtocolEndpoint;
import org.msct.cli.analyze.Results.ProtocolValue;
import org.msct.core.json.JsonObject;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.course.VisitState;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.summary.Denominator;
import org.msct.derivations.summary.Proportion;
import org.msct.derivations.summary.Summaries;
import org.msct.stats.data.TteData;
import org.msct.stats.paired.PairedTests;
import org.msct.stats.proportion.BinomReport;
import org.msct.stats.survival.km.KmReport;
import org.msct.trial.protocol.Endpoint.Aggregation;
import org.msct.trial.protocol.Endpoint.Target;

/**
 * The protocol's endpoints computed on the derived data ({@link ProtocolPlan}): each under the aggregation, denominator
 * and time points the protocol names, beside its published targets. Proportions carry exact 95% CIs (Clopper–Pearson,
 * {@link BinomReport}), Kaplan–Meier estimates come from {@link KmReport}, changes from baseline reuse the paired t
 * and Wilcoxon p-values of the by-visit statistics (same pairs: baseline and visit records of one subject).
 *
 * <p>Time points: month m is the grid visit m; "alive at m" and survivors use its target day, "at risk at m" (followed
 * to m) its window's first day, so a subject seen early in the window counts; adverse events count from day 0 (the
 * first infusion: infusion reactions) through the target day.
 */
final class ProtocolEndpointStats {
    private ProtocolEndpointStats() {}

    static final String CI_METHOD = "exact binomial 95% CI (Clopper-Pearson; R binom.test)";

    /** Every endpoint of the plan, computed or with the reason it is not. */
    static Results.ProtocolSection compute(
            ProtocolPlan plan, Derived d, BundleMapper.Mapped m, List<Results.VisitStat> byVisit) {
        List<ProtocolEndpoint> out = new ArrayList<>();
        Set<String> params = m.params();
        for (ProtocolPlan.Item it : plan.items()) out.add(endpoint(plan, it, d, m, params, byVisit));
        return new Results.ProtocolSection(
                plan.protocol().id(),
                plan.protocol().version(),
                "",
                ProtocolDefinitions.RESOURCE.substring(1) + " (version "
                        + plan.definitions().version() + ")",
                out);
    }

    /** The section when the protocol id is not a shipped protocol. */
    static Results.ProtocolSection unknown(String protocolId, String note) {
        return new Results.ProtocolSection(protocolId, "", note, "", List.of());
    }

    private static ProtocolEndpoint endpoint(
            ProtocolPlan plan,
            ProtocolPlan.Item it,
            Derived d,
            BundleMapper.Mapped m,
            Set<String> params,
            List<Results.VisitStat> byVisit) {
        var e = it.endpoint();
        Definition def = it.definition();
        if (!it.problem().isEmpty()) {
            String status =
                    def.status() == ProtocolDefinitions.Status.NOT_IMPLEMENTED ? "not-implemented" : "not-computable";
            return result(it, status, it.problem(), List.of());
        }
        List<String> missing = new ArrayList<>();
        for (String p : def.requires()) if (!params.contains(p)) missing.add(p);
        if (!missing.isEmpty()) return result(it, "not-computable", missingReason(def, missing), List.of());
        String problem = "";
        List<ProtocolValue> values = new ArrayList<>();
        try {
            switch (def.kind()) {
                case RESPONSE, EVENT -> problem = courseBased(it, d, values);
                case SURVIVAL -> problem = survival(it, d, values);
                case ALIVE -> problem = alive(it, d, values);
                case CHANGE -> problem = change(it, d, byVisit, values);
                case SAFETY -> problem = safety(it, d, m, values);
            }
        } catch (org.msct.core.error.InputDataException ex) {
            problem = "the statistic is not defined on these data: " + ex.getMessage();
        }
        if (!problem.isEmpty()) return result(it, "not-computable", problem, values);
        return result(it, "computed", "", values);
    }

    private static ProtocolEndpoint result(ProtocolPlan.Item it, String status, String reason, List<ProtocolValue> v) {
        var e = it.endpoint();
        return new ProtocolEndpoint(
                e.id(),
                e.label(),
                e.role().name(),
                e.definition(),
                e.alternatives(),
                e.aggregation().name(),
                e.denominator().name(),
                it.derivation(),
                it.definition().source(),
                status,
                reason,
                v);
    }

    static String missingReason(Definition def, List<String> missing) {
        List<String> why = new ArrayList<>();
        for (String p : missing)
            why.add(
                    switch (p) {
                        case "BLGGEN", "BLGVAS" -> p
                                + " (classic BILAG grade: QS has no classic BILAG records; BILAG-2004 domains are not"
                                + " classic systems)";
                        case "PRED" -> "PRED (prednisone-equivalent dose: CM has no prednisone / prednisolone /"
                                + " methylprednisolone record convertible to mg/day)";
                        default -> p;
                    });
        return def.id() + " needs parameters the bundle does not have: " + String.join("; ", why);
    }

    // ---- response and event endpoints (courses) ----

    private static String courseBased(ProtocolPlan.Item it, Derived d, List<ProtocolValue> out) {
        List<SubjectCourse> courses = d.protocolCourses().get(it.courseKey());
        if (courses == null) return "no course was derived for " + it.courseKey();
        var e = it.endpoint();
        List<SubjectRecord> s = d.subjects();
        Set<String> all = Set.copyOf(it.states());
        boolean split = it.definition().kind() == Kind.RESPONSE && it.states().size() > 1;
        List<Integer> months = months(it);
        String pre = e.id();
        switch (e.aggregation()) {
            case BEST_EVER -> {
                int mo = it.periodMonth();
                for (Set<String> st : splits(it.states(), split)) {
                    Proportion p = Summaries.computeEver(pre, s, courses, st, den(e, d, mo));
                    out.add(prop(it, pre + ".m" + mo + suffix(st, split), mo, st, p));
                }
            }
            case STATUS_AT_VISIT -> {
                for (int mo : months)
                    for (Set<String> st : splits(it.states(), split)) {
                        Proportion p = Summaries.computeStatusAt(pre, s, courses, mo, st, den(e, d, mo));
                        out.add(prop(it, pre + ".m" + mo + suffix(st, split), mo, st, p));
                    }
            }
            case LANDMARK -> {
                for (int mo : months) {
                    Proportion p = Summaries.computeInRemission(
                            pre, s, courses, all, Summaries.Category.BEST, targetDay(d, mo), den(e, d, mo));
                    out.add(prop(it, pre + ".m" + mo, mo, all, p));
                }
            }
            case FIRST_EVENT -> {
                int mo = it.periodMonth();
                Proportion p = Summaries.computeEvent(pre, s, courses, den(e, d, mo));
                out.add(prop(it, pre + ".m" + mo, mo, Set.of(), p));
            }
            case NEW_PER_VISIT -> {
                for (int mo : months) {
                    Proportion p = Summaries.computeEventsByVisit(
                            pre, s, courses, mo, Summaries.Counting.NEW_AT_VISIT, den(e, d, mo));
                    out.add(prop(it, pre + ".m" + mo, mo, Set.of(), p));
                }
            }
            case KAPLAN_MEIER -> {
                return timeToResponse(it, d, courses, out);
            }
            default -> {
                return "aggregation " + e.aggregation() + " is not defined for a "
                        + it.definition().kind() + " definition";
            }
        }
        return "";
    }

    /** The combined state set, then (when split) each state alone (CR+PR, CR, PR as Gu 2014 reports them). */
    private static List<Set<String>> splits(List<String> states, boolean split) {
        List<Set<String>> out = new ArrayList<>();
        out.add(Set.copyOf(states));
        if (split) for (String st : states) out.add(Set.of(st));
        return out;
    }

    private static String suffix(Set<String> st, boolean split) {
        return split && st.size() == 1 ? "." + st.iterator().next() : "";
    }

    /** Time to the first response visit (event), censored at the last analysis visit of the period (or day 0). */
    private static String timeToResponse(
            ProtocolPlan.Item it, Derived d, List<SubjectCourse> courses, List<ProtocolValue> out) {
        int n = courses.size();
        double[] t = new double[n];
        int[] st = new int[n];
        for (int i = 0; i < n; i++) {
            SubjectCourse c = courses.get(i);
            Optional<VisitState> r = c.response();
            if (r.isPresent()) {
                t[i] = r.get().visit().studyDay() / EndpointStats.DAYS_PER_MONTH;
                st[i] = 1;
            } else {
                int last = 0;
                for (VisitState v : c.states())
                    if (v.visit().visitNumber() <= it.periodMonth())
                        last = Math.max(last, v.visit().studyDay());
                t[i] = last / EndpointStats.DAYS_PER_MONTH;
            }
        }
        List<Integer> months = it.endpoint().atMonths().isEmpty()
                ? d.grid().stream()
                        .map(PlannedVisit::visitNumber)
                        .filter(v -> v <= it.periodMonth())
                        .toList()
                : months(it);
        km(
                it,
                t,
                st,
                months,
                true,
                "1 - KM of the time to the first response visit (" + it.courseKey()
                        + "); censored at the last analysis visit of the period",
                out);
        return "";
    }

    // ---- survival, alive, change, safety ----

    private static String survival(ProtocolPlan.Item it, Derived d, List<ProtocolValue> out) {
        List<Row> rows = d.adtte().rows().stream()
                .filter(r -> "OS".equals(r.str("PARAMCD")) && r.dec("AVAL") != null)
                .toList();
        if (rows.isEmpty()) return "ADTTE has no OS records (no subject with a first infusion)";
        int n = rows.size();
        double[] t = new double[n];
        int[] st = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = rows.get(i).dec("AVAL") / EndpointStats.DAYS_PER_MONTH;
            st[i] = rows.get(i).integer("CNSR") == 0 ? 1 : 0;
        }
        km(it, t, st, months(it), false, "ADTTE OS: first infusion to death (event) or last contact", out);
        return "";
    }

    private static void km(
            ProtocolPlan.Item it,
            double[] t,
            int[] st,
            List<Integer> months,
            boolean cumulative,
            String what,
            List<ProtocolValue> out) {
        int n = t.length;
        double[] times = months.stream().mapToDouble(Integer::doubleValue).toArray();
        TteData data = new TteData(
                it.endpoint().id(), null, List.of(), new int[n], List.of("All"), null, t, st, null, null, Map.of());
        JsonObject res = Json.obj(KmReport.results(data, times, null, true), "pooled");
        int events = (int) Json.num(res, "n_event");
        double[] lt = Json.doubles(res, "landmarks", "log", "time");
        double[] lr = Json.doubles(res, "landmarks", "log", "n_risk");
        double[] ls = Json.doubles(res, "landmarks", "log", "surv");
        double[] ll = Json.doubles(res, "landmarks", "log", "lower");
        double[] lu = Json.doubles(res, "landmarks", "log", "upper");
        String method = "Kaplan-Meier (R survfit), Greenwood SE, log-scale 95% CI"
                + (cumulative ? ", shown as 1 - S(t)" : "") + "; " + what;
        for (int i = 0; i < lt.length; i++) {
            int mo = (int) Math.round(lt[i]);
            Results.Km v = cumulative
                    ? new Results.Km(n, events, (int) lr[i], 1 - ls[i], 1 - lu[i], 1 - ll[i], method)
                    : new Results.Km(n, events, (int) lr[i], ls[i], ll[i], lu[i], method);
            out.add(value(it, it.endpoint().id() + ".m" + mo, mo, "", v));
        }
    }

    private static String alive(ProtocolPlan.Item it, Derived d, List<ProtocolValue> out) {
        var e = it.endpoint();
        if (e.aggregation() != Aggregation.CRUDE_PROPORTION)
            return "aggregation " + e.aggregation() + " is not defined for "
                    + it.definition().id();
        for (int mo : months(it)) {
            Proportion p = Summaries.computeAlive(e.id(), d.subjects(), d.renal(), targetDay(d, mo), den(e, d, mo));
            out.add(prop(it, e.id() + ".m" + mo, mo, Set.of(), p));
        }
        return "";
    }

    private static String change(
            ProtocolPlan.Item it, Derived d, List<Results.VisitStat> byVisit, List<ProtocolValue> out) {
        Definition def = it.definition();
        String p = def.paramcd();
        List<String> problems = new ArrayList<>();
        for (int mo : months(it)) {
            List<double[]> pairs = new ArrayList<>();
            List<String> who = new ArrayList<>();
            for (var ds : List.of(d.adlb(), d.adqs()))
                for (Row r : ds.rows()) {
                    if (!p.equals(r.str("PARAMCD")) || !"Y".equals(r.str("ANL01FL"))) continue;
                    Integer v = r.integer("AVISITN");
                    Double aval = r.dec("AVAL");
                    Double base = r.dec("BASE");
                    if (v != null && v == mo && aval != null && base != null) {
                        pairs.add(new double[] {base, aval});
                        who.add(r.str("USUBJID"));
                    }
                }
            if (pairs.isEmpty()) {
                problems.add("no subject has both a baseline and a month-" + mo + " " + p + " value");
                continue;
            }
            double[] b = pairs.stream().mapToDouble(x -> x[0]).toArray();
            double[] a = pairs.stream().mapToDouble(x -> x[1]).toArray();
            double[] c = pairs.stream().mapToDouble(x -> x[1] - x[0]).toArray();
            double tP = Double.NaN;
            double wP = Double.NaN;
            for (Results.VisitStat vs : byVisit)
                if (vs.paramcd().equals(p) && vs.visitNumber() == mo) {
                    tP = vs.tP();
                    wP = vs.wilcoxonP();
                }
            if (Double.isNaN(tP) && pairs.size() >= 2) {
                // a parameter the by-visit statistics leave out (e.g. GFR, a copy of EGFR there)
                double[] pv = paired(b, a);
                tP = pv[0];
                wP = pv[1];
            }
            out.add(value(
                    it,
                    it.endpoint().id() + ".m" + mo,
                    mo,
                    "",
                    new Results.Change(
                            pairs.size(),
                            mean(b),
                            sd(b),
                            mean(a),
                            sd(a),
                            mean(c),
                            sd(c),
                            tP,
                            wP,
                            "complete cases (ANL01FL = Y, BASE and AVAL at AVISITN " + mo + "); mean, SD (n - 1);"
                                    + " paired t-test (R t.test paired) and Wilcoxon signed-rank, normal approximation"
                                    + " with continuity correction (R wilcox.test exact = FALSE)")));
        }
        return String.join("; ", problems);
    }

    private static String safety(ProtocolPlan.Item it, Derived d, BundleMapper.Mapped m, List<ProtocolValue> out) {
        if (!m.domains().contains("AE")) return "the bundle has no AE domain (no adverse event records)";
        var e = it.endpoint();
        Map<String, SubjectRecord> byId = new HashMap<>();
        for (SubjectRecord s : d.subjects()) byId.put(s.usubjid(), s);
        for (int mo : months(it)) {
            int day = targetDay(d, mo);
            for (boolean seriousOnly : new boolean[] {false, true}) {
                Set<String> hit = new HashSet<>();
                for (var ae : m.adverseEvents()) {
                    SubjectRecord s = byId.get(ae.usubjid());
                    if (s == null || (seriousOnly && !ae.serious())) continue;
                    int sd = s.studyDay(ae.start());
                    if (sd >= 0 && sd <= day) hit.add(ae.usubjid());
                }
                Denominator den = den(e, d, mo);
                Set<String> members = Summaries.computeMembers(den, d.subjects(), d.renal());
                hit.retainAll(members);
                Proportion p = new Proportion(
                        e.id(),
                        den,
                        hit.stream().sorted().toList(),
                        members.stream().sorted().toList());
                String id = e.id() + ".m" + mo + (seriousOnly ? ".serious" : "");
                out.add(new ProtocolValue(
                        id,
                        mo,
                        seriousOnly ? "serious AE" : "any AE",
                        prop(p),
                        seriousOnly ? null : target(it, mo, ""),
                        ""));
            }
        }
        return "";
    }

    /**
     * Paired t and Wilcoxon p of visit {@code mo} vs baseline, with R's defaults ({@link PairedTests}: the exact
     * signed-rank distribution below 50 pairs without ties or zeros), as the by-visit table.
     */
    private static double[] paired(double[] base, double[] aval) {
        return PairedTests.of(base, aval)
                .map(t -> new double[] {t.tP(), t.wilcoxonP()})
                .orElse(new double[] {Double.NaN, Double.NaN}); // fewer than 2 pairs or all differences equal
    }

    // ---- helpers ----

    private static List<Integer> months(ProtocolPlan.Item it) {
        List<Integer> out = new ArrayList<>();
        for (double x : it.endpoint().atMonths()) out.add((int) Math.round(x));
        if (out.isEmpty()) out.add(it.periodMonth());
        return out;
    }

    static int targetDay(Derived d, int month) {
        for (PlannedVisit v : d.grid()) if (v.visitNumber() == month) return v.targetDay();
        return (int) Math.round(month * EndpointStats.DAYS_PER_MONTH);
    }

    private static int windowLow(Derived d, int month) {
        for (PlannedVisit v : d.grid()) if (v.visitNumber() == month) return v.windowLow();
        return targetDay(d, month);
    }

    /** The protocol's denominator at month {@code mo}; COMPLETE_CASE applies to changes only and falls back to all. */
    static Denominator den(org.msct.trial.protocol.Endpoint e, Derived d, int mo) {
        return switch (e.denominator()) {
            case ENROLLED, COMPLETE_CASE -> new Denominator.Enrolled();
            case SURVIVORS -> new Denominator.Survivors(targetDay(d, mo));
            case RESPONDERS -> new Denominator.Responders();
            case AT_RISK -> new Denominator.AtRisk(windowLow(d, mo));
        };
    }

    private static ProtocolValue prop(ProtocolPlan.Item it, String id, int mo, Set<String> states, Proportion p) {
        String label = it.states().stream()
                .filter(states::contains)
                .reduce((a, b) -> a + "+" + b)
                .orElse("");
        return value(it, id, mo, label, prop(p));
    }

    private static ProtocolValue value(ProtocolPlan.Item it, String id, int mo, String label, Results.Value v) {
        return new ProtocolValue(
                id, mo, label, v, target(it, mo, label), it.definition().targetUnitNote());
    }

    static Results.Prop prop(Proportion p) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (p.d() > 0) {
            JsonObject r = BinomReport.fromCounts(new int[] {p.n()}, new int[] {p.d()}, 0.5);
            if (Json.first(r, "counts") instanceof JsonObject c) {
                lo = Json.num(c, "clopper_pearson", "lower");
                hi = Json.num(c, "clopper_pearson", "upper");
            }
        }
        return new Results.Prop(p.n(), p.d(), p.denominatorKind().describe(), lo, hi, p.d() > 0 ? CI_METHOD : "");
    }

    /**
     * The published target at {@code month} whose label matches (a target without a label matches the combined
     * states or a value without a state label), rescaled to the analysis unit.
     */
    static @Nullable Target target(ProtocolPlan.Item it, int month, String label) {
        boolean combined = label.isEmpty() || label.equals(String.join("+", it.states()));
        for (Target t : it.endpoint().targets()) {
            if (t.atMonth() != null && Math.round(t.atMonth()) != month) continue;
            boolean match = t.label() == null ? combined : t.label().equals(label);
            if (match) return scale(t, it.definition().targetScale());
        }
        return null;
    }

    private static Target scale(Target t, double f) {
        if (f == 1) return t;
        return new Target(
                t.atMonth(),
                t.label(),
                t.numerator(),
                t.denominator(),
                t.percent(),
                t.n(),
                t.baselineMean() == null ? null : t.baselineMean() * f,
                t.baselineSd() == null ? null : t.baselineSd() * f,
                t.mean() == null ? null : t.mean() * f,
                t.sd() == null ? null : t.sd() * f,
                t.provenance());
    }

    static double mean(double[] x) {
        if (x.length == 0) return Double.NaN;
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    static double sd(double[] x) {
        if (x.length < 2) return Double.NaN;
        double m = mean(x);
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return Math.sqrt(s / (x.length - 1));
    }
}
