package org.msct.instruments.sledai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.json.JsonFields;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.Ri50State;
import org.msct.instruments.model.SledaiInput;

/** Reads the {@code sledai2k} member of an assessment, checking every code against the SLEDAI-2K definition. */
public final class SledaiInputParser {
    private static final Set<String> MEMBERS = Set.of("present", "not_attributable", "arthritis_joints", "ri50");

    private SledaiInputParser() {}

    /** Parses the {@code sledai2k} object at JSON path {@code path}; throws FieldException on bad input. */
    public static SledaiInput parse(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new FieldException(path, "expected an object with members present, not_attributable");
        }
        JsonFields.onlyKnown(node, path, MEMBERS, Map.of("notAttributable", "use not_attributable"));
        SledaiDefinition d = SledaiDefinition.standard();
        Set<String> present = codes(node, "present", path, d, Set.of());
        Set<String> notAttributable = codes(node, "not_attributable", path, d, present);
        Integer joints = JsonFields.integer(node, "arthritis_joints", path, 0, 68, "0 to 68 joints");
        Map<String, Ri50State> ri50 = ri50(node, path, d);
        return new SledaiInput(present, notAttributable, joints, ri50);
    }

    private static Set<String> codes(
            JsonNode node, String name, String path, SledaiDefinition d, Set<String> alsoPresent) {
        JsonNode n = node.get(name);
        if (n == null || n.isNull()) return Set.of();
        String p = path + "." + name;
        if (!n.isArray()) throw new FieldException(p, "expected an array of descriptor codes, got " + n);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (!e.isTextual()) throw new FieldException(p + "[" + i + "]", "value " + e + " is not a descriptor code");
            String c = e.textValue().strip().toUpperCase(Locale.ROOT);
            if (d.indexOf(c) < 0) {
                throw new FieldException(
                        p + "[" + i + "]",
                        "unknown SLEDAI-2K descriptor '" + e.textValue() + "'; allowed: " + d.allowedCodes());
            }
            if (alsoPresent.contains(c)) {
                throw new FieldException(
                        p + "[" + i + "]",
                        "value '" + e.textValue() + "' is also listed in present; a descriptor is either present"
                                + " (attributed to SLE) or not attributable");
            }
            out.add(c);
        }
        return out;
    }

    private static Map<String, Ri50State> ri50(JsonNode node, String path, SledaiDefinition d) {
        JsonNode n = node.get("ri50");
        if (n == null || n.isNull()) return Map.of();
        String p = path + ".ri50";
        if (!n.isObject()) {
            throw new FieldException(
                    p, "expected an object descriptor code -> RESOLVED | IMPROVED_GE50 | NOT_IMPROVED");
        }
        Map<String, Ri50State> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String c = e.getKey().strip().toUpperCase(Locale.ROOT);
            if (d.indexOf(c) < 0) {
                throw new FieldException(
                        p + "." + e.getKey(),
                        "unknown SLEDAI-2K descriptor '" + e.getKey() + "'; allowed: " + d.allowedCodes());
            }
            Ri50State s = state(e.getValue());
            if (s == null) {
                throw new FieldException(
                        p + "." + e.getKey(),
                        "value " + e.getValue() + " is not allowed; allowed: RESOLVED, IMPROVED_GE50, NOT_IMPROVED");
            }
            out.put(c, s);
        }
        return out;
    }

    private static @Nullable Ri50State state(JsonNode v) {
        if (!v.isTextual()) return null;
        String s = v.textValue().strip().toUpperCase(Locale.ROOT);
        for (Ri50State st : Ri50State.values()) if (st.name().equals(s)) return st;
        return null;
    }

    /** Checks a programmatically built section against the definition (the parser already does for JSON). */
    public static SledaiInput check(SledaiInput in) {
        SledaiDefinition d = SledaiDefinition.standard();
        for (String c : in.present()) d.descriptor(c);
        for (String c : in.notAttributable()) d.descriptor(c);
        for (String c : in.ri50().keySet()) d.descriptor(c);
        return in;
    }
}
