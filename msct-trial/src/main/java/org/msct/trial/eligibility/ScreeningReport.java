package org.msct.trial.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msct.core.json.JsonObject;

/**
 * Renders a {@link ScreeningResult}: as a JSON object (member names snake_case; statuses as enum names) and as a
 * readable text table.
 */
public final class ScreeningReport {
    private ScreeningReport() {}

    /**
     * <pre>{@code
     * {"subject_id": "...", "protocol": {"id": "wang-2014", "version": "1.0.0"}, "options": {...},
     *  "on": "2024-03-01", "decision": "ELIGIBLE",
     *  "counts": {"met": 9, "not_met": 3, "missing_data": 0},
     *  "criteria": [{"code": "INCL02", "category": "INCLUSION", "text": "...", "status": "MET", "outcome": "PASSES",
     *                "rule": "SLEDAI-2K > 6", "value": "12 (as recorded)", "provenance": "verified",
     *                "option": "sledaiThreshold=ABSTRACT_GT6", "parts": [...]}]}
     * }</pre>
     */
    public static JsonObject toJson(ScreeningResult r) {
        JsonObject options = JsonObject.create();
        r.options().values().forEach(options::put);
        List<Object> criteria = new ArrayList<>();
        for (CriterionResult c : r.criteria()) {
            JsonObject o = JsonObject.create()
                    .put("code", c.code())
                    .put("category", c.category().name())
                    .put("text", c.text())
                    .put("status", c.status().name())
                    .put("outcome", c.outcome().name())
                    .put("rule", c.evaluation().rule())
                    .put("value", c.evaluation().value())
                    .put(
                            "provenance",
                            c.provenance() == null ? null : c.provenance().json())
                    .put("option", c.option());
            if (!c.evaluation().parts().isEmpty())
                o.put("parts", parts(c.evaluation().parts()));
            criteria.add(o);
        }
        return JsonObject.create()
                .put("subject_id", r.subjectId())
                .put("protocol", JsonObject.create().put("id", r.protocolId()).put("version", r.protocolVersion()))
                .put("options", options)
                .put("on", r.on().toString())
                .put("decision", r.decision().name())
                .put(
                        "counts",
                        JsonObject.create()
                                .put("met", r.count(Status.MET))
                                .put("not_met", r.count(Status.NOT_MET))
                                .put("missing_data", r.count(Status.MISSING_DATA)))
                .put("criteria", criteria);
    }

    private static List<Object> parts(List<Evaluation> parts) {
        List<Object> out = new ArrayList<>();
        for (Evaluation e : parts) {
            JsonObject o = JsonObject.create()
                    .put("status", e.status().name())
                    .put("rule", e.rule())
                    .put("value", e.value());
            if (!e.parts().isEmpty()) o.put("parts", parts(e.parts()));
            out.add(o);
        }
        return out;
    }

    /** A text table: one row per criterion (code, category, status, outcome, text), then its rule and value. */
    public static String toText(ScreeningResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Subject ")
                .append(r.subjectId())
                .append("  protocol ")
                .append(r.protocolId())
                .append(" v")
                .append(r.protocolVersion())
                .append("  on ")
                .append(r.on())
                .append('\n');
        sb.append("Options: ");
        sb.append(
                r.options().values().isEmpty()
                        ? "(none)"
                        : String.join(
                                ", ",
                                r.options().values().entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList()));
        sb.append("\n\n");
        sb.append(String.format(
                Locale.ROOT, "%-8s %-9s %-12s %-8s %s%n", "CODE", "CATEGORY", "STATUS", "OUTCOME", "CRITERION"));
        for (CriterionResult c : r.criteria()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-8s %-9s %-12s %-8s %s%n",
                    c.code(),
                    c.category(),
                    c.status(),
                    c.outcome(),
                    c.text()));
            sb.append("         rule:  ").append(c.evaluation().rule()).append('\n');
            if (c.evaluation().value() != null)
                sb.append("         value: ").append(c.evaluation().value()).append('\n');
            lines(c.evaluation().parts(), "           ", sb);
        }
        sb.append('\n')
                .append("Decision: ")
                .append(r.decision())
                .append("  (met ")
                .append(r.count(Status.MET))
                .append(", not met ")
                .append(r.count(Status.NOT_MET))
                .append(", missing data ")
                .append(r.count(Status.MISSING_DATA))
                .append(")\n");
        return sb.toString();
    }

    private static void lines(List<Evaluation> parts, String indent, StringBuilder sb) {
        for (Evaluation e : parts) {
            sb.append(indent).append("- ").append(e.status()).append(": ").append(e.rule());
            if (e.value() != null) sb.append(" [").append(e.value()).append(']');
            sb.append('\n');
            lines(e.parts(), indent + "  ", sb);
        }
    }
}
