package org.msct.cli.analyze;

import java.util.List;

/**
 * Every number of one analysis, typed, before it is written as results.json and rendered as the report. Missing
 * numbers are NaN (written as null).
 */
record Results(
        String studyId,
        String protocolId,
        int enrolled,
        int deaths,
        List<Continuous> baselineContinuous,
        List<Count> baselineCounts,
        List<VisitStat> byVisit,
        List<Count> response,
        List<Count> events,
        List<Curve> curves,
        List<CoxRow> cox,
        ProtocolSection protocolEndpoints,
        List<String> notEvaluable) {

    /**
     * The protocol's own endpoints (section {@code protocol_endpoints}).
     *
     * @param protocolId protocol analysed
     * @param protocolVersion its file version, empty when it is not a shipped protocol
     * @param note why nothing was computed (not a shipped protocol), empty otherwise
     * @param definitionsFile the definition map used, with its version
     * @param endpoints one per protocol endpoint, in protocol order
     */
    record ProtocolSection(
            String protocolId,
            String protocolVersion,
            String note,
            String definitionsFile,
            List<ProtocolEndpoint> endpoints) {}

    /**
     * One protocol endpoint under its default definition.
     *
     * @param status {@code computed}, {@code not-computable} (bundle lacks a domain / parameter) or {@code
     *     not-implemented} (no derivation for the definition)
     * @param reason why not computed, empty when computed
     * @param derivation what msct ran for the definition
     * @param values one per time point (and state split)
     */
    record ProtocolEndpoint(
            String id,
            String label,
            String role,
            String definition,
            List<String> alternatives,
            String aggregation,
            String denominator,
            String derivation,
            String source,
            String status,
            String reason,
            List<ProtocolValue> values) {}

    /**
     * msct's value at one time point beside the published target.
     *
     * @param id e.g. {@code RREM_VISIT.m3.CR}
     * @param atMonth month of the time point (NaN when none)
     * @param label the states counted, e.g. {@code CR+PR}, or empty
     * @param value the number
     * @param target the matching published target (rescaled to the analysis unit), or null
     * @param targetNote e.g. unit conversion of the target
     */
    record ProtocolValue(
            String id,
            double atMonth,
            String label,
            Value value,
            org.msct.trial.protocol.Endpoint.@org.jspecify.annotations.Nullable Target target,
            String targetNote) {}

    /** A computed number. */
    sealed interface Value {}

    /** numerator / denominator with the exact (Clopper–Pearson) 95% CI. */
    record Prop(int numerator, int denominator, String denominatorDefinition, double lower, double upper, String method)
            implements Value {
        double percent() {
            return denominator == 0 ? Double.NaN : 100.0 * numerator / denominator;
        }
    }

    /** A Kaplan–Meier estimate at a time (survival, or cumulative probability 1 − S). */
    record Km(int n, int events, int nRisk, double estimate, double lower, double upper, String method)
            implements Value {}

    /** Paired change from baseline among complete cases. */
    record Change(
            int n,
            double baselineMean,
            double baselineSd,
            double mean,
            double sd,
            double changeMean,
            double changeSd,
            double tP,
            double wilcoxonP,
            String method)
            implements Value {}

    /**
     * Summary of a continuous variable.
     *
     * @param id stable id, e.g. {@code baseline.AGE}
     * @param definition where the values come from
     */
    record Continuous(
            String id,
            String label,
            String definition,
            int n,
            double mean,
            double sd,
            double median,
            double q1,
            double q3) {}

    /**
     * A count with its denominator and, when computed, the exact (Clopper–Pearson) 95% CI of the proportion.
     *
     * @param numerator subjects counted
     * @param denominator subjects in the denominator
     * @param denominatorDefinition e.g. {@code all enrolled}
     * @param lower lower 95% limit or NaN
     * @param upper upper 95% limit or NaN
     * @param method statistic / CI method, empty for a plain count
     */
    record Count(
            String id,
            String label,
            String definition,
            int numerator,
            int denominator,
            String denominatorDefinition,
            double lower,
            double upper,
            String method) {
        double proportion() {
            return denominator == 0 ? Double.NaN : (double) numerator / denominator;
        }
    }

    /**
     * One parameter at one analysis visit (ANL01FL = Y records).
     *
     * @param pairs subjects with both a baseline and a value at this visit
     * @param tP paired t-test p vs baseline (NaN at baseline or when undefined)
     * @param wilcoxonP Wilcoxon signed-rank p (normal approximation with continuity correction, R's default for ties)
     */
    record VisitStat(
            String paramcd,
            String param,
            int visitNumber,
            String visit,
            int n,
            double mean,
            double sd,
            int pairs,
            double chgMean,
            double chgSd,
            double tP,
            double wilcoxonP) {}

    /**
     * A Kaplan–Meier or cumulative-incidence curve with landmark values.
     *
     * @param kind {@code km} (survival) or {@code cif} (incidence of cause 1, with cause 2 competing)
     * @param times step times (months)
     * @param values estimate at each time
     * @param lower lower 95% limit at each time (log for KM / log for CIF), NaN when undefined
     * @param competing for a CIF, the incidence of the competing cause at each time; empty otherwise
     * @param censorTimes censoring times (months)
     * @param followUp each subject's time (months), for numbers at risk
     * @param landmarks landmark rows
     */
    record Curve(
            String id,
            String label,
            String definition,
            String kind,
            int n,
            int events,
            double[] times,
            double[] values,
            double[] lower,
            double[] upper,
            double[] competing,
            double[] censorTimes,
            double[] followUp,
            List<LandmarkRow> landmarks,
            String method) {}

    /** Curve value at a landmark time (months), with the number at risk. */
    record LandmarkRow(double time, int nRisk, double estimate, double lower, double upper) {}

    /** One univariate Cox model for time to remission. */
    record CoxRow(
            String covariate,
            String label,
            int n,
            int events,
            double coef,
            double hr,
            double lower,
            double upper,
            double p) {}
}
