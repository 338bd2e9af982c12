package org.msct.reports.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" axis limits and tick spacing: multiples of 1, 2 or 5 times a power of ten that enclose the data.
 *
 * <p>Algorithm (Heckbert P.S., "Nice numbers for graph labels", in <i>Graphics Gems</i>, Academic Press 1990,
 * pp. 61–63): with {@code nice(x, round)} the number 1, 2, 5 or 10 times {@code 10^floor(log10 x)} nearest to
 * {@code x} (round) or not below it (ceiling),
 *
 * <pre>
 *   range = nice(hi - lo, ceiling)
 *   step  = nice(range / (maxTicks - 1), round)
 *   min   = floor(lo / step) * step,   max = ceil(hi / step) * step
 * </pre>
 *
 * <p>Limits and ticks are computed in decimal arithmetic ({@link BigDecimal}), so ticks are exact decimals (0.3,
 * not 0.30000000000000004) and the result is deterministic. The number of ticks is about {@code maxTicks}; it can
 * exceed it by one or two. A zero-width range {@code lo == hi} is widened to {@code [lo - 1, hi + 1]}.
 *
 * @param min lower axis limit, a multiple of {@code step}, at most the data minimum
 * @param max upper axis limit, a multiple of {@code step}, at least the data maximum
 * @param step tick spacing, 1, 2 or 5 times a power of ten
 */
public record NiceScale(double min, double max, double step) {
    public NiceScale {
        if (!(Double.isFinite(min) && Double.isFinite(max) && step > 0 && Double.isFinite(step) && min < max)) {
            throw new IllegalArgumentException("invalid scale [" + min + ", " + max + "] step " + step);
        }
    }

    /**
     * The nice scale enclosing {@code [lo, hi]} with about {@code maxTicks} ticks.
     *
     * @throws IllegalArgumentException if a bound is not finite, {@code lo > hi}, or {@code maxTicks < 2}
     */
    public static NiceScale of(double lo, double hi, int maxTicks) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi) {
            throw new IllegalArgumentException("axis range must be finite with lo <= hi, was [" + lo + ", " + hi + "]");
        }
        if (maxTicks < 2) throw new IllegalArgumentException("maxTicks must be >= 2, was " + maxTicks);
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        BigDecimal low = BigDecimal.valueOf(lo);
        BigDecimal high = BigDecimal.valueOf(hi);
        double range = nice(high.subtract(low).doubleValue(), false).doubleValue();
        BigDecimal step = nice(range / (maxTicks - 1), true);
        BigDecimal min = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new NiceScale(min.doubleValue(), max.doubleValue(), step.doubleValue());
    }

    /** 1, 2, 5 or 10 times a power of ten: nearest to {@code x} if {@code round}, else the smallest not below. */
    static BigDecimal nice(double x, boolean round) {
        int exponent = (int) Math.floor(Math.log10(x));
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        double fraction = x / power.doubleValue();
        int nice;
        if (round) {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return BigDecimal.valueOf(nice).multiply(power).stripTrailingZeros();
    }

    /** The ticks from {@link #min()} to {@link #max()} in steps of {@link #step()}, as exact decimals. */
    public List<Double> ticks() {
        BigDecimal step = BigDecimal.valueOf(this.step);
        BigDecimal t = BigDecimal.valueOf(min);
        BigDecimal end = BigDecimal.valueOf(max);
        List<Double> out = new ArrayList<>();
        while (t.compareTo(end) <= 0) {
            out.add(t.doubleValue());
            t = t.add(step);
        }
        return out;
    }

    /** Decimals needed to print every tick exactly (0 for a step of 5, 1 for 0.2, 2 for 0.25). */
    public int decimals() {
        return Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    }
}
