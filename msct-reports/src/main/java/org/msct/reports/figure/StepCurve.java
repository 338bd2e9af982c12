package org.msct.reports.figure;

import java.util.Objects;

/**
 * One arm's right-continuous step function, as estimated by Kaplan–Meier or a cumulative-incidence estimator:
 * {@code values[i]} holds on {@code [times[i], times[i+1])}. Before {@code times[0]} the curve is at its start value
 * (1 for survival, 0 for incidence), so {@code times} need not begin at 0. The curve is drawn up to the larger of the
 * last time and the last censoring time.
 *
 * <p>Arrays are copied on construction and on access.
 *
 * @param label arm label for the legend and the numbers-at-risk table
 * @param times step times, finite, &ge; 0, non-decreasing
 * @param values curve value from each time on, in [0, 1]
 * @param lower lower confidence band at each time (same length as {@code times}), or empty for no band; NaN where
 *     undefined (the band is interrupted there)
 * @param upper upper confidence band, as {@code lower}
 * @param censorTimes times at which a subject was censored, marked with a tick on the curve; may be empty
 */
public record StepCurve(
        String label, double[] times, double[] values, double[] lower, double[] upper, double[] censorTimes) {
    public StepCurve {
        Objects.requireNonNull(label, "label");
        times = times.clone();
        values = values.clone();
        lower = lower.clone();
        upper = upper.clone();
        censorTimes = censorTimes.clone();
        String where = "curve '" + label + "': ";
        if (times.length != values.length) {
            throw new IllegalArgumentException(where + times.length + " times but " + values.length + " values");
        }
        if (lower.length != upper.length || (lower.length != 0 && lower.length != times.length)) {
            throw new IllegalArgumentException(where + "lower and upper bands must both be empty or match times");
        }
        for (int i = 0; i < times.length; i++) {
            if (!(times[i] >= 0) || !Double.isFinite(times[i]) || (i > 0 && times[i] < times[i - 1])) {
                throw new IllegalArgumentException(
                        where + "times must be finite, >= 0 and non-decreasing; times[" + i + "] = " + times[i]);
            }
            if (!(values[i] >= 0 && values[i] <= 1)) {
                throw new IllegalArgumentException(
                        where + "values must be in [0, 1]; values[" + i + "] = " + values[i]);
            }
        }
        for (double c : censorTimes) {
            if (!(c >= 0) || !Double.isFinite(c)) throw new IllegalArgumentException(where + "censor time " + c);
        }
    }

    /** A curve without confidence band or censoring marks. */
    public StepCurve(String label, double[] times, double[] values) {
        this(label, times, values, new double[0], new double[0], new double[0]);
    }

    /** A curve with censoring marks and no band. */
    public StepCurve(String label, double[] times, double[] values, double[] censorTimes) {
        this(label, times, values, new double[0], new double[0], censorTimes);
    }

    @Override
    public double[] times() {
        return times.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public double[] censorTimes() {
        return censorTimes.clone();
    }

    /** Whether a confidence band is present. */
    public boolean hasBand() {
        return lower.length > 0;
    }

    /** The curve value at time {@code t}, given the start value before the first step. */
    double valueAt(double t, double start) {
        double v = start;
        for (int i = 0; i < times.length && times[i] <= t; i++) v = values[i];
        return v;
    }

    /** The last time the curve is drawn to: the last step or censoring time, 0 if none. */
    double end() {
        double end = times.length == 0 ? 0 : times[times.length - 1];
        for (double c : censorTimes) end = Math.max(end, c);
        return end;
    }
}
