package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.cli.analyze.ProtocolDefinitions.Definition;
import org.msct.cli.analyze.ProtocolDefinitions.Kind;
import org.msct.cli.analyze.Results.ProtocolEndpoint;
import org.msct.cli.analyze.Results.ProtocolValue;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.course.VisitState;
import org.msct.derivations.input.PlannedVisit;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.summary.Denominator;
import org.msct.derivations.summary.Proportion;
import org.msct.derivations.summary.Summaries;
import org.msct.stats.proportion.ClopperPearson;
import org.msct.stats.survival.km.KmReport;
import org.msct.trial.protocol.Endpoint.Target;

/**
 * The protocol's endpoints computed on the derived data ({@link ProtocolPlan}): each under the aggregation, denominator
 * and time points the protocol names, beside its published targets. Proportions carry exact 95% CIs (Clopper–Pearson,
 * {@link ClopperPearson}), Kaplan–Meier estimates come from {@link KmReport}, changes from baseline reuse the paired t
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
        Set<String> params = d.params(); // computed once in Derived: a pass over every observation
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
                case SURVIVAL -> problem = ProtocolOutcomeStats.survival(it, d, values);
                case ALIVE -> problem = ProtocolOutcomeStats.alive(it, d, values);
                case CHANGE -> problem = ProtocolOutcomeStats.change(it, d, byVisit, values);
                case SAFETY -> problem = ProtocolOutcomeStats.safety(it, d, m, values);
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
        return def.id() + " needs parameters the bundle does not have: "
                + String.join(
                        "; ",
                        missing.stream()
                                .map(ProtocolEndpointStats::describeParam)
                                .toList());
    }

    /** A parameter code with what it is and where it comes from, for "missing" messages. */
    static String describeParam(String p) {
        return switch (p) {
            case "BLGGEN", "BLGVAS" -> p
                    + " (classic BILAG grade: QS has no classic BILAG records; BILAG-2004 domains are not"
                    + " classic systems)";
            case "PRED" -> "PRED (prednisone-equivalent dose: CM has no prednisone / prednisolone /"
                    + " methylprednisolone record convertible to mg/day)";
            default -> p;
        };
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
        ProtocolOutcomeStats.km(
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

    // ---- helpers ----

    static List<Integer> months(ProtocolPlan.Item it) {
        List<Integer> out = new ArrayList<>();
        for (double x : it.endpoint().atMonths()) out.add((int) Math.round(x));
        if (out.isEmpty()) out.add(it.periodMonth());
        return out;
    }

    static int targetDay(Derived d, int month) {
        for (PlannedVisit v : d.grid()) if (v.visitNumber() == month) return v.targetDay();
        return (int) Math.round(month * EndpointStats.DAYS_PER_MONTH);
    }

    static int windowLow(Derived d, int month) {
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

    static ProtocolValue prop(ProtocolPlan.Item it, String id, int mo, Set<String> states, Proportion p) {
        String label = it.states().stream()
                .filter(states::contains)
                .reduce((a, b) -> a + "+" + b)
                .orElse("");
        return value(it, id, mo, label, prop(p));
    }

    static ProtocolValue value(ProtocolPlan.Item it, String id, int mo, String label, Results.Value v) {
        return new ProtocolValue(
                id, mo, label, v, target(it, mo, label), it.definition().targetUnitNote());
    }

    static Results.Prop prop(Proportion p) {
        ClopperPearson ci = p.d() > 0 ? ClopperPearson.of(p.n(), p.d()) : new ClopperPearson(Double.NaN, Double.NaN);
        return new Results.Prop(
                p.n(), p.d(), p.denominatorKind().describe(), ci.lower(), ci.upper(), p.d() > 0 ? CI_METHOD : "");
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
}
