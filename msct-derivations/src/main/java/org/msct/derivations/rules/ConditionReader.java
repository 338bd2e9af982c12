package org.msct.derivations.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.bds.ParameterCatalog;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.units.DefinitionReader;

/**
 * Reads the {@code condition} objects of a rule set, collecting findings: unknown type or member, unknown parameter,
 * operator or grade, a reference or {@code stateIn} outside an event definition, a grade condition without a BILAG
 * scheme, an empty combinator.
 */
final class ConditionReader {
    private final DefinitionReader r;
    private final ParameterCatalog catalog;
    private final boolean event;
    private boolean usesGrades;

    ConditionReader(DefinitionReader r, ParameterCatalog catalog, boolean event) {
        this.r = r;
        this.catalog = catalog;
        this.event = event;
    }

    /** True when a grade condition was read. */
    boolean usesGrades() {
        return usesGrades;
    }

    @Nullable
    Condition read(@Nullable JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            r.problem(path, "must be a condition object");
            return null;
        }
        String type = r.text(n, "type", path + ".type");
        return switch (type) {
            case "compare" -> numeric(n, path, "of", true);
            case "ratio", "change" -> numeric(n, path, type.equals("ratio") ? "to" : "from", false);
            case "gradeCount" -> gradeCount(n, path);
            case "newGrades" -> newGrades(n, path);
            case "gradesHeldAtBaseline" -> held(n, path);
            case "stateIn" -> stateIn(n, path);
            case "allOf", "anyOf" -> combine(n, path, type);
            case "not" -> not(n, path);
            case "" -> null;
            default -> {
                r.problem(
                        path + ".type",
                        "value " + type
                                + " is not allowed; allowed: compare, ratio, change, gradeCount, newGrades, gradesHeldAtBaseline, stateIn, allOf, anyOf, not");
                yield null;
            }
        };
    }

    private @Nullable Condition numeric(JsonNode n, String path, String anchorMember, boolean current) {
        r.onlyMembers(n, path, Set.of("type", "param", anchorMember, "op", "value", "ifMissing", "remarks"));
        String param = r.text(n, "param", path + ".param");
        if (!param.isEmpty() && catalog.get(param).map(p -> p.grade()).orElse(true))
            r.problem(path + ".param", "value " + param + " is not a numeric parameter of the catalogue");
        Anchor anchor = anchor(n, anchorMember, path, current);
        Op op = op(n, path);
        double value = r.number(n, "value", path + ".value");
        IfMissing missing = ifMissing(n, path);
        if (param.isEmpty() || anchor == null || op == null || Double.isNaN(value) || missing == null) return null;
        String type = n.get("type").asText();
        if (type.equals("compare")) return new Condition.Compare(param, anchor, op, value, missing);
        if (type.equals("ratio")) return new Condition.Ratio(param, anchor, op, value, missing);
        return new Condition.Change(param, anchor, op, value, missing);
    }

    private @Nullable Anchor anchor(JsonNode n, String member, String path, boolean currentAllowed) {
        JsonNode a = n.get(member);
        if (a == null && currentAllowed) return Anchor.CURRENT;
        String code = r.text(n, member, path + "." + member);
        for (Anchor x : Anchor.values()) {
            if (!x.code().equals(code) || (x == Anchor.CURRENT && !currentAllowed)) continue;
            if (x == Anchor.REFERENCE && !event) {
                r.problem(path + "." + member, "value reference is only allowed in flare / relapse definitions");
                return null;
            }
            return x;
        }
        if (!code.isEmpty())
            r.problem(
                    path + "." + member,
                    "value " + code + " is not allowed; allowed: " + (currentAllowed ? "value, " : "")
                            + "baseline, reference");
        return null;
    }

    private @Nullable Op op(JsonNode n, String path) {
        String code = r.text(n, "op", path + ".op");
        Optional<Op> op = Op.fromCode(code);
        if (op.isEmpty() && !code.isEmpty())
            r.problem(path + ".op", "value " + code + " is not allowed; allowed: lt, le, gt, ge, eq, ne");
        return op.orElse(null);
    }

    private @Nullable IfMissing ifMissing(JsonNode n, String path) {
        if (!n.has("ifMissing")) return IfMissing.UNKNOWN;
        String code = r.text(n, "ifMissing", path + ".ifMissing");
        for (IfMissing m : IfMissing.values()) if (m.code().equals(code)) return m;
        if (!code.isEmpty())
            r.problem(path + ".ifMissing", "value " + code + " is not allowed; allowed: unknown, met, notMet");
        return null;
    }

    private @Nullable Set<BilagGrade> grades(JsonNode n, String member, String path) {
        usesGrades = true;
        JsonNode a = r.array(n, member, path + "." + member);
        if (a == null) return null;
        Set<BilagGrade> out = EnumSet.noneOf(BilagGrade.class);
        for (int i = 0; i < a.size(); i++) {
            String g = a.get(i).asText("");
            try {
                out.add(BilagGrade.valueOf(g));
            } catch (IllegalArgumentException e) {
                r.problem(
                        path + "." + member + "[" + i + "]", "value " + g + " is not allowed; allowed: A, B, C, D, E");
                return null;
            }
        }
        return out;
    }

    private int count(JsonNode n, String path) {
        JsonNode c = n.get("count");
        if (c == null || !c.isIntegralNumber() || c.intValue() < 0) {
            r.problem(path + ".count", "must be an integer >= 0");
            return -1;
        }
        return c.intValue();
    }

    private @Nullable Condition gradeCount(JsonNode n, String path) {
        r.onlyMembers(n, path, Set.of("type", "grades", "op", "count", "remarks"));
        Set<BilagGrade> g = grades(n, "grades", path);
        Op op = op(n, path);
        int c = count(n, path);
        return g == null || op == null || c < 0 ? null : new Condition.GradeCount(g, op, c);
    }

    private @Nullable Condition newGrades(JsonNode n, String path) {
        r.onlyMembers(n, path, Set.of("type", "grades", "relativeTo", "op", "count", "remarks"));
        Set<BilagGrade> g = grades(n, "grades", path);
        Anchor a = anchor(n, "relativeTo", path, false);
        Op op = op(n, path);
        int c = count(n, path);
        return g == null || a == null || op == null || c < 0 ? null : new Condition.NewGrades(g, a, op, c);
    }

    private @Nullable Condition held(JsonNode n, String path) {
        r.onlyMembers(n, path, Set.of("type", "now", "baselineIn", "remarks"));
        Set<BilagGrade> now = grades(n, "now", path);
        Set<BilagGrade> base = grades(n, "baselineIn", path);
        return now == null || base == null ? null : new Condition.GradesHeldAtBaseline(now, base);
    }

    private @Nullable Condition stateIn(JsonNode n, String path) {
        r.onlyMembers(n, path, Set.of("type", "states", "remarks"));
        if (!event) r.problem(path, "stateIn is only allowed in flare / relapse definitions");
        JsonNode a = r.array(n, "states", path + ".states");
        if (a == null || !event) return null;
        Set<String> states = new LinkedHashSet<>();
        a.forEach(s -> states.add(s.asText()));
        return new Condition.StateIn(states);
    }

    private @Nullable Condition combine(JsonNode n, String path, String type) {
        r.onlyMembers(n, path, Set.of("type", "conditions", "remarks"));
        JsonNode a = r.array(n, "conditions", path + ".conditions");
        if (a == null) return null;
        List<Condition> parts = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < a.size(); i++) {
            Condition c = read(a.get(i), path + ".conditions[" + i + "]");
            if (c == null) ok = false;
            else parts.add(c);
        }
        if (!ok) return null;
        return type.equals("allOf") ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
    }

    private @Nullable Condition not(JsonNode n, String path) {
        r.onlyMembers(n, path, Set.of("type", "condition", "remarks"));
        Condition c = read(n.get("condition"), path + ".condition");
        return c == null ? null : new Condition.Not(c);
    }
}
