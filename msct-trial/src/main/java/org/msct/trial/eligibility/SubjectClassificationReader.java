package org.msct.trial.eligibility;

import static org.msct.instruments.json.JsonFields.bool;
import static org.msct.instruments.json.JsonFields.object;
import static org.msct.instruments.json.JsonFields.onlyKnown;
import static org.msct.instruments.json.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.FieldException;
import org.msct.trial.protocol.CriteriaFiles;

/** Reads the {@code classification} and {@code bilag} members of SUBJECT-DATA (see {@link SubjectDataReader}). */
final class SubjectClassificationReader {
    private SubjectClassificationReader() {}

    static Map<String, ClassificationFindings> classification(@Nullable JsonNode n) {
        if (n == null) return Map.of();
        onlyKnown(n, "classification", CriteriaFiles.CLASSIFICATION.keySet(), Map.of());
        Map<String, ClassificationFindings> out = new LinkedHashMap<>();
        for (String set : CriteriaFiles.CLASSIFICATION.keySet()) {
            JsonNode s = object(n, set, "classification");
            if (s == null) continue;
            String p = "classification." + set;
            onlyKnown(s, p, Set.of("items", "fulfilled"), Map.of());
            ClassificationCriteria c = ClassificationCriteria.get(set);
            Map<String, Boolean> items = new LinkedHashMap<>();
            JsonNode it = object(s, "items", p);
            if (it != null) {
                for (Map.Entry<String, JsonNode> e : it.properties()) {
                    String code = e.getKey().strip().toUpperCase(Locale.ROOT);
                    String ip = p + ".items." + e.getKey();
                    if (c.item(code).isEmpty()) {
                        throw new FieldException(
                                ip,
                                "unknown " + set + " item '" + e.getKey() + "'; allowed: "
                                        + String.join(", ", c.codes()));
                    }
                    if (e.getValue().isNull()) continue;
                    if (!e.getValue().isBoolean()) {
                        throw new FieldException(
                                ip,
                                "value " + e.getValue() + " is not allowed; allowed: true (met),"
                                        + " false (not met), or leave the item out when not assessed");
                    }
                    items.put(code, e.getValue().booleanValue());
                }
            }
            out.put(set, new ClassificationFindings(items, bool(s, "fulfilled", p)));
        }
        return out;
    }

    static SubjectData.@Nullable Bilag bilag(@Nullable JsonNode n) {
        if (n == null) return null;
        onlyKnown(n, "bilag", Set.of("scheme", "grades"), Map.of());
        String scheme = text(n, "scheme", "bilag");
        SubjectData.BilagScheme s;
        if ("classic".equalsIgnoreCase(scheme)) s = SubjectData.BilagScheme.CLASSIC;
        else if ("2004".equals(scheme)) s = SubjectData.BilagScheme.BILAG_2004;
        else
            throw new FieldException(
                    "bilag.scheme",
                    (scheme == null ? "required" : "value '" + scheme + "' is not allowed")
                            + "; allowed: classic (8 systems), 2004 (9 domains)");
        JsonNode g = object(n, "grades", "bilag");
        if (g == null) throw new FieldException("bilag.grades", "required: system -> grade A-E");
        Map<String, BilagGrade> grades = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : g.properties()) {
            String sys = e.getKey().strip().toUpperCase(Locale.ROOT);
            String p = "bilag.grades." + e.getKey();
            if (!s.systems().contains(sys)) {
                throw new FieldException(
                        p,
                        "unknown " + scheme + " BILAG system '" + e.getKey() + "'; allowed: "
                                + String.join(", ", s.systems()));
            }
            if (e.getValue().isNull()) continue;
            String v =
                    e.getValue().isTextual() ? e.getValue().textValue().strip().toUpperCase(Locale.ROOT) : "";
            if (!v.matches("[A-E]")) {
                throw new FieldException(p, "value " + e.getValue() + " is not a BILAG grade; allowed: A, B, C, D, E");
            }
            grades.put(sys, BilagGrade.valueOf(v));
        }
        return new SubjectData.Bilag(s, grades);
    }
}
