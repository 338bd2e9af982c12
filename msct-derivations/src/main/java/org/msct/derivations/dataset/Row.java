package org.msct.derivations.dataset;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One immutable record of a {@link Dataset}: variable name → value. A missing value is an absent entry; the typed
 * getters return {@code null} for it.
 */
public final class Row {
    private final Map<String, Object> values;

    private Row(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** An empty row. */
    public static Row empty() {
        return new Row(new LinkedHashMap<>());
    }

    /** A row with alternating name, value pairs; null values are left missing. */
    public static Row of(@Nullable Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) throw new IllegalArgumentException("name/value pairs expected");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            Object v = nameValuePairs[i + 1];
            if (v != null) m.put((String) nameValuePairs[i], v);
        }
        return new Row(m);
    }

    /** A copy with {@code name} set to {@code value} (removed when {@code value} is null). */
    public Row with(String name, @Nullable Object value) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        if (value == null) m.remove(name);
        else m.put(name, value);
        return new Row(m);
    }

    /** The raw value, or null when missing. */
    public @Nullable Object get(String name) {
        return values.get(name);
    }

    /** The character value, or null. */
    public @Nullable String str(String name) {
        return (String) values.get(name);
    }

    /** The decimal value, or null. */
    public @Nullable Double dec(String name) {
        return (Double) values.get(name);
    }

    /** The integer value, or null. */
    public @Nullable Integer integer(String name) {
        return (Integer) values.get(name);
    }

    /** The date value, or null. */
    public @Nullable LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    /** True when {@code name} equals {@code value} (a character comparison). */
    public boolean is(String name, String value) {
        return value.equals(values.get(name));
    }

    /** Unmodifiable view of the values. */
    public Map<String, Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
