package org.msct.derivations.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.msct.derivations.bds.ParameterCatalog;
import org.msct.derivations.bilag.BilagSchemes;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;

/**
 * Loads, validates and applies rule sets. Files are {@code derivations/<family folder>/<id>.v1.json}; the shipped ids
 * are listed in {@code derivations/catalog.v1.json}.
 *
 * <p>File shape: {@code id}, {@code version}, {@code source.citation}, {@code remarks} (house style), {@code family}
 * (the folder name), {@code variant} (endpoint-rules.md variant id), optional {@code bilagScheme}, {@code reference}
 * (event families only, required there), {@code outcomes} (non-empty list of {@code {code, aval, label, condition}})
 * and {@code otherwise} ({@code {code, aval, label}}).
 */
public final class RuleSets {
    private RuleSets() {}

    /** The shipped rule set {@code id} of {@code family}, or an exception listing every finding. */
    public static RuleSet load(Family family, String id) {
        String file = "derivations/" + family.folder() + "/" + id + ".v1.json";
        return read(file, DefinitionReader.parseResource(file), family, id, ParameterCatalog.standard())
                .orThrow();
    }

    /** Ids of the shipped rule sets of {@code family}, from the catalogue file. */
    public static List<String> shipped(Family family) {
        JsonNode cat =
                DefinitionReader.parseResource("derivations/catalog.v1.json").get(family.folder());
        List<String> ids = new ArrayList<>();
        if (cat != null) cat.forEach(n -> ids.add(n.asText()));
        return ids;
    }

    /** Reads a rule set, reporting every problem. */
    public static Loaded<RuleSet> read(
            String file, JsonNode root, Family family, String expectedId, ParameterCatalog catalog) {
        DefinitionReader r = new DefinitionReader(file);
        int version = r.header(root, expectedId);
        if (!root.isObject()) return r.result(null);
        r.onlyMembers(
                root,
                "$",
                Set.of(
                        "id",
                        "version",
                        "source",
                        "remarks",
                        "family",
                        "variant",
                        "bilagScheme",
                        "reference",
                        "outcomes",
                        "otherwise"));
        String fam = r.text(root, "family", "family");
        if (!fam.isEmpty() && !fam.equals(family.folder()))
            r.problem("family", "value " + fam + " is not allowed; expected " + family.folder());
        String variant = r.text(root, "variant", "variant");
        Optional<String> scheme = Optional.empty();
        if (root.has("bilagScheme")) {
            scheme = Optional.of(r.text(root, "bilagScheme", "bilagScheme"));
            if (!BilagSchemes.SHIPPED.contains(scheme.get()))
                r.problem(
                        "bilagScheme",
                        "value " + scheme.get() + " is not a shipped BILAG scheme; allowed: " + BilagSchemes.SHIPPED);
        }
        Optional<Reference> reference = reference(r, root, family);
        ConditionReader cr = new ConditionReader(r, catalog, family.isEvent());
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> avals = new HashSet<>();
        JsonNode list = r.array(root, "outcomes", "outcomes");
        for (int i = 0; list != null && i < list.size(); i++) {
            String p = "outcomes[" + i + "]";
            JsonNode n = list.get(i);
            r.onlyMembers(n, p, Set.of("code", "aval", "label", "condition", "remarks"));
            String code = code(r, n, p, codes, avals);
            int aval = n.path("aval").asInt();
            String label = r.text(n, "label", p + ".label");
            Condition c = cr.read(n.get("condition"), p + ".condition");
            if (c != null && !code.isEmpty()) outcomes.add(new Outcome(code, aval, label, c));
        }
        JsonNode other = r.object(root, "otherwise", "otherwise");
        String otherCode = "";
        int otherAval = 0;
        if (other != null) {
            r.onlyMembers(other, "otherwise", Set.of("code", "aval", "label", "remarks"));
            otherCode = code(r, other, "otherwise", codes, avals);
            otherAval = other.path("aval").asInt();
            r.text(other, "label", "otherwise.label");
        }
        if (cr.usesGrades() && scheme.isEmpty())
            r.problem("bilagScheme", "must name a BILAG scheme: the conditions use grades");
        if (!r.ok()) return r.result(null);
        String citation = root.get("source").get("citation").asText();
        return r.result(new RuleSet(
                expectedId,
                version,
                family,
                variant,
                citation,
                root.get("remarks").asText(),
                scheme,
                reference,
                outcomes,
                otherCode,
                otherAval));
    }

    private static Optional<Reference> reference(DefinitionReader r, JsonNode root, Family family) {
        if (!family.isEvent()) {
            if (root.has("reference")) r.problem("reference", "is only allowed in flare / relapse definitions");
            return Optional.empty();
        }
        String code = r.text(root, "reference", "reference");
        Optional<Reference> ref = Reference.fromCode(code);
        if (ref.isEmpty() && !code.isEmpty())
            r.problem(
                    "reference",
                    "value " + code + " is not allowed; allowed: responseVisit, previousVisit, baseline, nadir");
        return ref;
    }

    private static String code(DefinitionReader r, JsonNode n, String p, Set<String> codes, Set<Integer> avals) {
        String code = r.text(n, "code", p + ".code");
        if (code.length() > 20) r.problem(p + ".code", "value " + code + " is longer than 20 characters");
        if (code.equals(RuleSet.NOT_EVALUABLE))
            r.problem(p + ".code", "value NE is reserved for visits that cannot be classified");
        if (!code.isEmpty() && !codes.add(code)) r.problem(p + ".code", "value " + code + " is used twice");
        JsonNode a = n.get("aval");
        if (a == null || !a.isIntegralNumber()) r.problem(p + ".aval", "must be an integer");
        else if (!avals.add(a.intValue())) r.problem(p + ".aval", "value " + a.intValue() + " is used twice");
        return code;
    }

    /**
     * Classifies one visit.
     *
     * <p>Response families: outcomes in order of merit; the first {@code MET} wins; an {@code UNKNOWN} outcome before
     * it makes the visit not evaluable ({@code NE}: it might have been the better state); all {@code NOT_MET} gives
     * {@code otherwise}.
     *
     * <p>Event families: the first {@code MET} outcome wins even after an {@code UNKNOWN} one (an event is certain,
     * only its type is uncertain); no {@code MET} and any {@code UNKNOWN} gives {@code NE}; all {@code NOT_MET} gives
     * {@code otherwise}.
     *
     * @return the AVALC code
     */
    public static String classify(RuleSet rules, EvalContext ctx) {
        boolean unknown = false;
        for (Outcome o : rules.outcomes()) {
            Truth t = Conditions.evaluate(o.condition(), ctx);
            if (t == Truth.MET) return o.code();
            if (t == Truth.UNKNOWN) {
                if (!rules.family().isEvent()) return RuleSet.NOT_EVALUABLE;
                unknown = true;
            }
        }
        return unknown ? RuleSet.NOT_EVALUABLE : rules.otherwiseCode();
    }

    /** AVAL of a code of {@code rules}; empty for NE. */
    public static Optional<Integer> aval(RuleSet rules, String code) {
        if (code.equals(rules.otherwiseCode())) return Optional.of(rules.otherwiseAval());
        return rules.outcome(code).map(Outcome::aval);
    }
}
