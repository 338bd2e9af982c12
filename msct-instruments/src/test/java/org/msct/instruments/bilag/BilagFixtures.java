package org.msct.instruments.bilag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.Labs;

/** Compact builders for test assessments. */
final class BilagFixtures {
    private BilagFixtures() {}

    /** Labs from name/value pairs using the contract names, e.g. {@code labs("upcr_mg_mmol", 150)}. */
    static Labs labs(Object... kv) {
        com.fasterxml.jackson.databind.node.ObjectNode o =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < kv.length; i += 2) {
            String name = (String) kv[i];
            Object x = kv[i + 1];
            if (x instanceof Boolean b) o.put(name, b);
            else if (x instanceof Integer n) o.put(name, n);
            else o.put(name, ((Number) x).doubleValue());
        }
        // the same reader as msct score, so fixtures and input share one list of lab names and units
        return org.msct.instruments.input.ScoreInputReader.labs(o, "labs");
    }

    /** Items from number/value pairs: Integer = code 0–4, Boolean = yes/no. */
    static BilagInput items(Object... kv) {
        return items(Set.of(), kv);
    }

    static BilagInput items(Set<BilagSystem> previouslyInvolved, Object... kv) {
        Map<Integer, Integer> codes = new HashMap<>();
        Map<Integer, Boolean> flags = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            int n = (Integer) kv[i];
            if (kv[i + 1] instanceof Boolean b) flags.put(n, b);
            else codes.put(n, (Integer) kv[i + 1]);
        }
        return new BilagInput(codes, flags, new HashSet<>(previouslyInvolved));
    }

    static Assessment assessment(Labs labs, @Nullable BilagInput bilag) {
        return new Assessment(null, labs, bilag, null, null, null, null, null, null);
    }

    static Assessment assessment(BilagInput bilag) {
        return assessment(Labs.EMPTY, bilag);
    }

    static Assessment assessment(Labs labs) {
        return assessment(labs, BilagInput.EMPTY);
    }
}
