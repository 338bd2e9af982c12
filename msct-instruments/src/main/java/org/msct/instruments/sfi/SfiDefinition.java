package org.msct.instruments.sfi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.sledai.Comparison;
import org.msct.instruments.sledai.DefinitionReader;
import org.msct.instruments.sledai.LabField;
import org.msct.instruments.sledai.LabRule;
import org.msct.instruments.sledai.SledaiDefinition;
import org.msct.instruments.sledai.Threshold;

/**
 * The classic SELENA-SLEDAI Flare Index thresholds, feature codes and immunosuppressant groups, loaded from
 * {@code instruments/selena-flare-index.v1.json} (shared/spec/instruments.md §2.2). Immutable.
 *
 * @param id definition id
 * @param version definition version
 * @param sledaiMildIncrease SLEDAI increase of the mild criterion (≥ 3)
 * @param sledaiSevereLevel SLEDAI level of the severe criterion (&gt; 12)
 * @param prednisoneSevere prednisone mg/kg/day of the severe criterion (&gt; 0.5)
 * @param prednisoneDoubling ratio current/previous counted as doubling (≥ 2)
 * @param pgaMildIncrease PGA increase of the mild criterion (≥ 1.0)
 * @param pgaSevereLevel PGA level of the severe criterion (&gt; 2.5)
 * @param features new/worse feature codes in file order
 * @param featureByCode lookup by code
 * @param groups immunosuppressant groups; a group is new when none of its codes was taken at the previous visit
 */
