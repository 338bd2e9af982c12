package org.msct.derivations.dataset;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One immutable record of a {@link Dataset}: variable name → value. A missing value is an absent entry; the typed
 * getters return {@code null} for it.
 *
 * <p>Stored as an array of values over a shared {@link Schema} (the names): derivations make a modified copy of every
 * record several times, and an array copy is what keeps a 10,000-subject trial in seconds and in memory.
 */
public final class Row {
    // Row.of is called with the same literal names for every record of a derivation: reusing the last schema
    // skips the walk down the schema tree. A stale value only costs that walk.
    private static volatile Schema recentOf = Schema.EMPTY;

    private final Schema schema;
    private final @Nullable Object[] slots;

    private Row(Schema schema, @Nullable Object[] slots) {
        this.schema = schema;
        this.slots = slots;
    }

    /** An empty row. */
    public static Row empty() {
        return new Row(Schema.EMPTY, new Object[0]);
    }

    /** A row with alternating name, value pairs; null values are left missing. */
    public static Row of(@Nullable Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) throw new IllegalArgumentException("name/value pairs expected");
        Schema s = recentOf;
        if (!s.matchesPairs(nameValuePairs)) {
            String[] names = new String[nameValuePairs.length / 2];
            for (int i = 0; i < names.length; i++) names[i] = (String) nameValuePairs[2 * i];
            s = Schema.of(names);
            recentOf = s;
        }
        Object[] slots = new Object[s.size()];
        for (int i = 0; i < slots.length; i++) slots[i] = nameValuePairs[2 * i + 1];
        return new Row(s, slots);
    }

    /** A copy with {@code name} set to {@code value} (removed when {@code value} is null). */
    public Row with(String name, @Nullable Object value) {
        int i = schema.indexOf(name);
        if (i >= 0) {
            if (slots[i] == value) return this;
            Object[] copy = slots.clone();
            copy[i] = value;
            return new Row(schema, copy);
        }
        if (value == null) return this;
        Object[] copy = Arrays.copyOf(slots, slots.length + 1);
        copy[slots.length] = value;
        return new Row(schema.plus(name), copy);
    }

    /**
     * A copy with several variables set at once (alternating name, value pairs; a null value removes): one copy of the
     * row instead of one per variable.
     */
    public Row withAll(@Nullable Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) throw new IllegalArgumentException("name/value pairs expected");
        Schema s = schema;
        Object[] copy = slots;
        boolean copied = false;
        for (int k = 0; k < nameValuePairs.length; k += 2) {
            String name = (String) nameValuePairs[k];
            Object value = nameValuePairs[k + 1];
            int i = s.indexOf(name);
            if (i < 0) {
                if (value == null) continue;
                s = s.plus(name);
                copy = Arrays.copyOf(copy, copy.length + 1);
                copied = true;
                i = copy.length - 1;
            } else if (copy[i] == value) {
                continue;
            } else if (!copied) {
                copy = copy.clone();
                copied = true;
            }
            copy[i] = value;
        }
        return copied ? new Row(s, copy) : this;
    }

    /** The raw value, or null when missing. */
    public @Nullable Object get(String name) {
        int i = schema.indexOf(name);
        return i < 0 ? null : slots[i];
    }

    /** The character value, or null. */
    public @Nullable String str(String name) {
        return (String) get(name);
    }

    /** The decimal value, or null. */
    public @Nullable Double dec(String name) {
        return (Double) get(name);
    }

    /** The integer value, or null. */
    public @Nullable Integer integer(String name) {
        return (Integer) get(name);
    }

    /** The date value, or null. */
    public @Nullable LocalDate date(String name) {
        return (LocalDate) get(name);
    }

    /** True when {@code name} equals {@code value} (a character comparison). */
    public boolean is(String name, String value) {
        return value.equals(get(name));
    }

    /** Unmodifiable view of the present values, in the order the variables were first set. */
    public Map<String, Object> values() {
        return new Values();
    }

    Schema schema() {
        return schema;
    }

    @Nullable
    Object slot(int i) {
        return slots[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.values().equals(values());
    }

    @Override
    public int hashCode() {
        return values().hashCode();
    }

    @Override
    public String toString() {
        return values().toString();
    }

    private final class Values extends AbstractMap<String, Object> {
        @Override
        public @Nullable Object get(Object key) {
            return key instanceof String s ? Row.this.get(s) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next = advance(0);

                        private int advance(int from) {
                            int i = from;
                            while (i < slots.length && slots[i] == null) i++;
                            return i;
                        }

                        @Override
                        public boolean hasNext() {
                            return next < slots.length;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= slots.length) throw new NoSuchElementException();
                            Entry<String, Object> e = new SimpleImmutableEntry<>(schema.name(next), slots[next]);
                            next = advance(next + 1);
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    int n = 0;
                    for (Object v : slots) if (v != null) n++;
                    return n;
                }
            };
        }
    }
}
