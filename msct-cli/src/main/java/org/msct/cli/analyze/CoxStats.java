package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.derivations.dataset.Row;
import org.msct.stats.data.TteData;
import org.msct.stats.survival.cox.CoxOptions;
import org.msct.stats.survival.cox.CoxReport;

/**
 * Univariate Cox models for predictors of renal remission (time to first CR or PR, ADTTE TTRR), as Gu 2014 reported
 * them: baseline 24-h proteinuria, serum creatinine, age, SLE duration, MSC source (umbilical cord = 1, bone marrow =
 * 0) and baseline SLEDAI-2K. Efron ties ({@link CoxReport}, R {@code coxph}); subjects missing the covariate are
 * dropped. A covariate without variation is skipped.
 */
final class CoxStats {
    private CoxStats() {}

    static List<Results.CoxRow> univariate(Derived d) {
        TteRows tte = TteRows.of(d, "TTRR");
        List<Row> rows = tte.rows();
        List<Results.CoxRow> out = new ArrayList<>();
        if (rows.isEmpty()) return out;
        Map<String, Row> adsl = new HashMap<>();
        d.adsl().rows().forEach(r -> adsl.put(r.str("USUBJID"), r));
        Map<String, Map<String, Double>> base = new HashMap<>();
        d.adlb().rows().forEach(r -> {
            if ("Y".equals(r.str("ABLFL")) && r.dec("AVAL") != null)
                base.computeIfAbsent(r.str("PARAMCD"), k -> new HashMap<>()).put(r.str("USUBJID"), r.dec("AVAL"));
        });
        int n = rows.size();
        double[] t = tte.months();
        int[] st = tte.status();
        Map<String, double[]> cov = new java.util.LinkedHashMap<>();
        for (String c : List.of("PROT24H", "CREAT", "AGE", "DISDUR", "MSCUC", "SLEDBL")) cov.put(c, new double[n]);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            String id = r.str("USUBJID");
            Row s = adsl.get(id);
            cov.get("PROT24H")[i] = base.getOrDefault("PROT24H", Map.of()).getOrDefault(id, Double.NaN);
            cov.get("CREAT")[i] = base.getOrDefault("CREAT", Map.of()).getOrDefault(id, Double.NaN);
            cov.get("AGE")[i] = s.integer("AGE") == null ? Double.NaN : s.integer("AGE");
            cov.get("DISDUR")[i] = s.dec("DISDUR") == null ? Double.NaN : s.dec("DISDUR");
            String src = s.str("MSCSRC");
            cov.get("MSCUC")[i] = src == null || src.isEmpty() ? Double.NaN : src.equals("UMBILICAL CORD") ? 1 : 0;
            Object sled = s.get("SLEDBL");
            cov.get("SLEDBL")[i] = sled instanceof Number x
                    ? x.doubleValue()
                    : sled instanceof String x && !x.isEmpty() ? Double.parseDouble(x) : Double.NaN;
        }
        Map<String, String> labels = Map.of(
                "PROT24H",
                "Baseline 24-h proteinuria (g/24h)",
                "CREAT",
                "Baseline serum creatinine (umol/L)",
                "AGE",
                "Age (years)",
                "DISDUR",
                "SLE duration (years)",
                "MSCUC",
                "MSC source: umbilical cord vs bone marrow",
                "SLEDBL",
                "Baseline SLEDAI-2K");
        for (var e : cov.entrySet()) {
            double[] x = e.getValue();
            if (!varies(x, st)) continue;
            TteData data = new TteData(
                    "TTRR",
                    null,
                    List.of(),
                    new int[n],
                    List.of("All"),
                    null,
                    t,
                    st,
                    null,
                    null,
                    Map.of(e.getKey(), x));
            try {
                JsonObject res = Json.obj(
                        CoxReport.results(
                                data,
                                new CoxOptions(null, List.of(e.getKey()), false, true, List.of(CoxOptions.Ties.EFRON))),
                        "efron");
                out.add(new Results.CoxRow(
                        e.getKey(),
                        labels.get(e.getKey()),
                        (int) Json.num(res, "n"),
                        (int) Json.num(res, "nevent"),
                        Json.toDouble(Json.first(res, "coefficients", "coef")),
                        Json.toDouble(Json.first(res, "coefficients", "hr")),
                        Json.toDouble(Json.first(res, "coefficients", "hr_lower95")),
                        Json.toDouble(Json.first(res, "coefficients", "hr_upper95")),
                        Json.toDouble(Json.first(res, "coefficients", "p"))));
            } catch (InputDataException | IllegalArgumentException ex) {
                // e.g. no events among the complete cases: the model cannot be fitted; left out
            }
        }
        return out;
    }

    private static boolean varies(double[] x, int[] st) {
        double first = Double.NaN;
        boolean event = false;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) continue;
            if (st[i] == 1) event = true;
            if (Double.isNaN(first)) first = x[i];
            else if (x[i] != first) return event;
        }
        return false;
    }
}
