package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.List;
import org.msct.core.json.JsonObject;

/**
 * results.json: every number of the analysis with its id, definition, numerator and denominator (counts) or n
 * (continuous summaries) and the method. Layout (version 1):
 *
 * <pre>
 * { "format": "msct-analysis-results", "version": 1, "study": {...}, "generated": {...},
 *   "baseline": {"continuous": [...], "categorical": [...]}, "by_visit": [...],
 *   "response": [...], "events": [...], "not_evaluable": [reasons], "curves": [...], "cox": [...],
 *   "protocol_endpoints": {"protocol": ..., "endpoints": [...]} }
 * </pre>
 *
 * Non-finite numbers are written as null.
 */
final class ResultsJson {
    private ResultsJson() {}

    static JsonObject of(Results r, String version, String generatedAt) {
        JsonObject o = JsonObject.create()
                .put("format", "msct-analysis-results")
                .put("version", 1)
                .put(
                        "study",
                        JsonObject.create()
                                .put("study_id", r.studyId())
                                .put("protocol", r.protocolId())
                                .put(
                                        "enrolled",
                                        count(
                                                "population.enrolled",
                                                "Subjects enrolled",
                                                "DM records (ADSL rows)",
                                                r.enrolled(),
                                                r.enrolled(),
                                                "all enrolled"))
                                .put(
                                        "deaths",
                                        count(
                                                "population.deaths",
                                                "Deaths",
                                                "ADSL.DTHFL = Y (DM.DTHFL or DS DSDECOD = DEATH)",
                                                r.deaths(),
                                                r.enrolled(),
                                                "all enrolled")))
                .put(
                        "generated",
                        JsonObject.create().put("by", "msct " + version).put("at", generatedAt));
        List<Object> cont = new ArrayList<>();
        for (Results.Continuous c : r.baselineContinuous()) cont.add(continuous(c));
        List<Object> cat = new ArrayList<>();
        for (Results.Count c : r.baselineCounts()) cat.add(count(c));
        o.put("baseline", JsonObject.create().put("continuous", cont).put("categorical", cat));
        List<Object> visits = new ArrayList<>();
        for (Results.VisitStat v : r.byVisit()) {
            visits.add(
                    JsonObject.create()
                            .put("id", "visit." + v.paramcd() + "." + v.visitNumber())
                            .put("paramcd", v.paramcd())
                            .put("param", v.param())
                            .put("avisitn", v.visitNumber())
                            .put("avisit", v.visit())
                            .put(
                                    "definition",
                                    "ANL01FL = Y records of " + v.paramcd() + " at AVISITN " + v.visitNumber()
                                            + "; change = AVAL - BASE")
                            .put("n", v.n())
                            .put("mean", v.mean())
                            .put("sd", v.sd())
                            .put("n_pairs", v.pairs())
                            .put("chg_mean", v.chgMean())
                            .put("chg_sd", v.chgSd())
                            .put("paired_t_p", v.tP())
                            .put("wilcoxon_p", v.wilcoxonP())
                            .put(
                                    "method",
                                    "paired t-test (R t.test paired); Wilcoxon signed-rank with R wilcox.test defaults: exact below 50 non-zero differences without ties or zeros, else normal approximation with continuity correction"));
        }
        o.put("by_visit", visits);
        o.put("response", counts(r.response()));
        o.put("events", counts(r.events()));
        o.put("not_evaluable", r.notEvaluable());
        List<Object> curves = new ArrayList<>();
        for (Results.Curve c : r.curves()) {
            List<Object> lm = new ArrayList<>();
            for (Results.LandmarkRow l : c.landmarks()) {
                lm.add(JsonObject.create()
                        .put("time_months", l.time())
                        .put("n_risk", l.nRisk())
                        .put("estimate", l.estimate())
                        .put("lower95", l.lower())
                        .put("upper95", l.upper()));
            }
            curves.add(JsonObject.create()
                    .put("id", c.id())
                    .put("label", c.label())
                    .put("definition", c.definition())
                    .put("kind", c.kind())
                    .put("n", c.n())
                    .put("events", c.events())
                    .put("time_unit", "months (30.4375 days)")
                    .put("landmarks", lm)
                    .put("method", c.method()));
        }
        o.put("curves", curves);
        List<Object> cox = new ArrayList<>();
        for (Results.CoxRow c : r.cox()) {
            cox.add(JsonObject.create()
                    .put("id", "cox.TTRR." + c.covariate())
                    .put("covariate", c.covariate())
                    .put("label", c.label())
                    .put(
                            "definition",
                            "univariate Cox model of ADTTE TTRR (time to first renal remission) on " + c.covariate())
                    .put("n", c.n())
                    .put("events", c.events())
                    .put("coef", c.coef())
                    .put("hr", c.hr())
                    .put("hr_lower95", c.lower())
                    .put("hr_upper95", c.upper())
                    .put("p", c.p())
                    .put("method", "Cox PH, Efron ties, Wald p and CI (R coxph)"));
        }
        o.put("cox", cox);
        o.put("protocol_endpoints", ProtocolEndpointsJson.of(r.protocolEndpoints()));
        return o;
    }

    private static List<Object> counts(List<Results.Count> cs) {
        List<Object> out = new ArrayList<>();
        for (Results.Count c : cs) out.add(count(c));
        return out;
    }

    private static JsonObject continuous(Results.Continuous c) {
        return JsonObject.create()
                .put("id", c.id())
                .put("label", c.label())
                .put("definition", c.definition())
                .put("n", c.n())
                .put("mean", c.mean())
                .put("sd", c.sd())
                .put("median", c.median())
                .put("q1", c.q1())
                .put("q3", c.q3())
                .put("method", "mean, SD (n - 1), median and quartiles (R quantile type 7); missing values dropped");
    }

    private static JsonObject count(Results.Count c) {
        JsonObject o =
                count(c.id(), c.label(), c.definition(), c.numerator(), c.denominator(), c.denominatorDefinition());
        if (!c.method().isEmpty())
            o.put("lower95", c.lower()).put("upper95", c.upper()).put("method", c.method());
        return o;
    }

    private static JsonObject count(String id, String label, String definition, int num, int den, String denDef) {
        return JsonObject.create()
                .put("id", id)
                .put("label", label)
                .put("definition", definition)
                .put("numerator", num)
                .put("denominator", den)
                .put("denominator_definition", denDef)
                .put("proportion", den == 0 ? Double.NaN : (double) num / den);
    }
}
