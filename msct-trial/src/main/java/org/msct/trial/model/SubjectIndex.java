package org.msct.trial.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Records of one domain grouped by USUBJID. Runs of consecutive records of one subject (the usual, sorted layout)
 * are kept as views of the domain list, so the index costs almost no memory; a subject whose records are scattered
 * gets its own list, in file order.
 */
final class SubjectIndex<T> {
    private final Map<String, List<T>> bySubject;

    SubjectIndex(List<T> records, Function<T, String> usubjid, Set<String> known, String domain) {
        Map<String, List<T>> map = new HashMap<>();
        int start = 0;
        String current = null;
        for (int i = 0; i <= records.size(); i++) {
            String key = i < records.size() ? usubjid.apply(records.get(i)) : null;
            if (i < records.size() && key.equals(current)) continue;
            if (current != null) add(map, current, records.subList(start, i));
            if (key != null && !known.contains(key)) {
                throw new IllegalArgumentException(domain + " record " + (i + 1) + " has unknown USUBJID " + key);
            }
            current = key;
            start = i;
        }
        this.bySubject = map;
    }

    private static <T> void add(Map<String, List<T>> map, String key, List<T> run) {
        List<T> old = map.get(key);
        if (old == null) {
            map.put(key, run);
        } else {
            List<T> merged = new ArrayList<>(old.size() + run.size());
            merged.addAll(old);
            merged.addAll(run);
            map.put(key, java.util.Collections.unmodifiableList(merged));
        }
    }

    List<T> of(String usubjid) {
        return bySubject.getOrDefault(usubjid, List.of());
    }
}
