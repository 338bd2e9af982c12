package org.msct.trial.eligibility;

import static org.msct.instruments.json.JsonFields.integer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.input.ScoreInputReader;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.sledai.Sledai2k;
import org.msct.instruments.sledai.SledaiOptions;

/**
 * Reads the {@code sledai2k} member of SUBJECT-DATA: either a recorded {@code score} (0–105), or descriptors in the
 * form of {@code msct score} (shared/spec/cli-contract.md §2: {@code present}, {@code not_attributable},
 * {@code arthritis_joints}) with optional {@code labs}, which the instruments module scores (SLEDAI-2K defaults:
 * 10-day window, no UPCR substitution).
 */
final class SubjectSledaiReader {
    private SubjectSledaiReader() {}

    private static final Set<String> DESCRIPTOR_MEMBERS = Set.of("present", "not_attributable", "arthritis_joints");

    static SubjectData.@Nullable Sledai sledai(@Nullable JsonNode n) {
        if (n == null) return null;
        boolean descriptors = DESCRIPTOR_MEMBERS.stream().anyMatch(n::has) || n.has("labs");
        Integer score = integer(n, "score", "sledai2k", 0, 105, "0 to 105");
        if (score != null && descriptors) {
            throw new FieldException(
                    "sledai2k.score", "give either a recorded score or descriptors (present, labs), not both");
        }
        if (score != null) {
            if (n.size() > 1) {
                n.fieldNames().forEachRemaining(k -> {
                    if (!k.equals("score"))
                        throw new FieldException(
                                "sledai2k." + k,
                                "unknown member '" + k
                                        + "'; allowed: score, or present, not_attributable, arthritis_joints, labs");
                });
            }
            return new SubjectData.Sledai(score, null);
        }
        if (!descriptors)
            throw new FieldException("sledai2k", "give score, or present (descriptor codes) with optional labs");
        ObjectNode current = JsonNodeFactory.instance.objectNode();
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        n.properties().forEach(e -> {
            if (e.getKey().equals("labs")) current.set("labs", e.getValue());
            else s.set(e.getKey(), e.getValue());
        });
        current.set("sledai2k", s);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("current", current);
        try {
            Assessment a = ScoreInputReader.read(root).current();
            return new SubjectData.Sledai(null, Sledai2k.score(a, SledaiOptions.DEFAULTS));
        } catch (FieldException e) {
            String f = e.field();
            String mapped = f.startsWith("current.labs")
                    ? "sledai2k." + f.substring("current.".length())
                    : f.startsWith("current.sledai2k") ? f.substring("current.".length()) : "sledai2k";
            throw new FieldException(mapped, e.getMessage().substring(f.length() + 2));
        }
    }
}
