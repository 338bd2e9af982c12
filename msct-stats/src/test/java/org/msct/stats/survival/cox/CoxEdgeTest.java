package org.msct.stats.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.msct.stats.survival.cox.CoxOptions.Ties.BRESLOW;
import static org.msct.stats.survival.cox.CoxOptions.Ties.EFRON;
import static org.msct.stats.survival.cox.CoxOptions.Ties.EXACT;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.msct.core.error.InputDataException;
import org.msct.core.error.UsageException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.data.TteReader;
import org.msct.testkit.Oracles;

/** Hand-computed likelihoods, R values written down for members the oracle files lack, and bad input. */
class CoxEdgeTest {

    private static JsonObject fit(JsonObject results, CoxOptions.Ties t) {
        return (JsonObject) results.get(t.key());
    }

    private static double num(JsonObject o, String key) {
        return ((Number) o.get(key)).doubleValue();
    }

    private static Offset<Double> rel(double v) {
        return within(Math.abs(v) * 1e-9);
    }

    /**
     * Four subjects, one binary covariate x, Breslow, at beta = 0 (every risk score 1):
     *
     * <pre>
     * t=1 death x=1, risk set x = {1,0,1,0}: log L -= log 4; U += 1 - 2/4 = 1/2; I += 2/4 - (2/4)^2 = 1/4
     * t=2 death x=0, risk set x = {0,1,0}:   log L -= log 3; U += 0 - 1/3;       I += 1/3 - 1/9  = 2/9
     * t=3 censored
     * t=4 death x=0, risk set x = {0}:       log L -= log 1; U += 0;             I += 0
     * log L(0) = -log 12 = -2.4849066497880004; U = 1/6; I = 17/36; score test U^2/I = 1/17
     * </pre>
     *
     * R: {@code f <- coxph(Surv(time,status) ~ x, data.frame(time=1:4, status=c(1,1,0,1), x=c(1,0,1,0)),
     * ties="breslow"); c(f$loglik[1], f$score)} gives -2.4849066497880004 0.058823529411764761.
     */
    @Test
    void cox10_hand_computed_breslow_likelihood_and_score_at_zero() {
        TteData d = CoxTestData.of(
                CoxTestData.same("A", 4),
                null,
                new double[] {1, 2, 3, 4},
                new int[] {1, 1, 0, 1},
                null,
                CoxTestData.cov("x", 1, 0, 1, 0));
        JsonObject b =
                fit(CoxReport.results(d, CoxTestData.options(null, List.of("x"), false, true, BRESLOW)), BRESLOW);
        assertThat(num(b, "loglik_null")).isCloseTo(-Math.log(12), rel(Math.log(12)));
        assertThat(num((JsonObject) b.get("score_test"), "chisq")).isCloseTo(1.0 / 17, rel(1.0 / 17));
        assertThat(b.get("n")).isEqualTo(4);
        assertThat(b.get("nevent")).isEqualTo(3);
    }

    /**
     * Two deaths tied at t=1 (x = 1 and 0) among x = {1,0,1,0}, then a death at t=2 (x=1) among {1,0}; beta = 0.
     *
     * <pre>
     * Efron:   t=1 denominators 4 and 4 - (1+1)/2 = 3, means 2/4 and (2 - 1/2)/3 = 1/2, variances 1/4 and 1/4
     *          t=2 denominator 2, mean 1/2, variance 1/4
     *          log L(0) = -log 4 - log 3 - log 2 = -log 24; U = (1 - 1) + 1/2 = 1/2; I = 3/4; score = 1/3
     * Breslow: log L(0) = -2 log 4 - log 2 = -log 32; U = 1/2; I = 3/4; score = 1/3
     * </pre>
     *
     * R ({@code time=c(1,1,2,3), status=c(1,1,1,0), x=c(1,0,1,0)}): efron loglik -3.1780538303479453
     * -3.0081547935525483, score 0.33333333333333331, coef 0.6931471805599454, iter 4; breslow loglik
     * -3.4657359027997265 -3.2958368660043291, score 0.33333333333333331, coef 0.69314718055994573, iter 4.
     */
    @Test
    void cox11_hand_computed_efron_and_breslow_with_tied_deaths() {
        TteData d = CoxTestData.of(
                CoxTestData.same("A", 4),
                null,
                new double[] {1, 1, 2, 3},
                new int[] {1, 1, 1, 0},
                null,
                CoxTestData.cov("x", 1, 0, 1, 0));
        JsonObject r = CoxReport.results(d, CoxTestData.options(null, List.of("x"), false, true, EFRON, BRESLOW));
        JsonObject e = fit(r, EFRON);
        JsonObject b = fit(r, BRESLOW);
        assertThat(num(e, "loglik_null")).isCloseTo(-Math.log(24), rel(Math.log(24)));
        assertThat(num(b, "loglik_null")).isCloseTo(-Math.log(32), rel(Math.log(32)));
        assertThat(num((JsonObject) e.get("score_test"), "chisq")).isCloseTo(1.0 / 3, rel(1.0 / 3));
        assertThat(num((JsonObject) b.get("score_test"), "chisq")).isCloseTo(1.0 / 3, rel(1.0 / 3));
        assertThat(num(e, "loglik")).isCloseTo(-3.0081547935525483, within(1e-6 * 3.008));
        assertThat(num(b, "loglik")).isCloseTo(-3.2958368660043291, within(1e-6 * 3.296));
        double[] ce = (double[]) ((JsonObject) e.get("coefficients")).get("coef");
        assertThat(ce[0]).isCloseTo(0.6931471805599454, within(1e-6 * 0.693));
        assertThat(e.get("iterations")).isEqualTo(4);
        assertThat(b.get("iterations")).isEqualTo(4);
    }

