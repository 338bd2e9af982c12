package org.msct.reports.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for report tables and figure labels. Every renderer and figure uses these helpers, so a number
 * reads the same everywhere.
 *
 * <p><b>Rounding.</b> Numbers are rounded half-up (away from zero on a tie) with {@link BigDecimal}, starting from the
 * shortest decimal string that identifies the double ({@link BigDecimal#valueOf(double)}, i.e. {@link
 * Double#toString(double)}). So 2.605 rounds to "2.61" and -2.605 to "-2.61", as a reader of the printed input
 * expects, although the binary double nearest 2.605 is slightly below it. Results are independent of the default
 * locale: the decimal separator is always ".", the minus sign the ASCII hyphen-minus, and there is no grouping. A
 * value that rounds to zero prints without a sign ("0.00", never "-0.00").
 *
 * <p><b>Missing values.</b> NaN and the infinities are missing and print as {@link #MISSING}, the en dash "–"
 * (U+2013), alone or in the place of the missing part (see each method).
 *
 * <p><b>Ranges.</b> Interval bounds are joined by an en dash ("0.34–0.79"), or by " to " when a bound is negative or
 * missing ("-1.20 to 0.40"), so that a minus sign is never mistaken for the range separator.
 *
 * <p><b>p-values and stars.</b> See {@link #p(double)} and {@link #stars(double)}; the star thresholds are strict
 * ({@code p < 0.05}).
 */
public final class Fmt {
    /** The text shown for a missing value: the en dash U+2013. */
    public static final String MISSING = "\u2013";

    /** The plus-minus sign with the spaces around it, as in "4.48 ± 2.60". */
    public static final String PLUS_MINUS = " \u00B1 ";

    private static final int MAX_DECIMALS = 10;

    private Fmt() {}

    /** Whether {@code x} is a value to print (not NaN, not infinite). */
    public static boolean present(double x) {
        return Double.isFinite(x);
    }

    /**
     * {@code x} rounded half-up to {@code decimals} places: {@code num(2.605, 2)} is "2.61", {@code num(3, 1)} is
     * "3.0"; missing gives "–".
     *
     * @throws IllegalArgumentException if {@code decimals} is outside [0, 10]
     */
    public static String num(double x, int decimals) {
        checkDecimals(decimals);
        if (!present(x)) return MISSING;
        BigDecimal rounded = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.toPlainString();
    }

    /**
     * Mean ± SD, e.g. {@code meanSd(4.48, 2.6, 2)} is "4.48 ± 2.60". A missing mean gives "–"; a missing SD (one
     * observation) gives "4.48 ± –".
     */
    public static String meanSd(double mean, double sd, int decimals) {
        if (!present(mean)) return MISSING;
        return num(mean, decimals) + PLUS_MINUS + num(sd, decimals);
    }

    /**
     * Median (Q1–Q3), e.g. {@code medianIqr(3, 2, 5.5, 1)} is "3.0 (2.0–5.5)". A missing median gives "–"; a
     * missing quartile prints as "–" in its place, with " to " as separator.
     */
    public static String medianIqr(double median, double q1, double q3, int decimals) {
        if (!present(median)) return MISSING;
        return num(median, decimals) + " (" + range(q1, q3, decimals) + ")";
    }

    /**
     * An estimate with its confidence interval, e.g. {@code ci(0.52, 0.336, 0.794, 2)} is "0.52 (0.34–0.79)". A
     * missing estimate gives "–"; a missing bound prints as "–" with " to " as separator ("12.0 (8.0 to –)").
     */
    public static String ci(double estimate, double lower, double upper, int decimals) {
        if (!present(estimate)) return MISSING;
        return num(estimate, decimals) + " (" + range(lower, upper, decimals) + ")";
    }

    /** {@link #ci(double, double, double, int)} with 2 decimals. */
    public static String ci(double estimate, double lower, double upper) {
        return ci(estimate, lower, upper, 2);
    }

    /** Two bounds joined by "–", or by " to " when one is negative or missing. */
    public static String range(double lower, double upper, int decimals) {
        String lo = num(lower, decimals);
        String hi = num(upper, decimals);
        boolean plain = present(lower) && present(upper) && !lo.startsWith("-") && !hi.startsWith("-");
        return lo + (plain ? MISSING : " to ") + hi;
    }

    /**
     * Count and percentage with one decimal: {@code countPct(12, 40)} is "12/40 (30.0%)". The percentage is the
     * exact fraction rounded half-up (49/81 = 60.4938…% gives "60.5%"). A zero denominator gives "0/0 (–)".
     *
     * @throws IllegalArgumentException if {@code n < 0}, {@code total < 0} or {@code n > total}
     */
    public static String countPct(int n, int total) {
        return countPct(n, total, 1);
    }

    /** {@link #countPct(int, int)} with {@code decimals} places in the percentage. */
    public static String countPct(int n, int total, int decimals) {
        if (n < 0 || total < 0 || n > total) {
            throw new IllegalArgumentException("count " + n + " of " + total + ": need 0 <= n <= total");
        }
        checkDecimals(decimals);
        String pct = total == 0
                ? MISSING
                : BigDecimal.valueOf(100L * n)
                                .divide(BigDecimal.valueOf(total), decimals, RoundingMode.HALF_UP)
                                .toPlainString()
                        + "%";
        return n + "/" + total + " (" + pct + ")";
    }

    /** A proportion in [0, 1] as a percentage: {@code pct(0.925, 1)} is "92.5%"; missing gives "–". */
    public static String pct(double proportion, int decimals) {
        if (!present(proportion)) return MISSING;
        checkDecimals(decimals);
        return BigDecimal.valueOf(proportion)
                        .movePointRight(2)
                        .setScale(decimals, RoundingMode.HALF_UP)
                        .toPlainString()
                + "%";
    }

    /**
     * A p-value for a table: below 0.001 prints "<0.001", above 0.999 prints ">0.999", otherwise three decimals
     * rounded half-up ("0.023", "0.050", "0.001"). NaN gives "–".
     *
     * <p>Note that rounding can print "0.050" for p = 0.0496, which {@link #stars(double)} marks "*": stars are
     * decided on the unrounded value.
     *
     * @throws IllegalArgumentException if {@code p} is outside [0, 1] or infinite
     */
    public static String p(double p) {
        if (Double.isNaN(p)) return MISSING;
        checkP(p);
        if (p < 0.001) return "<0.001";
        if (p > 0.999) return ">0.999";
        return num(p, 3);
    }

    /**
     * Significance stars, as in the figure legends of Wang 2014: "***" for p &lt; 0.001, "**" for p &lt; 0.01, "*"
     * for p &lt; 0.05, "" otherwise. The thresholds are <b>strict</b>: p = 0.05 gives "", p = 0.01 gives "*", p =
     * 0.001 gives "**". NaN (no test) gives "".
     *
     * @throws IllegalArgumentException if {@code p} is outside [0, 1] or infinite
     */
    public static String stars(double p) {
        if (Double.isNaN(p)) return "";
        checkP(p);
        if (p < 0.001) return "***";
        if (p < 0.01) return "**";
        if (p < 0.05) return "*";
        return "";
    }

    private static void checkP(double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("p-value must be in [0, 1], was " + p);
    }

    private static void checkDecimals(int decimals) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be in [0, 10], was " + decimals);
        }
    }
}
