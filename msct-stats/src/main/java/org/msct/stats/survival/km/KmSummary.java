package org.msct.stats.survival.km;

import java.util.Arrays;
import org.msct.core.json.JsonObject;

/**
 * What {@code summary.survfit} reports on {@code survfit0(fit)}, the curve with a row (time 0, S = 1, std.err 0, limits
 * 1, n.risk of the first row) prepended when the first time is not 0: landmark rows ({@code times}, {@code extend =
 * TRUE}) and the restricted mean ({@code rmean}, survival's {@code survmean}).
 */
final class KmSummary {
    private final KmCurve c;
    private final int shift; // 1 when survfit0 prepends a time-0 row

    KmSummary(KmCurve c) {
        this.c = c;
        this.shift = c.size() > 0 && c.time()[0] == 0 ? 0 : 1;
    }

    private int rows() {
        return c.size() + shift;
    }

    private double time0(int j) {
        return j < shift ? 0 : c.time()[j - shift];
    }

    /**
     * Landmark rows for the finite {@code times} in ascending order: S, se of S and the limits from the last row at or
     * before t (the time-0 row before the first time), n.risk from the first row at or after t (0 after the last).
     *
     */
    JsonObject landmarks(double[] times) {
        double[] t = Arrays.stream(times).filter(Double::isFinite).sorted().toArray();
        int k = t.length;
        int[] row = new int[k];
        int[] risk = new int[k];
        double[] s = new double[k];
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            int atOrBefore = count(t[i], true); // findInterval(t, time)
            int before = count(t[i], false); // findInterval(t, time, left.open = TRUE)
            int j = Math.max(1, atOrBefore) - 1;
            row[i] = j;
            risk[i] = before < rows() ? (before < shift ? c.nRisk()[0] : c.nRisk()[before - shift]) : 0;
            s[i] = j < shift ? 1 : c.surv()[j - shift];
            se[i] = (j < shift ? 0 : c.stdErr()[j - shift]) * s[i];
        }
        JsonObject out = JsonObject.create();
        for (ConfType ct : ConfType.values()) {
            double[] lo = new double[k];
            double[] up = new double[k];
            for (int i = 0; i < k; i++) {
                int j = row[i];
                int r = j - shift;
                lo[i] = r < 0 ? 1 : ct.lower(c.surv()[r], c.stdErr()[r]);
                up[i] = r < 0 ? 1 : ct.upper(c.surv()[r], c.stdErr()[r]);
            }
            out.put(
                    ct.key(),
                    JsonObject.create()
                            .put("time", t)
                            .put("n_risk", risk)
                            .put("surv", s)
                            .put("se_surv", se)
                            .put("lower", lo)
                            .put("upper", up));
        }
        return out;
    }

    /** Number of rows with time ≤ x ({@code inclusive}) or &lt; x. */
    private int count(double x, boolean inclusive) {
        int lo = 0;
        int hi = rows();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double v = time0(mid);
            if (inclusive ? v <= x : v < x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * Restricted mean survival up to {@code tau} and its standard error, {@code {rmean, se(rmean)}}: the area under S on
     * [0, tau] and sqrt(Σⱼ A(tⱼ)² dⱼ/(nⱼ(nⱼ − dⱼ))) with A(tⱼ) the area from tⱼ to tau (terms with nⱼ = dⱼ count 0).
     */
    double[] rmean(double tau) {
        int keep = count(tau, true);
        // R: rectangles (t_i − t_{i−1})·S(t_{i−1}) over c(time[keep], tau) from start.time 0 with S = 1 before;
        // sums in long double, for which compensated sums stand in
        Sum mean = new Sum();
        double prevT = 0;
        double prevS = 1;
        for (int i = 0; i < keep; i++) {
            double ti = time0(i);
            mean.add((ti - prevT) * prevS);
            prevT = ti;
            prevS = surv0(i);
        }
        mean.add((tau - prevT) * prevS);
        Sum area = new Sum();
        Sum var = new Sum();
        for (int j = keep - 1; j >= 0; j--) {
            double next = j + 1 < keep ? time0(j + 1) : tau;
            area.add((next - time0(j)) * surv0(j));
            int r = j - shift;
            if (r < 0) continue; // the time-0 row has no events
            double nr = c.nRisk()[r];
            double d = c.nEvent()[r];
            if (d == 0 || nr - d == 0) continue; // hh = 0
            double a = area.value();
            var.add(a * a * (d / (nr * (nr - d))));
        }
        return new double[] {mean.value(), Math.sqrt(var.value())};
    }

    private double surv0(int j) {
        return j < shift ? 1 : c.surv()[j - shift];
    }

    /** Neumaier compensated sum. */
    private static final class Sum {
        private double s;
        private double c;

        Sum add(double x) {
            double t = s + x;
            c += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
            s = t;
            return this;
        }

        Sum addAll(double[] xs) {
            for (double x : xs) add(x);
            return this;
        }

        double value() {
            return s + c;
        }
    }
}