    /**
     * cox.R writes {@code sqrt(fit$concordance["var"])}, which survival 3.5-3 does not have; R's
     * {@code fit$concordance["std"]} for the manifest models (sprintf %.17g), e.g. for aml
     * {@code coxph(Surv(time, status) ~ arm, aml_csv)$concordance["std"]}:
     * aml 0.063184996044108196 (all ties); pbc efron 0.019647150298012752, breslow 0.019645584620572042, exact
     * 0.019642910014531379; lung 0.02506797385307958 (all ties); bmt efron/breslow 0.030471730655236257, exact
     * 0.030477180388959857.
     */
    @Test
    void cox12_concordance_se_matches_survival_std() throws Exception {
        Object[][] expected = {
            {"aml_cox", 0.063184996044108196, 0.063184996044108196, 0.063184996044108196},
            {"pbc_death_cox", 0.019647150298012752, 0.019645584620572042, 0.019642910014531379},
            {"lung_cox", 0.02506797385307958, 0.02506797385307958, 0.02506797385307958},
            {"bmt_dfs_cox", 0.030471730655236257, 0.030471730655236257, 0.030477180388959857}
        };
        for (Object[] row : expected) {
            String[] f = CoxOracleTest.manifestArgs((String) row[0]).split("\t", -1);
            JsonObject r = CoxOracleTest.run(f[1], f[2]);
            CoxOptions.Ties[] ties = {EFRON, BRESLOW, EXACT};
            for (int t = 0; t < 3; t++) {
                double want = (Double) row[t + 1];
                assertThat(num(fit(r, ties[t]), "concordance_se"))
                        .as("%s %s", row[0], ties[t])
                        .isCloseTo(want, rel(want));
            }
        }
    }

    /**
     * --cluster with one row per subject (aml). R:
     * {@code f <- coxph(Surv(time,status) ~ arm + cluster(subject_id), aml_csv, ties=t);
     * sqrt(diag(f$var)); f$rscore; f$concordance["std"]}: efron 0.46450920445559396, 4.691432727833015,
     * 0.063184996044108196; breslow 0.45920219067104645, 4.7282848984388091, 0.063184996044108196.
     */
    @Test
    void cox13_cluster_with_one_row_per_subject_gives_R_robust_se() {
        TteData d = TteReader.read(Oracles.caseFile("aml.tte.csv"), 1, null, List.of());
        JsonObject r = CoxReport.results(d, CoxTestData.options("Maintained", List.of(), true, false, EFRON, BRESLOW));
        double[][] want = {{0.46450920445559396, 4.691432727833015}, {0.45920219067104645, 4.7282848984388091}};
        CoxOptions.Ties[] ties = {EFRON, BRESLOW};
        for (int t = 0; t < 2; t++) {
            JsonObject f = fit(r, ties[t]);
            double[] rse = (double[]) ((JsonObject) f.get("coefficients")).get("robust_se");
            assertThat(rse[0]).isCloseTo(want[t][0], within(1e-6 * want[t][0]));
            assertThat(num((JsonObject) f.get("robust_score_test"), "chisq"))
                    .isCloseTo(want[t][1], within(1e-6 * want[t][1]));
            assertThat(num(f, "concordance_se")).isCloseTo(0.063184996044108196, rel(0.0632));
        }
        assertThat(r.get("formula")).isEqualTo("Surv(time, status) ~ arm + cluster(subject_id)");
    }

