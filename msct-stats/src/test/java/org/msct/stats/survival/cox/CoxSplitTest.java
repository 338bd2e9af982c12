package org.msct.stats.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.stats.survival.cox.CoxOptions.Ties.BRESLOW;
import static org.msct.stats.survival.cox.CoxOptions.Ties.EFRON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.data.TteReader;
import org.msct.testkit.OracleCompare;
import org.msct.testkit.Oracles;

/**
 * Splitting each subject's follow-up (0, t] into (start, stop] pieces (survSplit) changes no risk set, so coxph gives
 * the same fit on the split data through agreg as on the original through coxph.fit: coefficients, variance, tests,
 * concordance, cox.zph; with --cluster by subject also the robust variance and the concordance SE.
 */
class CoxSplitTest {
    private static final List<String> COVS = List.of("age", "edema", "log_bili", "log_albumin", "log_protime");
    private static final double[] CUTS = {400, 1000, 1000.5, 2500};

    static TteData split(TteData d) {
        List<Integer> row = new ArrayList<>();
        List<double[]> iv = new ArrayList<>();
        List<Integer> st = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            double from = 0;
            for (double c : CUTS) {
                if (c > from && c < d.time()[i]) {
                    row.add(i);
                    iv.add(new double[] {from, c});
                    st.add(0);
                    from = c;
                }
            }
            row.add(i);
            iv.add(new double[] {from, d.time()[i]});
            st.add(d.status()[i]);
        }
        int n = row.size();
        int[] subj = new int[n];
        int[] arm = new int[n];
        double[] start = new double[n];
        double[] stop = new double[n];
        int[] status = new int[n];
        Map<String, double[]> cov = new LinkedHashMap<>();
        for (String c : d.covariates().keySet()) cov.put(c, new double[n]);
        for (int k = 0; k < n; k++) {
            int i = row.get(k);
            subj[k] = d.subject()[i];
            arm[k] = d.arm()[i];
            start[k] = iv.get(k)[0];
            stop[k] = iv.get(k)[1];
            status[k] = st.get(k);
            for (var e : d.covariates().entrySet()) cov.get(e.getKey())[k] = e.getValue()[i];
        }
        return new TteData(d.file(), subj, d.subjectLevels(), arm, d.armLevels(), start, stop, status, null, null, cov);
    }

    private static List<String> differences(boolean cluster) {
        TteData d = TteReader.read(Oracles.caseFile("pbc_death.tte.csv"), 1, null, COVS);
        TteData s = split(d);
        assertThat(s.size()).isGreaterThan(d.size() + 300);
        CoxOptions o = new CoxOptions("placebo", COVS, cluster, false, List.of(EFRON, BRESLOW));
        JsonObject whole = CoxReport.results(d, o);
        JsonObject pieces = CoxReport.results(s, o);
        assertThat(((String) pieces.get("formula"))).startsWith("Surv(tstart, time, status) ~ arm + age");
        return new OracleCompare(
                        path -> 1e-8,
                        path -> path.equals("formula")
                                || path.equals("n_rows_used")
                                || path.endsWith(".n")
                                || (!cluster && path.endsWith("concordance_se")))
                .compare(OracleCompare.readTree(whole.toJson()), OracleCompare.readTree(pieces.toJson()));
    }

    @Test
    void cox30_split_follow_up_gives_the_unsplit_fit() {
        assertThat(differences(false)).isEmpty();
    }

    @Test
    void cox31_split_follow_up_with_cluster_gives_the_unsplit_robust_fit() {
        assertThat(differences(true)).isEmpty();
    }
}
