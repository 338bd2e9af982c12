package org.msct.trial.bundle;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Canonical text of numbers and flags in a bundle; number syntax checks without regular expressions. */
final class Values {
    private Values() {}

    /**
     * Canonical decimal text: integral values without a fraction ({@code 1}, {@code 55000000}), others the shortest
     * decimal that reads back to the same double ({@code 1.59}), never an exponent.
     */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Whether {@code s} is a plain decimal number: optional sign, digits, optional fraction, optional exponent. */
    static boolean isDecimal(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
            int exp = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) return false;
        }
        return i == n;
    }

    /** Whether {@code s} is an optionally signed integer of at most 9 digits. */
    static boolean isInteger(String s) {
        int n = s.length();
        int i = (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) ? 1 : 0;
        if (i == n || n - i > 9) return false;
        for (; i < n; i++) if (!isDigit(s.charAt(i))) return false;
        return true;
    }

    /** {@code Y}/{@code N} for a flag, null for null. */
    static @Nullable String flag(@Nullable Boolean b) {
        return b == null ? null : b ? "Y" : "N";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
