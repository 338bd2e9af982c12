package org.msct.instruments.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Threshold;

/** Readers for the parts shared by the response definition files (criteria thresholds, BILAG grade sets). */
final class DefinitionParts {
    private DefinitionParts() {}

    /** The {@code criteria} object: exactly the named thresholds. */
    static Map<String, Threshold> criteria(DefinitionReader r, JsonNode root, Set<String> names) {
        Map<String, Threshold> out = new HashMap<>();
        JsonNode c = root.isObject() ? r.object(root, "criteria", "criteria") : null;
        if (c == null) return out;
        r.onlyMembers(c, "criteria", names);
        for (String n : names) {
            Threshold t = r.threshold(c, n, "criteria." + n);
            if (t != null) out.put(n, t);
        }
        return out;
    }

    /**
     * A grade-set map such as {@code {"A": ["B","C","D","E"], "B": ["C","D","E"]}}: for each key grade, the grades
     * from (or to) which it applies. Every listed grade must be milder than its key.
     */
    static Map<BilagGrade, Set<BilagGrade>> gradeSets(DefinitionReader r, JsonNode root, String name) {
        Map<BilagGrade, Set<BilagGrade>> out = new EnumMap<>(BilagGrade.class);
        JsonNode m = root.isObject() ? r.object(root, name, name) : null;
        if (m == null) return out;
        r.onlyMembers(m, name, Set.of("A", "B"));
        for (String key : new String[] {"A", "B"}) {
            BilagGrade k = BilagGrade.valueOf(key);
            Set<BilagGrade> set = grades(r, m, key, name + "." + key);
            for (BilagGrade g : set) {
                if (g.ordinal() <= k.ordinal())
                    r.problem(name + "." + key, "grade " + g + " is not milder than " + key);
            }
            out.put(k, Collections.unmodifiableSet(set));
        }
        return Collections.unmodifiableMap(out);
    }

    /** A non-empty array of distinct grade letters. */
    static Set<BilagGrade> grades(DefinitionReader r, JsonNode parent, String name, String path) {
        EnumSet<BilagGrade> set = EnumSet.noneOf(BilagGrade.class);
        JsonNode a = r.array(parent, name, path);
        if (a == null) return set;
        for (int i = 0; i < a.size(); i++) {
            BilagGrade g = grade(a.get(i));
            if (g == null) {
                r.problem(path + "[" + i + "]", "value " + a.get(i) + " is not allowed; allowed: A, B, C, D, E");
            } else if (!set.add(g)) {
                r.problem(path + "[" + i + "]", "grade " + g + " is listed twice");
            }
        }
        return set;
    }

    /** A non-empty array of distinct non-blank codes, in file order. */
    static Set<String> codes(DefinitionReader r, JsonNode parent, String name, String path) {
        Set<String> set = new LinkedHashSet<>();
        JsonNode a = r.array(parent, name, path);
        if (a == null) return set;
        for (int i = 0; i < a.size(); i++) {
            JsonNode c = a.get(i);
            if (!c.isTextual() || c.asText().isBlank()) {
                r.problem(path + "[" + i + "]", "must be a non-blank code");
            } else if (!set.add(c.asText())) {
                r.problem(path + "[" + i + "]", "code " + c.asText() + " is listed twice");
            }
        }
        return set;
    }

    private static @Nullable BilagGrade grade(JsonNode n) {
        if (!n.isTextual()) return null;
        for (BilagGrade g : BilagGrade.values()) {
            if (g.name().equals(n.asText())) return g;
        }
        return null;
    }
}
