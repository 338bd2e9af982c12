package org.msct.core.json;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ordered JSON object under construction. Values may be {@code null}, {@link Boolean}, {@link Number}, {@link
 * CharSequence}, {@code double[]}, {@code int[]}, {@code long[]}, {@code String[]}, {@code double[][]}, {@link
 * java.util.List} or another {@code JsonObject}. Non-finite doubles are written as {@code null} (R's NA / NaN / Inf).
 *
 * <p>Members are kept in two parallel arrays rather than a map: most objects have a handful of members and are built
 * once and written once (a million of them per second in {@code msct score --batch}); a hash index is added only when
 * an object grows large.
 */
public final class JsonObject {
    private static final int INDEX_FROM = 16;

    private String[] keys = new String[8];
    private Object[] values = new Object[8];
    private int size;
    private Map<String, Integer> index;

    public static JsonObject create() {
        return new JsonObject();
    }

    /** Sets {@code key} to {@code value}; a key set twice keeps its first position and takes the new value. */
    public JsonObject put(String key, Object value) {
        int i = find(key);
        if (i >= 0) {
            values[i] = value;
            return this;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        if (index != null) index.put(key, size);
        size++;
        if (index == null && size > INDEX_FROM) {
            index = new HashMap<>();
            for (int k = 0; k < size; k++) index.put(keys[k], k);
        }
        return this;
    }

    public Object get(String key) {
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    public boolean has(String key) {
        return find(key) >= 0;
    }

    /** Number of members. */
    public int size() {
        return size;
    }

    /** Name of member {@code i} (insertion order). */
    public String keyAt(int i) {
        return keys[i];
    }

    /** Value of member {@code i} (insertion order). */
    public Object valueAt(int i) {
        return values[i];
    }

    /** The members in insertion order, as a read-only copy. */
    public Map<String, Object> members() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) m.put(keys[i], values[i]);
        return Collections.unmodifiableMap(m);
    }

    private int find(String key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) if (keys[i].equals(key)) return i;
        return -1;
    }

    public String toJson() {
        return JsonWriter.write(this);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
