package org.msct.derivations.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Canonical text of dataset values, shared by the writers. */
final class Values {
    private Values() {}

    /**
     * Text of a value: decimals as plain decimal strings without exponent or trailing zeros (Dataset-JSON rule 5,
     * cdisc-terms.md §7.5), dates as ISO 8601 {@code YYYY-MM-DD}, integers and strings as they are.
     */
    static String text(Object value) {
        if (value instanceof Double d) return decimal(d);
        if (value instanceof LocalDate d) return d.toString();
        return value.toString();
    }

    static String decimal(double d) {
        // Double.toString is already the shortest plain form unless it uses an exponent: only ".0" is left to drop
        String plain = Double.toString(d);
        if (plain.indexOf('E') < 0) {
            if (plain.endsWith(".0")) plain = plain.substring(0, plain.length() - 2);
            return plain.equals("-0") ? "0" : plain;
        }
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
