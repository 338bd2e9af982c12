package org.msct.derivations.dataset;

import java.util.Arrays;
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
    // open-addressing table of slot + 1 by the names' hash: variable names are shared literals, so a lookup is
    // usually one array read and an identity comparison, with no boxed Integer or map node on the way
    private final String[] table;
    private final int[] tableSlot;
    private final Map<String, Schema> children = new ConcurrentHashMap<>();

    private Schema(String[] names, @Nullable Schema parent) {
        this.names = names;
        this.parent = parent;
        int size = Integer.highestOneBit(Math.max(4, names.length * 4 - 1)) * 2;
        table = new String[size];
        tableSlot = new int[size];
        for (int i = 0; i < names.length; i++) {
            int h = names[i].hashCode() & (size - 1);
            while (table[h] != null) h = (h + 1) & (size - 1);
            table[h] = names[i];
            tableSlot[h] = i;
        }
    }

    /** The schema of exactly these names (no duplicates), in this order. */
    static Schema of(String[] names) {
        Schema s = EMPTY;
        for (String n : names) s = s.plus(n);
        return s;
    }

    /** Slot of {@code name}, or -1. */
    int indexOf(String name) {
        int mask = table.length - 1;
        for (int h = name.hashCode() & mask; ; h = (h + 1) & mask) {
            String t = table[h];
            if (t == null) return -1;
            if (t == name || t.equals(name)) return tableSlot[h];
        }
    }

    /** This schema with {@code name} appended (the caller checked it is not present). */
    Schema plus(String name) {
        Schema c = children.get(name);
        if (c != null) return c;
        if (indexOf(name) >= 0) throw new IllegalArgumentException("duplicate variable " + name);
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
