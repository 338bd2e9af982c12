package org.msct.reports.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ticks for a log axis: the values 1, 2 and 5 times a power of ten; the axis runs from the largest such value at or
 * below the data minimum to the smallest at or above the maximum. When that gives more than 9 ticks, only powers
 * of ten are kept and the limits widen to powers of ten.
 */
final class LogTicks {
    private static final int[] MANTISSAS = {1, 2, 5};

    private LogTicks() {}

    /** Ticks as exact decimals, first and last being the axis limits. {@code 0 < lo <= hi}, both finite. */
    static List<BigDecimal> of(double lo, double hi) {
        List<BigDecimal> all = candidates(lo, hi, MANTISSAS);
        if (all.size() <= 9) return all;
        return candidates(lo, hi, new int[] {1});
    }

    private static List<BigDecimal> candidates(double lo, double hi, int[] mantissas) {
        int kLo = (int) Math.floor(Math.log10(lo)) - 1;
        int kHi = (int) Math.ceil(Math.log10(hi)) + 1;
        List<BigDecimal> values = new ArrayList<>();
        for (int k = kLo; k <= kHi; k++) {
            for (int m : mantissas)
                values.add(BigDecimal.valueOf(m).scaleByPowerOfTen(k).stripTrailingZeros());
        }
        BigDecimal low = BigDecimal.valueOf(lo);
        BigDecimal high = BigDecimal.valueOf(hi);
        BigDecimal first = values.get(0);
        BigDecimal last = values.get(values.size() - 1);
        for (BigDecimal v : values) if (v.compareTo(low) <= 0) first = v;
        for (int i = values.size() - 1; i >= 0; i--) if (values.get(i).compareTo(high) >= 0) last = values.get(i);
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v : values) if (v.compareTo(first) >= 0 && v.compareTo(last) <= 0) out.add(v);
        return out;
    }
}