public record SfiDefinition(
        String id,
        String version,
        Threshold sledaiMildIncrease,
        Threshold sledaiSevereLevel,
        Threshold prednisoneSevere,
        Threshold prednisoneDoubling,
        Threshold pgaMildIncrease,
        Threshold pgaSevereLevel,
        List<Feature> features,
        Map<String, Feature> featureByCode,
        List<Group> groups) {

    public static final String RESOURCE = "/instruments/selena-flare-index.v1.json";

    /**
     * A new/worse feature code.
     *
     * @param code code used in {@code sfi.new_or_worse}
     * @param flare level of the criterion it triggers
     * @param label description
     * @param labDerivation lab rule that derives the feature from values (new or worse than previous), or null
     * @param notAttributableIf SLEDAI-2K descriptor whose "not attributable" mark suppresses the derivation, or null
     * @param hbLevel haemoglobin rule for the consistency check, or null
     * @param hbFall haemoglobin fall (g/dL) for the consistency check, or null
     */
    public record Feature(
            String code,
            Flare flare,
            String label,
            @Nullable LabRule labDerivation,
            @Nullable String notAttributableIf,
            @Nullable LabRule hbLevel,
            @Nullable Threshold hbFall) {}

    /** An immunosuppressant group and its drug codes (as in {@code immunosuppressants}). */
    public record Group(String name, List<String> codes) {
        public Group {
            codes = List.copyOf(codes);
        }
    }

    /** A parsed definition (when valid) and its findings. */
    public record Parsed(@Nullable SfiDefinition definition, List<String> findings) {}

    public SfiDefinition {
        features = List.copyOf(features);
        featureByCode = Map.copyOf(featureByCode);
        groups = List.copyOf(groups);
    }

    private static final class Holder {
        static final SfiDefinition STANDARD = loadResource(RESOURCE);
    }

    /** The shipped definition, validated once. */
    public static SfiDefinition standard() {
        return Holder.STANDARD;
    }

    /** All feature codes in file order, comma-separated. */
    public String allowedFeatures() {
        StringBuilder sb = new StringBuilder();
        for (Feature f : features) sb.append(sb.length() == 0 ? "" : ", ").append(f.code());
        return sb.toString();
    }

    public static SfiDefinition loadResource(String resource) {
        Parsed p = validateResource(resource);
        if (p.definition() == null) throw new IllegalStateException("invalid " + resource + ": " + p.findings());
        return p.definition();
    }

    /** Reads and validates a definition resource, returning every finding. */
    public static Parsed validateResource(String resource) {
        DefinitionReader r = new DefinitionReader();
        JsonNode root = r.readObjectResource(resource);
        if (root == null) return new Parsed(null, r.findings());
        r.header(root, "selena-flare-index");
        JsonNode sledai = r.object(root, "sledai", "");
        JsonNode pred = r.object(root, "prednisone", "");
        JsonNode pga = r.object(root, "pga", "");
        Threshold sMild = sledai == null ? null : r.threshold(sledai, "mildIncrease", "sledai");
        Threshold sSevere = sledai == null ? null : r.threshold(sledai, "severeLevel", "sledai");
        Threshold pSevere = pred == null ? null : r.threshold(pred, "severeMgPerKgDay", "prednisone");
        Threshold pDouble = pred == null ? null : r.threshold(pred, "doubling", "prednisone");
        Threshold gMild = pga == null ? null : r.threshold(pga, "mildIncrease", "pga");
        Threshold gSevere = pga == null ? null : r.threshold(pga, "severeLevel", "pga");
        for (Threshold t : new Threshold[] {sMild, sSevere, pSevere, pDouble, gMild, gSevere}) {
            if (t != null && (t.op() == Comparison.LT || t.op() == Comparison.LE)) {
                r.problem("thresholds", "flare thresholds must be gt or ge, found " + t);
            }
        }
        List<Feature> features = new ArrayList<>();
        Map<String, Feature> byCode = new HashMap<>();
        JsonNode arr = r.array(root, "features", "");
        if (arr != null) {
            for (int i = 0; i < arr.size(); i++) {
                Feature f = feature(arr.get(i), "features[" + i + "]", r);
                if (f == null) continue;
                if (byCode.putIfAbsent(f.code(), f) != null)
                    r.problem("features[" + i + "].code", "duplicate code " + f.code());
                else features.add(f);
            }
        }
        List<Group> groups = new ArrayList<>();
        JsonNode garr = r.array(root, "immunosuppressantGroups", "");
        if (garr != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < garr.size(); i++) {
                String p = "immunosuppressantGroups[" + i + "]";
                JsonNode g = garr.get(i);
                String name = r.code(g, "name", p);
                JsonNode codes = r.array(g, "codes", p);
                if (name == null || codes == null) continue;
                List<String> list = new ArrayList<>();
                for (int j = 0; j < codes.size(); j++) {
                    String c = r.code(codes, j, p + ".codes");
                    if (c != null && !seen.add(c))
                        r.problem(p + ".codes[" + j + "]", "code " + c + " is in two groups");
                    if (c != null) list.add(c);
                }
                groups.add(new Group(name, list));
            }
        }
        if (!r.ok()) return new Parsed(null, r.findings());
        return new Parsed(
                new SfiDefinition(
                        root.get("id").textValue(),
                        root.get("version").textValue(),
                        sMild,
                        sSevere,
                        pSevere,
                        pDouble,
                        gMild,
                        gSevere,
                        features,
                        byCode,
                        groups),
                List.of());
    }

    private static @Nullable Feature feature(JsonNode n, String p, DefinitionReader r) {
        if (!n.isObject()) {
            r.problem(p, "must be an object");
            return null;
        }
        String code = r.code(n, "code", p);
        String flareName = r.text(n, "flare", p);
        String label = r.text(n, "label", p);
        Flare flare = null;
        if (flareName != null) {
            if (flareName.equals(Flare.MILD_MODERATE.name())) flare = Flare.MILD_MODERATE;
            else if (flareName.equals(Flare.SEVERE.name())) flare = Flare.SEVERE;
            else r.problem(p + ".flare", "'" + flareName + "' is not allowed; allowed: MILD_MODERATE, SEVERE");
        }
        LabRule derivation = null;
        boolean ok = true;
        if (n.has("labDerivation")) {
            derivation = r.labRule(n.get("labDerivation"), p + ".labDerivation");
            ok &= derivation != null;
            if (derivation != null && !derivation.field().numeric()) {
                r.problem(
                        p + ".labDerivation",
                        "must be a numeric lab (new or worse is judged against the previous value)");
                ok = false;
            }
        }
        String notAttr = null;
        if (n.has("notAttributableIf")) {
            notAttr = r.code(n, "notAttributableIf", p);
            if (notAttr != null && SledaiDefinition.standard().indexOf(notAttr) < 0) {
                r.problem(p + ".notAttributableIf", "'" + notAttr + "' is not a SLEDAI-2K descriptor");
                ok = false;
            }
            if (derivation == null) {
                r.problem(p + ".notAttributableIf", "only applies with labDerivation");
                ok = false;
            }
        }
        LabRule hbLevel = null;
        Threshold hbFall = null;
        if (n.has("labsCheck")) {
            JsonNode c = r.object(n, "labsCheck", p);
            if (c != null) {
                JsonNode level = r.object(c, "level", p + ".labsCheck");
                hbLevel = level == null ? null : r.labRule(level, p + ".labsCheck.level");
                hbFall = r.threshold(c, "fall", p + ".labsCheck");
                if (hbLevel != null && hbLevel.field() != LabField.HEMOGLOBIN) {
                    r.problem(p + ".labsCheck.level.field", "must be hemoglobin_g_dl");
                }
            }
            ok &= hbLevel != null && hbFall != null;
        }
        if (!ok || code == null || flare == null || label == null) return null;
        return new Feature(code, flare, label, derivation, notAttr, hbLevel, hbFall);
    }
}
