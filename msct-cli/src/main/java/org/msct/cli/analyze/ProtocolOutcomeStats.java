package org.msct.cli.analyze;

import static org.msct.cli.analyze.ProtocolEndpointStats.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msct.cli.analyze.ProtocolDefinitions.Definition;
import org.msct.cli.analyze.Results.ProtocolValue;
import org.msct.core.json.JsonObject;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.summary.Denominator;
import org.msct.derivations.summary.Proportion;
import org.msct.derivations.summary.Summaries;
import org.msct.stats.data.TteData;
import org.msct.stats.describe.Descriptives;
import org.msct.stats.paired.PairedTests;
import org.msct.stats.survival.km.KmReport;
import org.msct.trial.protocol.Endpoint.Aggregation;

/**
 * The protocol endpoints that are not response courses: survival (Kaplan–Meier or crude), alive at a month, change
 * from baseline of a parameter (complete cases, paired tests with R's defaults) and adverse-event incidence. Split from
 * {@link ProtocolEndpointStats}, which holds the shared helpers.
 */
final class ProtocolOutcomeStats {
    private ProtocolOutcomeStats() {}

    static String survival(ProtocolPlan.Item it, Derived d, List<ProtocolValue> out) {
        TteRows os = TteRows.of(d, "OS");
        if (os.isEmpty()) return "ADTTE has no OS records (no subject with a first infusion)";
        km(
                it,
                os.months(),
                os.status(),
                months(it),
                false,
                "ADTTE OS: first infusion to death (event) or last contact",
                out);
        return "";
    }

    static void km(
            ProtocolPlan.Item it,
            double[] t,
            int[] st,
            List<Integer> months,
            boolean cumulative,
            String what,
            List<ProtocolValue> out) {
        int n = t.length;
        double[] times = months.stream().mapToDouble(Integer::doubleValue).toArray();
        TteData data = TteRows.singleArm(it.endpoint().id(), t, st);
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

    static String alive(ProtocolPlan.Item it, Derived d, List<ProtocolValue> out) {
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

    static String change(ProtocolPlan.Item it, Derived d, List<Results.VisitStat> byVisit, List<ProtocolValue> out) {
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
            Descriptives db = Descriptives.of(b);
            Descriptives da = Descriptives.of(a);
            Descriptives dc = Descriptives.of(c);
            out.add(value(
                    it,
                    it.endpoint().id() + ".m" + mo,
                    mo,
                    "",
                    new Results.Change(
                            pairs.size(),
                            db.mean(),
                            db.sd(),
                            da.mean(),
                            da.sd(),
                            dc.mean(),
                            dc.sd(),
                            tP,
                            wP,
                            "complete cases (ANL01FL = Y, BASE and AVAL at AVISITN " + mo + "); mean, SD (n - 1);"
                                    + " paired t-test (R t.test paired) and Wilcoxon signed-rank with R wilcox.test"
                                    + " defaults (exact below 50 pairs without ties or zeros, else normal approximation"
                                    + " with continuity correction)")));
        }
        return String.join("; ", problems);
    }

    static String safety(ProtocolPlan.Item it, Derived d, BundleMapper.Mapped m, List<ProtocolValue> out) {
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
}
