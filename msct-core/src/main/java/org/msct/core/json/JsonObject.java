package org.msct.core.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ordered JSON object under construction. Values may be {@code null}, {@link Boolean}, {@link Number}, {@link
 * CharSequence}, {@code double[]}, {@code int[]}, {@code long[]}, {@code String[]}, {@code double[][]}, {@link
 * java.util.List} or another {@code JsonObject}. Non-finite doubles are written as {@code null} (R's NA / NaN / Inf).
 */
public final class JsonObject {
    private final Map<String, Object> members = new LinkedHashMap<>();

    public static JsonObject create() {
        return new JsonObject();
    }

    public JsonObject put(String key, Object value) {
        members.put(key, value);
        return this;
    }

    public Object get(String key) {
        return members.get(key);
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    public Map<String, Object> members() {
        return java.util.Collections.unmodifiableMap(members);
    }

    public String toJson() {
        return JsonWriter.write(this);
    }

    @Override
    public String toString() {
        return toJson();
    }
}
