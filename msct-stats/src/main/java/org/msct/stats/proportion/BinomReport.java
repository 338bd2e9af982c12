package org.msct.stats.proportion;

import java.util.ArrayList;
import java.util.List;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;
import org.msct.stats.paired.Pairs;

/**
 * Binomial proportions as the oracle binom.R: per group x, n, x/n, six 95% intervals and the exact test against p0
 * (see {@link BinomialCis}); in data mode per arm and pooled, plus the difference between two arms (see {@link
 * ProportionDifference}). Arms are those with a non-missing value of (param, visit), the reference arm first, then
 * the others in byte order.
 */
public final class BinomReport {
    private BinomReport() {}

    /**
     * Data mode: 0/1 values of (param, visit) per arm and pooled; difference when there are two arms.
     *
     * @param refArm reference arm, or null for the first arm in byte order
     * @throws InputDataException if there is no value, a value is not 0/1, or refArm is not an arm with values
     */
    public static JsonObject fromData(LongData data, String param, double visit, String refArm, double p0) {
        int pc = data.paramCode(param);
        int nArms = data.armLevels().size();
        int[] x = new int[nArms];
        int[] n = new int[nArms];
        for (int i = 0; i < data.size(); i++) {
            double v = data.value()[i];
            if (pc < 0 || data.param()[i] != pc || data.visit()[i] != visit || Double.isNaN(v)) continue;
            if (v != 0 && v != 1) {
                throw new InputDataException(
                        data.file(),
                        i + 1,
                        "value",
                        "value of param '" + param + "' at visit " + Pairs.visitLabel(visit)
                                + " must be 0 or 1 for binomial proportions, got '" + v + "'");
            }
            n[data.arm()[i]]++;
            if (v == 1) x[data.arm()[i]]++;
        }
        List<Integer> arms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int a = 0; a < nArms; a++) {
            if (n[a] > 0) {
                arms.add(a);
                names.add(data.armLevels().get(a));
            }
        }
        if (arms.isEmpty()) {
            throw new InputDataException(
                    data.file(),
                    0,
                    "param",
                    "no non-missing value of param '" + param + "' at visit " + Pairs.visitLabel(visit));
        }
        if (refArm != null) {
            int at = names.indexOf(refArm);
            if (at < 0) {
                throw new InputDataException(
                        data.file(), 0, "arm", "reference arm '" + refArm + "' does not exist; arms are " + names);
            }
            arms.add(0, arms.remove(at));
            names.add(0, names.remove(at));
        }
        JsonObject byArm = JsonObject.create();
        List<BinomialCis> groups = new ArrayList<>();
        int sx = 0;
        int sn = 0;
        for (int j = 0; j < arms.size(); j++) {
            int a = arms.get(j);
            BinomialCis g = BinomialCis.of(x[a], n[a], p0);
            groups.add(g);
            byArm.put(names.get(j), g.json());
            sx += x[a];
            sn += n[a];
        }
        JsonObject out = JsonObject.create()
                .put("p0", p0)
                .put("by_arm", byArm)
                .put("pooled", BinomialCis.of(sx, sn, p0).json());
        if (arms.size() == 2) {
            out.put("difference", ProportionDifference.json(names.get(0), groups.get(0), names.get(1), groups.get(1)));
        }
        return out;
    }

    /**
     * Counts mode: one result per (x, n) pair.
     *
     * @param x successes, 0 &lt;= x[i] &lt;= n[i]
     * @param n trials, n[i] &gt;= 1, same length as x
     */
    public static JsonObject fromCounts(int[] x, int[] n, double p0) {
        if (x.length != n.length) throw new IllegalArgumentException("x and n differ in length");
        List<JsonObject> counts = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            if (n[i] < 1 || x[i] < 0 || x[i] > n[i]) {
                throw new IllegalArgumentException("need 0 <= x <= n and n >= 1, got x=" + x[i] + ", n=" + n[i]);
            }
            counts.add(BinomialCis.of(x[i], n[i], p0).json());
        }
        return JsonObject.create().put("p0", p0).put("counts", counts);
    }
}
