package org.msct.instruments.sfi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.json.JsonFields;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.SfiInput;

/** Reads the {@code sfi} member of an assessment, checking feature codes against the flare-index definition. */
public final class SfiInputParser {
    private static final Set<String> MEMBERS = Set.of("new_or_worse", "nsaid_added", "hospitalised");

    private SfiInputParser() {}

    /** Parses the {@code sfi} object at JSON path {@code path}; throws FieldException on bad input. */
    public static SfiInput parse(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new FieldException(path, "expected an object with members new_or_worse, nsaid_added, hospitalised");
        }
        JsonFields.onlyKnown(
                node,
                path,
                MEMBERS,
                Map.of(
                        "hospitalized",
                        "use hospitalised",
                        "newOrWorse",
                        "use new_or_worse",
                        "nsaid",
                        "use nsaid_added"));
        SfiDefinition d = SfiDefinition.standard();
        List<String> codes = new ArrayList<>();
        JsonNode n = node.get("new_or_worse");
        if (n != null && !n.isNull()) {
            String p = path + ".new_or_worse";
            if (!n.isArray()) throw new FieldException(p, "expected an array of feature codes, got " + n);
            for (int i = 0; i < n.size(); i++) {
                JsonNode e = n.get(i);
                String c = e.isTextual() ? e.textValue().strip().toUpperCase(Locale.ROOT) : null;
                if (c == null || !d.featureByCode().containsKey(c)) {
                    throw new FieldException(
                            p + "[" + i + "]", "unknown SFI feature " + e + "; allowed: " + d.allowedFeatures());
                }
                if (!codes.contains(c)) codes.add(c);
            }
        }
        Boolean hosp = JsonFields.bool(node, "hospitalised", path);
        Boolean nsaid = JsonFields.bool(node, "nsaid_added", path);
        return new SfiInput(codes, Boolean.TRUE.equals(hosp), Boolean.TRUE.equals(nsaid));
    }

    /** Checks a programmatically built section against the definition (the parser already does for JSON). */
    public static SfiInput check(SfiInput in) {
        SfiDefinition d = SfiDefinition.standard();
        for (String c : in.newOrWorse()) {
            if (!d.featureByCode().containsKey(c)) {
                throw new IllegalArgumentException("unknown SFI feature " + c + "; allowed: " + d.allowedFeatures());
            }
        }
        return in;
    }
}
