package org.msct.stats.survival.cif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.jspecify.annotations.Nullable;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.survival.common.TimeFix;

/**
 * Cumulative incidence with competing risks, as shared/oracles/cif.R: per arm and pooled, the Aalen–Johansen
 * estimate of {@code survival::survfit(Surv(time, factor(status)) ~ 1)} (survival 3.5-3) with its
 * infinitesimal-jackknife SE and log-scale 95% limits, landmarks, cmprsk 2.2-11 {@code cuminc}'s estimate with
 * Gray's variance, and with more than one arm Gray's (1988) test per cause (rho = 0).
 *
 * <p>Times are in the input's unit; probabilities are in [0, 1]; NA (a limit of a zero CIF) is NaN and prints as
 * null. The {@code tstart} column, if any, is ignored (as the oracle does). Causes are the non-zero status codes
 * present in the data; a label for an absent code is ignored.
 */
public final class CifReport {
    private CifReport() {}

    /**
     * @param causeLabels label per cause code (codes without a label are named {@code cause<k>})
     * @param times landmark times or {@code null}
     * @throws InputDataException when the data or an arm has no event at all (R's survfit / cuminc stop there)
     */
    public static JsonObject results(TteData data, Map<Integer, String> causeLabels, double @Nullable [] times) {
        int n = data.size();
        int[] status = data.status();
        int maxCode = 0;
        for (int s : status) maxCode = Math.max(maxCode, s);
        boolean[] present = new boolean[maxCode + 1];
        for (int s : status) present[s] = true;
        int[] index = new int[maxCode + 1]; // status code -> cause index 1..K, 0 for censored
        List<Integer> codes = new ArrayList<>();
        for (int c = 1; c <= maxCode; c++) {
            if (present[c]) {
                codes.add(c);
                index[c] = codes.size();
            }
        }
        if (codes.isEmpty()) {
            throw new InputDataException(
                    data.file(), 0, "status", "no events: every status is 0 (censored), so there is no incidence");
        }
        List<String> labels = new ArrayList<>();
        JsonObject causes = JsonObject.create();
        for (int c : codes) {
            String lab = causeLabels.getOrDefault(c, "cause" + c);
            labels.add(lab);
            causes.put(Integer.toString(c), lab);
        }
        double[] landmarks = landmarkTimes(times);

        int[] order = orderByTime(data.time());
        double[] t = new double[n];
        int[] cause = new int[n];
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            int r = order[i];
            t[i] = data.time()[r] + 0.0;
            cause[i] = index[status[r]];
            group[i] = data.arm()[r];
        }
        List<String> arms = data.armLevels();
        int ng = arms.size();
        JsonObject byArm = JsonObject.create();
        for (int a = 0; a < ng; a++) {
            int m = 0;
            boolean event = false;
            for (int i = 0; i < n; i++) {
                if (group[i] == a) {
                    m++;
                    event |= cause[i] != 0;
                }
            }
            if (!event) {
                throw new InputDataException(
                        data.file(),
                        0,
                        "status",
                        "arm '" + arms.get(a) + "' has no events (all " + m
                                + " subjects censored); cmprsk::cuminc, the reference, fails on such an arm");
            }
            double[] ta = new double[m];
            int[] ca = new int[m];
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (group[i] == a) {
                    ta[j] = t[i];
                    ca[j++] = cause[i];
                }
            }
            byArm.put(arms.get(a), CifGroupJson.of(ta, ca, labels, landmarks));
        }
        JsonObject out = JsonObject.create()
                .put("causes", causes)
                .put("by_arm", byArm)
                .put("pooled", CifGroupJson.of(t, cause, labels, landmarks));
        if (ng > 1) out.put("gray_test", grayTests(t, cause, group, ng, labels));
        return out;
    }

    private static JsonObject grayTests(double[] t, int[] cause, int[] group, int ng, List<String> labels) {
        int k = labels.size();
        double[] stat = new double[k];
        int[] df = new int[k];
        double[] p = new double[k];
        ChiSquaredDistribution chi = ChiSquaredDistribution.of(ng - 1);
        for (int c = 0; c < k; c++) {
            stat[c] = GrayTest.statistic(t, cause, group, ng, c + 1);
            df[c] = ng - 1;
            // cuminc reports 1 - pchisq(stat, df); forming the lower tail first keeps R's rounding near p = 0
            double lower = stat[c] <= 0 ? 0 : 1 - chi.survivalProbability(stat[c]);
            p[c] = 1 - lower;
        }
        return JsonObject.create()
                .put("cause", labels.toArray(String[]::new))
                .put("stat", stat)
                .put("df", df)
                .put("p", p);
    }

    private static double @Nullable [] landmarkTimes(double @Nullable [] times) {
        if (times == null || times.length == 0) return null;
        double[] lm = Arrays.stream(times).filter(Double::isFinite).sorted().toArray();
        return lm.length == 0 ? null : lm;
    }

    /** Stable order of the rows by time: distinct times, ranks by binary search, counting sort (O(n log n)). */
    static int[] orderByTime(double[] time) {
        int n = time.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) sorted[i] = time[i] + 0.0; // -0.0 is 0 for R and for the ranks
        Arrays.sort(sorted);
        double[] u = TimeFix.distinct(sorted);
        int[] start = new int[u.length + 1];
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = Arrays.binarySearch(u, time[i] + 0.0);
            start[rank[i] + 1]++;
        }
        for (int r = 0; r < u.length; r++) start[r + 1] += start[r];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[start[rank[i]]++] = i;
        return order;
    }
}
