package org.msct.instruments.sfi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.input.JsonFields;
import org.msct.instruments.model.FieldException;

/**
 * SELENA flare-index facts of the current visit that neither SLEDAI nor the treatment fields carry (JSON member
 * {@code sfi}):
 *
 * <pre>{@code
 * {"new_or_worse": ["ARTHRITIS", "PLEURITIS"],   // new or worse features vs the previous visit
 *  "nsaid_added": true,                           // NSAID added for SLE activity
 *  "hospitalised": false}                         // hospitalisation for SLE
 * }</pre>
 *
 * <p>Feature codes (case-insensitive) are those of {@code selena-flare-index.v1.json}: mild/moderate DISCOID,
 * PHOTOSENSITIVE, PROFUNDUS, CUTANEOUS_VASCULITIS, BULLOUS, NASOPHARYNGEAL_ULCERS, PLEURITIS, PERICARDITIS, ARTHRITIS,
 * SLE_FEVER; severe CNS_SLE, VASCULITIS, NEPHRITIS, MYOSITIS, PLATELETS_LT60, HAEMOLYTIC_ANAEMIA (Hb &lt; 7 g/dL or a
 * fall &gt; 3 g/dL), REQUIRES_PREDNISONE_DOUBLING (a new/worse feature that required doubling prednisone). All members
 * are optional (absent list = none, absent flag = false). When the whole {@code sfi} object is absent the criteria
 * that need it are reported as not evaluated.
 *
 * @param newOrWorse feature codes, upper-case, in input order, without duplicates
 * @param hospitalised hospitalised for SLE since the previous visit
 * @param nsaidAdded NSAID added for SLE activity since the previous visit
 */
public record SfiInput(List<String> newOrWorse, boolean hospitalised, boolean nsaidAdded) {
    private static final Set<String> MEMBERS = Set.of("new_or_worse", "nsaid_added", "hospitalised");

    public SfiInput {
        newOrWorse = List.copyOf(newOrWorse);
        SfiDefinition d = SfiDefinition.standard();
        for (String c : newOrWorse) {
            if (!d.featureByCode().containsKey(c)) {
                throw new IllegalArgumentException("unknown SFI feature " + c + "; allowed: " + d.allowedFeatures());
            }
        }
    }

    public SfiInput(List<String> newOrWorse, boolean hospitalised) {
        this(newOrWorse, hospitalised, false);
    }

    /** Parses the {@code sfi} object at JSON path {@code path}; throws FieldException on bad input. */
    public static SfiInput fromJson(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new FieldException(path, "expected an object with members new_or_worse, nsaid_added, hospitalised");
        }
        JsonFields.onlyKnown(
                node,
                path,
                MEMBERS,
                Map.of("hospitalized", "use hospitalised", "newOrWorse", "use new_or_worse", "nsaid", "use nsaid_added"));
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
                            p + "[" + i + "]",
                            "unknown SFI feature " + e + "; allowed: " + d.allowedFeatures());
                }
                if (!codes.contains(c)) codes.add(c);
            }
        }
        Boolean hosp = JsonFields.bool(node, "hospitalised", path);
        Boolean nsaid = JsonFields.bool(node, "nsaid_added", path);
        return new SfiInput(codes, Boolean.TRUE.equals(hosp), Boolean.TRUE.equals(nsaid));
    }
}