    @Test
    void cox20_unknown_reference_arm_is_an_input_error() {
        TteData d = TteReader.read(Oracles.caseFile("aml.tte.csv"), 1, null, List.of());
        assertThatThrownBy(() -> CoxReport.results(d, CoxTestData.options("Placebo", List.of(), false, false, EFRON)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("column 'arm'")
                .hasMessageContaining("reference arm 'Placebo' does not exist; arms are [Maintained, Nonmaintained]");
    }

    @Test
    void cox21_constant_covariate_is_an_input_error_naming_the_column() {
        TteData d = CoxTestData.of(
                new String[] {"A", "B", "A", "B"},
                null,
                new double[] {1, 2, 3, 4},
                new int[] {1, 1, 0, 1},
                null,
                CoxTestData.cov("x", 3.5, 3.5, Double.NaN, 3.5));
        assertThatThrownBy(() -> CoxReport.results(d, CoxTestData.options(null, List.of("x"), false, false, EFRON)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("column 'x'")
                .hasMessageContaining("covariate 'x' has no variance (all values 3.5): cannot be estimated");
    }

    @Test
    void cox22_arm_without_rows_after_dropping_missing_values_is_an_input_error() {
        TteData d = CoxTestData.of(
                new String[] {"A", "B", "A", "A"},
                null,
                new double[] {1, 2, 3, 4},
                new int[] {1, 1, 0, 1},
                null,
                CoxTestData.cov("x", 1, Double.NaN, 2, 0));
        assertThatThrownBy(() -> CoxReport.results(d, CoxTestData.options(null, List.of("x"), false, false, EFRON)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("column 'arm'")
                .hasMessageContaining("arm dummy 'armB' has no variance (all values 0)");
    }

    @Test
    void cox23_no_events_is_an_input_error() {
        TteData d = CoxTestData.of(
                new String[] {"A", "B", "A", "B"},
                null,
                new double[] {1, 2, 3, 4},
                new int[] {0, 0, 0, 0},
                null,
                CoxTestData.cov("x", 1, 2, 3, 4));
        assertThatThrownBy(() -> CoxReport.results(d, CoxTestData.options(null, List.of("x"), false, false, EFRON)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("column 'status'")
                .hasMessageContaining("no events");
    }

    @Test
    void cox24_no_arm_and_no_covariates_is_a_usage_error() {
        TteData d = TteReader.read(Oracles.caseFile("aml.tte.csv"), 1, null, List.of());
        assertThatThrownBy(() -> CoxReport.results(d, CoxTestData.options(null, List.of(), false, true, EFRON)))
                .isInstanceOf(UsageException.class);
    }

    /**
     * (start, stop] data whose start and stop times differ from other rows' times by 1e-10 (well inside R's timefix
     * tolerance, 1.5e-8 relative to the mean absolute time) fit exactly as the data with those times equal: the Cox
     * output depends on the order and ties of the times only.
     */
    @Test
    void cox25_counting_process_near_ties_are_merged_as_aeqSurv() {
        String[] arms = {"A", "B", "A", "B", "A", "B", "A", "B", "A", "B", "A", "B"};
        double[] start = {0, 0, 0, 0, 0, 0, 3, 3, 4, 2, 5, 1};
        double[] stop = {3, 4, 5, 2, 6, 7, 8, 6, 9, 5, 10, 4};
        int[] status = {0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1};
        double[] x = {0.5, 1.2, -0.3, 0.8, 1.9, -1.1, 0.2, 0.7, -0.4, 1.5, 0.1, -0.9};
        double[] nearStart = start.clone();
        double[] nearStop = stop.clone();
        nearStop[9] += 1e-10; // unmerged, the deaths of rows 2 and 9 at time 5 would not be tied
        nearStart[8] -= 1e-10; // unmerged, row 8 would be at risk at the deaths at time 4
        nearStop[3] -= 1e-10; // 2 - 1e-10 against the start time 2 of row 9
        nearStart[6] += 1e-10; // 3 + 1e-10 against the stop time 3 of row 0
        CoxOptions o = CoxTestData.options("A", List.of("x"), false, false, EFRON, BRESLOW);
        String exact = CoxReport.results(CoxTestData.of(arms, start, stop, status, null, CoxTestData.cov("x", x)), o)
                .toJson();
        String near = CoxReport.results(
                        CoxTestData.of(arms, nearStart, nearStop, status, null, CoxTestData.cov("x", x)), o)
                .toJson();
        assertThat(near).isEqualTo(exact);
    }

    @Test
    void cox26_an_interval_closed_by_merging_near_ties_is_an_input_error_naming_its_row() {
        TteData d = CoxTestData.of(
                new String[] {"A", "B", "A", "B"},
                new double[] {0, 0, 2, 0},
                new double[] {2, 3, 2 + 1e-10, 4},
                new int[] {1, 1, 1, 0},
                null,
                CoxTestData.cov("x", 1, 2, 3, 5));
        assertThatThrownBy(() -> CoxReport.results(d, CoxTestData.options("A", List.of("x"), false, false, EFRON)))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("row 3")
                .hasMessageContaining("column 'tstart'")
                .hasMessageContaining("has length 0 after merging times");
    }
}
