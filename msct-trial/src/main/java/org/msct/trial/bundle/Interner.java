package org.msct.trial.bundle;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.IsoDate;

/**
 * Shares equal values read from a bundle (test codes, units, visit names, dates, USUBJIDs, common numbers), so that
 * millions of rows hold references to a few thousand objects. Each cache stops growing at {@link #LIMIT} entries.
 * Not thread-safe: one per reading thread.
 */
final class Interner {
    static final int LIMIT = 1 << 20;

    private final Map<String, String> strings = new HashMap<>(4096);
    private final Map<String, IsoDate> dates = new HashMap<>(4096);
    private final Map<String, Double> numbers = new HashMap<>(4096);

    String string(String s) {
        String old = strings.get(s);
        if (old != null) return old;
        if (strings.size() < LIMIT) strings.put(s, s);
        return s;
    }

    /** The cached date for {@code s}, or null when not cached yet. */
    @Nullable
    IsoDate cachedDate(String s) {
        return dates.get(s);
    }

    IsoDate date(String s, IsoDate parsed) {
        if (dates.size() < LIMIT) dates.put(s, parsed);
        return parsed;
    }

    @Nullable
    Double cachedNumber(String s) {
        return numbers.get(s);
    }

    Double number(String s, Double parsed) {
        if (numbers.size() < LIMIT) numbers.put(s, parsed);
        return parsed;
    }
}
