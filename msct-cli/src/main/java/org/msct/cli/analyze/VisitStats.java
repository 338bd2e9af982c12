package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.stats.paired.PairedTests;

/**
 * Baseline characteristics and the by-visit summaries of every numeric BDS parameter: n, mean ± SD, change from
 * baseline and the paired t-test and Wilcoxon signed-rank test of visit vs baseline ({@link PairedTests}: R's
 * {@code t.test} and {@code wilcox.test} defaults, exact below 50 pairs without ties or zeros).
 */
final class VisitStats {
    private VisitStats() {}

    /** Baseline lab / instrument parameters summarised in the baseline table, in order. */
    static final List<String> BASELINE_PARAMS =
            List.of("SLEDAI", "BL04TOT", "PROT24H", "UPCR", "CREAT", "EGFR", "ALB", "C3", "C4", "BUN", "URBC");

    static List<Results.Continuous> baselineContinuous(Derived d) {
        List<Results.Continuous> out = new ArrayList<>();
        double[] age =
                d.adsl().rows().stream().mapToDouble(r -> num(r.integer("AGE"))).toArray();
        out.add(Describe.of("baseline.AGE", "Age (years)", "ADSL.AGE", age));
        double[] dur =
                d.adsl().rows().stream().mapToDouble(r -> num(r.dec("DISDUR"))).toArray();
        out.add(Describe.of(
                "baseline.DISDUR", "SLE duration (years)", "ADSL.DISDUR (enrolment − PRIMARY DIAGNOSIS MHSTDTC)", dur));
        for (Dataset ds : List.of(d.adqs(), d.adlb())) {
            Map<String, List<Double>> byParam = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Row r : ds.rows()) {
                if (!"Y".equals(r.str("ABLFL")) || r.dec("AVAL") == null) continue;
                byParam.computeIfAbsent(r.str("PARAMCD"), k -> new ArrayList<>())
                        .add(r.dec("AVAL"));
                names.putIfAbsent(r.str("PARAMCD"), r.str("PARAM"));
            }
            for (String p : BASELINE_PARAMS) {
                if (!byParam.containsKey(p)) continue;
                double[] v =
                        byParam.get(p).stream().mapToDouble(Double::doubleValue).toArray();
                out.add(Describe.of(
                        "baseline." + p, names.get(p), ds.name() + ".AVAL where PARAMCD = " + p + " and ABLFL = Y", v));
            }
        }
        return out;
    }

    static List<Results.Count> baselineCounts(Derived d) {
        List<Results.Count> out = new ArrayList<>();
        int n = d.adsl().rows().size();
        for (String var : List.of("SEX", "MSCSRC", "LNCLASS", "SITEID")) {
            if (d.adsl().variable(var).isEmpty()) continue;
            Map<String, Integer> counts = new TreeMap<>();
            for (Row r : d.adsl().rows()) {
                String v = r.str(var);
                counts.merge(v == null || v.isEmpty() ? "Missing" : v, 1, Integer::sum);
            }
            counts.forEach((k, c) -> out.add(new Results.Count(
                    "baseline." + var + "." + k,
                    var + " = " + k,
                    "ADSL." + var + " = " + k,
                    c,
                    n,
                    "all enrolled",
                    Double.NaN,
                    Double.NaN,
                    "")));
        }
        return out;
    }

    static List<Results.VisitStat> byVisit(Derived d) {
        List<Results.VisitStat> out = new ArrayList<>();
        Map<Integer, String> visitNames = new TreeMap<>();
        visitNames.put(0, "Baseline");
        d.grid().forEach(v -> visitNames.put(v.visitNumber(), v.name()));
        for (Dataset ds : List.of(d.adqs(), d.adlb())) {
            Map<String, List<Row>> byParam = new LinkedHashMap<>();
            for (Row r : ds.rows()) {
                if (!"Y".equals(r.str("ANL01FL")) || r.dec("AVAL") == null || r.integer("AVISITN") == null) continue;
                byParam.computeIfAbsent(r.str("PARAMCD"), k -> new ArrayList<>())
                        .add(r);
            }
            byParam.remove("GFR"); // a copy of EGFR made for the renal criteria (BundleMapper)
            // parameters are independent: summarised on all cores, kept in order
            byParam.entrySet().parallelStream()
                    .map(e -> param(e.getKey(), e.getValue(), visitNames))
                    .toList()
                    .forEach(out::addAll);
        }
        return out;
    }

    private static List<Results.VisitStat> param(String paramcd, List<Row> rows, Map<Integer, String> visitNames) {
        Map<Integer, List<Row>> byVisit = new TreeMap<>();
        for (Row r : rows)
            byVisit.computeIfAbsent(r.integer("AVISITN"), k -> new ArrayList<>())
                    .add(r);
        String param = rows.get(0).str("PARAM");
        List<Results.VisitStat> out = new ArrayList<>();
        for (var e : byVisit.entrySet()) {
            int v = e.getKey();
            List<Row> at = e.getValue();
            double[] vals = new double[at.size()];
            for (int i = 0; i < vals.length; i++) vals[i] = at.get(i).dec("AVAL");
            // CHG is set exactly where the record and its subject's baseline both have a value: those are the pairs
            List<Row> paired = at.stream().filter(r -> r.dec("CHG") != null).toList();
            double[] base = new double[paired.size()];
            double[] aval = new double[paired.size()];
            double[] chg = new double[paired.size()];
            for (int i = 0; i < chg.length; i++) {
                base[i] = paired.get(i).dec("BASE");
                aval[i] = paired.get(i).dec("AVAL");
                chg[i] = paired.get(i).dec("CHG");
            }
            Optional<PairedTests> tests = v != 0 ? PairedTests.of(base, aval) : Optional.empty();
            Results.Continuous s = Describe.of("", "", "", vals);
            Results.Continuous c = Describe.of("", "", "", chg);
            out.add(new Results.VisitStat(
                    paramcd,
                    param,
                    v,
                    visitNames.getOrDefault(v, "Month " + v),
                    s.n(),
                    s.mean(),
                    s.sd(),
                    v == 0 ? 0 : chg.length,
                    v == 0 ? Double.NaN : c.mean(),
                    v == 0 ? Double.NaN : c.sd(),
                    tests.map(PairedTests::tP).orElse(Double.NaN),
                    tests.map(PairedTests::wilcoxonP).orElse(Double.NaN)));
        }
        return out;
    }

    static double num(Number x) {
        return x == null ? Double.NaN : x.doubleValue();
    }
}
