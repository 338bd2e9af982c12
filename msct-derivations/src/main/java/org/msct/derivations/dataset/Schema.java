package org.msct.derivations.dataset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The variable names of a {@link Row}, in insertion order. Rows built the same way share one schema (schemas form a
 * tree from the empty one, each child memoised), so a row is just an array of values: millions of BDS records then
 * cost one small array each instead of a hash map each, and {@code Row.with} is an array copy.
 */
final class Schema {
    static final Schema EMPTY = new Schema(new String[0], null);

    private final String[] names;
    private final @Nullable Schema parent;
    private final Map<String, Integer> index;
    private final Map<String, Schema> children = new ConcurrentHashMap<>();

    private Schema(String[] names, @Nullable Schema parent) {
        this.names = names;
        this.parent = parent;
        this.index = HashMap.newHashMap(names.length);
        for (int i = 0; i < names.length; i++) index.put(names[i], i);
    }

    /** The schema of exactly these names (no duplicates), in this order. */
    static Schema of(String[] names) {
        Schema s = EMPTY;
        for (String n : names) s = s.plus(n);
        return s;
    }

    /** Slot of {@code name}, or -1. */
    int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** This schema with {@code name} appended (the caller checked it is not present). */
    Schema plus(String name) {
        Schema c = children.get(name);
        if (c != null) return c;
        if (index.containsKey(name)) throw new IllegalArgumentException("duplicate variable " + name);
        String[] more = Arrays.copyOf(names, names.length + 1);
        more[names.length] = name;
        return children.computeIfAbsent(name, n -> new Schema(more, this));
    }

    /**
     * How many leading names this schema and {@code other} share: all of the smaller one when one extends the other
     * (schemas only grow by appending), else 0.
     */
    int sharedPrefix(Schema other) {
        if (other == this) return names.length;
        Schema a = this;
        Schema b = other;
        while (a != null && a.names.length > b.names.length) a = a.parent;
        while (b != null && a != null && b.names.length > a.names.length) b = b.parent;
        return a != null && a == b ? a.names.length : 0;
    }

    int size() {
        return names.length;
    }

    String name(int slot) {
        return names[slot];
    }

    /** True when this schema's names are exactly {@code pairs}' names (every other element from 0), in order. */
    boolean matchesPairs(Object[] pairs) {
        if (pairs.length != 2 * names.length) return false;
        for (int i = 0; i < names.length; i++) if (!names[i].equals(pairs[2 * i])) return false;
        return true;
    }
}
