package org.msct.stats.survival.cox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msct.stats.data.TteData;

/** Builds small {@link TteData} sets in memory for the Cox tests. */
final class CoxTestData {
    private CoxTestData() {}

    /**
     * @param arms arm label per row (levels are taken in byte order as TteReader does)
     * @param tstart interval starts or {@code null}
     * @param subjects subject code per row ({@code null}: one subject per row)
     */
    static TteData of(
            String[] arms, double[] tstart, double[] time, int[] status, int[] subjects, Map<String, double[]> cov) {
        int n = time.length;
        List<String> levels = new ArrayList<>(new java.util.TreeSet<>(List.of(arms)));
        int[] arm = new int[n];
        for (int i = 0; i < n; i++) arm[i] = levels.indexOf(arms[i]);
        int[] subj = new int[n];
        int nSubj = 0;
        for (int i = 0; i < n; i++) {
            subj[i] = subjects == null ? i : subjects[i];
            nSubj = Math.max(nSubj, subj[i] + 1);
        }
        List<String> subjLevels = new ArrayList<>();
        for (int i = 0; i < nSubj; i++) subjLevels.add("S" + i);
        return new TteData(
                "test.csv", subj, subjLevels, arm, levels, tstart, time, status, null, null, new LinkedHashMap<>(cov));
    }

    static Map<String, double[]> cov(String name, double... values) {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put(name, values);
        return m;
    }

    static String[] same(String arm, int n) {
        String[] a = new String[n];
        java.util.Arrays.fill(a, arm);
        return a;
    }

    static CoxOptions options(String ref, List<String> covs, boolean cluster, boolean noArm, CoxOptions.Ties... t) {
        return new CoxOptions(ref, covs, cluster, noArm, List.of(t));
    }
}
