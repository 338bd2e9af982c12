package org.msct.trial.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An SDTM date or date-time as ISO 8601 text, possibly partial by right truncation (SDTMIG 3.4 §4.4). Accepted
 * forms: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-MM-DDThh}, {@code YYYY-MM-DDThh:mm},
 * {@code YYYY-MM-DDThh:mm:ss}. Missing components are never imputed: a partial date stays partial, and comparisons
 * that the known components cannot decide answer "unknown". Not supported: time zones, fractional seconds, and
 * SDTM's dash-placeholders for missing middle components ({@code 2004---15}); such text is rejected.
 *
 * @param text the ISO 8601 text exactly as stored in the bundle
 */
public record IsoDate(String text) implements Comparable<IsoDate> {

    /** How much of the date-time is known. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY,
        HOUR,
        MINUTE,
        SECOND
    }

    public IsoDate {
        Objects.requireNonNull(text, "text");
        String problem = problem(text);
        if (problem != null) throw new IllegalArgumentException("not an ISO 8601 date: '" + text + "': " + problem);
    }

    /** Parses {@code text}; throws IllegalArgumentException naming the problem. */
    public static IsoDate parse(String text) {
        return new IsoDate(text);
    }

    /** A complete date. */
    public static IsoDate of(LocalDate date) {
        return new IsoDate(date.toString());
    }

    /** Null when {@code text} is a valid ISO 8601 (partial) date or date-time, otherwise what is wrong with it. */
    public static @Nullable String problem(String text) {
        int n = text.length();
        if (n != 4 && n != 7 && n != 10 && n != 13 && n != 16 && n != 19) return "unexpected length " + n;
        if (!digits(text, 0, 4)) return "year must be 4 digits";
        if (n == 4) return null;
        if (text.charAt(4) != '-' || !digits(text, 5, 7)) return "month must be -MM";
        int month = num(text, 5, 7);
        if (month < 1 || month > 12) return "month " + month + " outside 1-12";
        if (n == 7) return null;
        if (text.charAt(7) != '-' || !digits(text, 8, 10)) return "day must be -DD";
        int day = num(text, 8, 10);
        int year = num(text, 0, 4);
        if (day < 1 || day > lengthOfMonth(year, month))
            return "day " + day + " does not exist in " + text.substring(0, 7);
        if (n == 10) return null;
        if (text.charAt(10) != 'T' || !digits(text, 11, 13)) return "time must be Thh";
        if (num(text, 11, 13) > 23) return "hour outside 00-23";
        if (n == 13) return null;
        if (text.charAt(13) != ':' || !digits(text, 14, 16)) return "minutes must be :mm";
        if (num(text, 14, 16) > 59) return "minute outside 00-59";
        if (n == 16) return null;
        if (text.charAt(16) != ':' || !digits(text, 17, 19)) return "seconds must be :ss";
        if (num(text, 17, 19) > 59) return "second outside 00-59";
        return null;
    }

    public Precision precision() {
        return switch (text.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            case 10 -> Precision.DAY;
            case 13 -> Precision.HOUR;
            case 16 -> Precision.MINUTE;
            default -> Precision.SECOND;
        };
    }

    public int year() {
        return num(text, 0, 4);
    }

    /** Month 1–12, empty for a year-only date. */
    public OptionalInt month() {
        return text.length() >= 7 ? OptionalInt.of(num(text, 5, 7)) : OptionalInt.empty();
    }

    /** Day of month, empty when the day is unknown. */
    public OptionalInt day() {
        return text.length() >= 10 ? OptionalInt.of(num(text, 8, 10)) : OptionalInt.empty();
    }

    /** Whether at least the full date (year, month, day) is known. */
    public boolean isCompleteDate() {
        return text.length() >= 10;
    }

    /** The date part when the day is known; empty for partial dates (never imputed). */
    public Optional<LocalDate> date() {
        return isCompleteDate()
                ? Optional.of(LocalDate.of(year(), num(text, 5, 7), num(text, 8, 10)))
                : Optional.empty();
    }

    /** The date-time when known to the minute at least (seconds default to the stated value or 0). */
    public Optional<LocalDateTime> dateTime() {
        if (text.length() < 16) return Optional.empty();
        int sec = text.length() == 19 ? num(text, 17, 19) : 0;
        return Optional.of(
                LocalDateTime.of(year(), num(text, 5, 7), num(text, 8, 10), num(text, 11, 13), num(text, 14, 16), sec));
    }

    /**
     * Orders this against {@code other} when the components both know decide it: negative if this is surely earlier,
     * positive if surely later, 0 if equal at the shared precision and both have that same precision; empty when
     * the shared components are equal but one date is less precise (e.g. {@code 2024-03} vs {@code 2024-03-08}).
     */
    public OptionalInt compareKnown(IsoDate other) {
        int shared = Math.min(text.length(), other.text.length());
        for (int i = 0; i < shared; i++) { // same as comparing the shared prefixes, without allocating them
            int c = text.charAt(i) - other.text.charAt(i);
            if (c != 0) return OptionalInt.of(Integer.signum(c));
        }
        return text.length() == other.text.length() ? OptionalInt.of(0) : OptionalInt.empty();
    }

    /** Whether this is surely before {@code other} (false when the known components cannot tell). */
    public boolean isSurelyBefore(IsoDate other) {
        OptionalInt c = compareKnown(other);
        return c.isPresent() && c.getAsInt() < 0;
    }

    /** Lexical order of the text, which for these forms sorts earlier-known-components first; for sorting only. */
    @Override
    public int compareTo(IsoDate o) {
        return text.compareTo(o.text);
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
