package org.msct.instruments.sledai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The SLEDAI-2K descriptor table (shared/spec/instruments.md §1.2) as loaded from
 * {@code instruments/sledai-2k.v1.json}: 24 descriptors in table order with code, weight, membership of the clinical
 * score, and the lab rules that derive a descriptor from values. Immutable; {@link #standard()} is loaded once.
 *
 * @param id definition id ({@code sledai-2k})
 * @param version definition version
 * @param citation primary reference
 * @param descriptors descriptors in table order (index = position)
 * @param maxScore declared maximum total (sum of all weights, 105)
 * @param clinicalMaxScore declared maximum clinical score (101)
 * @param originalWindowDays recall window of the original instrument (10)
 * @param alternativeWindowDays validated alternative recall window (30)
 * @param indexByCode descriptor code → index in {@code descriptors}
 */
public record SledaiDefinition(
        String id,
        String version,
        String citation,
        List<Descriptor> descriptors,
        int maxScore,
        int clinicalMaxScore,
        int originalWindowDays,
        int alternativeWindowDays,
        Map<String, Integer> indexByCode) {

    /** Resource path of the shipped definition. */
    public static final String RESOURCE = "/instruments/sledai-2k.v1.json";

    /**
     * One descriptor.
     *
     * @param number row number 1–24 of the table
     * @param code descriptor code, e.g. {@code THROMBOCYTOPENIA}
     * @param weight points when present
     * @param inClinicalScore counted by the clinical SLEDAI-2K (false for serology)
     * @param label paraphrased definition
     * @param labs rules deriving the descriptor from labs (any rule holds → present); empty for clinical descriptors
     * @param jointCount threshold on the number of inflamed joints (ARTHRITIS only), or {@code null}
     * @param protocolSubstitute lab rule used instead of {@code labs} when those values are absent and the protocol
     *     option allows it (UPCR for proteinuria), or {@code null}
     * @param selenaNewOrIncreased under SELENA-SLEDAI the lab evidence counts only when new (previous value not
     *     beyond the threshold) or increased by more than the threshold since the previous assessment (proteinuria)
     */
    public record Descriptor(
            int number,
            String code,
            int weight,
            boolean inClinicalScore,
            String label,
            List<LabRule> labs,
            @Nullable Threshold jointCount,
            @Nullable LabRule protocolSubstitute,
            boolean selenaNewOrIncreased) {
        public Descriptor {
            labs = List.copyOf(labs);
        }

        /** Whether labs can derive this descriptor. */
        public boolean labDerived() {
            return !labs.isEmpty();
        }
    }

    /** A parsed definition (when valid) and the findings of validation (empty when valid). */
    public record Parsed(@Nullable SledaiDefinition definition, List<String> findings) {}

    public SledaiDefinition {
        descriptors = List.copyOf(descriptors);
        indexByCode = Map.copyOf(indexByCode);
    }

    /** The shipped definition, loaded and validated once; throws IllegalStateException if it has findings. */
    public static SledaiDefinition standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final SledaiDefinition STANDARD = loadResource(RESOURCE);
    }

    /** Loads and validates a definition resource; throws IllegalStateException listing the findings. */
    public static SledaiDefinition loadResource(String resource) {
        Parsed p = validateResource(resource);
        if (p.definition() == null) {
            throw new IllegalStateException("invalid definition " + resource + ": " + String.join("; ", p.findings()));
        }
        return p.definition();
    }

    /** Reads and validates a definition resource, returning every finding. */
    public static Parsed validateResource(String resource) {
        DefinitionReader r = new DefinitionReader();
        JsonNode root = r.readResource(resource);
        return root == null ? new Parsed(null, r.findings()) : parse(root, r);
    }

    /** Validates a definition tree, returning every finding. */
    public static Parsed parse(JsonNode root) {
        return parse(root, new DefinitionReader());
    }

    /** Index of {@code code} in table order, or -1. */
    public int indexOf(String code) {
        Integer i = indexByCode.get(code);
        return i == null ? -1 : i;
    }

    /** The descriptor with {@code code}; IllegalArgumentException when unknown. */
    public Descriptor descriptor(String code) {
        int i = indexOf(code);
        if (i < 0)
            throw new IllegalArgumentException("unknown SLEDAI-2K descriptor " + code + "; allowed: " + allowedCodes());
        return descriptors.get(i);
    }

    /** All codes in table order, comma-separated (for messages). */
    public String allowedCodes() {
        StringBuilder sb = new StringBuilder();
        for (Descriptor d : descriptors) sb.append(sb.length() == 0 ? "" : ", ").append(d.code());
        return sb.toString();
    }

    private static Parsed parse(JsonNode root, DefinitionReader r) {
        if (!root.isObject()) {
            r.problem("$", "a definition must be a JSON object");
            return new Parsed(null, r.findings());
        }
        r.header(root, "sledai-2k");
        JsonNode window = r.object(root, "recallWindowDays", "");
        Integer original = window == null ? null : r.integer(window, "original", "recallWindowDays", 1);
        Integer alternative = window == null ? null : r.integer(window, "validatedAlternative", "recallWindowDays", 1);
        if (original != null && original != RecallWindow.WINDOW_10D.days()) {
            r.problem("recallWindowDays.original", "is " + original + "; the engine's WINDOW_10D is 10 days");
        }
        if (alternative != null && alternative != RecallWindow.WINDOW_30D.days()) {
            r.problem("recallWindowDays.validatedAlternative", "is " + alternative + "; WINDOW_30D is 30 days");
        }
        JsonNode score = r.object(root, "score", "");
        Integer max = score == null ? null : r.integer(score, "max", "score", 0);
        Integer clinicalMax = score == null ? null : r.integer(score, "clinicalMax", "score", 0);
        List<Descriptor> list = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        JsonNode arr = r.array(root, "descriptors", "");
        if (arr != null) {
            if (arr.size() > 63) r.problem("descriptors", "more than 63 descriptors are not supported");
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < arr.size(); i++) {
                Descriptor d = descriptor(arr.get(i), "descriptors[" + i + "]", r);
                if (d == null) continue;
                if (index.putIfAbsent(d.code(), list.size()) != null) {
                    r.problem("descriptors[" + i + "].code", "duplicate code " + d.code());
                    continue;
                }
                if (!numbers.add(d.number()))
                    r.problem("descriptors[" + i + "].number", "duplicate number " + d.number());
                if (d.number() != i + 1)
                    r.problem(
                            "descriptors[" + i + "].number",
                            "is " + d.number() + ", expected " + (i + 1) + " (table order)");
                list.add(d);
            }
        }
        int sum = 0;
        int clinicalSum = 0;
        for (Descriptor d : list) {
            sum += d.weight();
            if (d.inClinicalScore()) clinicalSum += d.weight();
        }
        if (r.ok() && max != null && max != sum)
            r.problem("score.max", "is " + max + " but the weights add up to " + sum);
        if (r.ok() && clinicalMax != null && clinicalMax != clinicalSum) {
            r.problem("score.clinicalMax", "is " + clinicalMax + " but the clinical weights add up to " + clinicalSum);
        }
        if (!r.ok()) return new Parsed(null, r.findings());
        JsonNode source = root.get("source");
        return new Parsed(
                new SledaiDefinition(
                        root.get("id").textValue(),
                        root.get("version").textValue(),
                        source.get("citation").textValue(),
                        list,
                        max,
                        clinicalMax,
                        original,
                        alternative,
                        index),
                List.of());
    }

    private static @Nullable Descriptor descriptor(JsonNode n, String p, DefinitionReader r) {
        if (!n.isObject()) {
            r.problem(p, "must be an object");
            return null;
        }
        Integer number = r.integer(n, "number", p, 1);
        String code = r.code(n, "code", p);
        Integer weight = r.integer(n, "weight", p, 1);
        Boolean clinical = r.bool(n, "inClinicalScore", p);
        String label = r.text(n, "label", p);
        List<LabRule> labs = new ArrayList<>();
        boolean ok = true;
        if (n.has("labs")) {
            JsonNode arr = r.array(n, "labs", p);
            if (arr == null) ok = false;
            else {
                for (int i = 0; i < arr.size(); i++) {
                    LabRule rule = r.labRule(arr.get(i), p + ".labs[" + i + "]");
                    if (rule == null) ok = false;
                    else labs.add(rule);
                }
            }
        }
        Threshold joints = null;
        if (n.has("jointCount")) {
            joints = r.threshold(n, "jointCount", p);
            if (joints == null) ok = false;
            else if (joints.op() == Comparison.LT || joints.op() == Comparison.LE) {
                r.problem(p + ".jointCount.op", "must be gt or ge (more joints = present)");
                ok = false;
            }
        }
        LabRule substitute = null;
        if (n.has("protocolSubstitute")) {
            substitute = r.labRule(n.get("protocolSubstitute"), p + ".protocolSubstitute");
            if (substitute == null) ok = false;
            else if (labs.isEmpty()) {
                r.problem(p + ".protocolSubstitute", "needs labs rules to substitute for");
                ok = false;
            }
        }
        boolean selena = false;
        if (n.has("selenaNewOrIncreased")) {
            Boolean b = r.bool(n, "selenaNewOrIncreased", p);
            selena = Boolean.TRUE.equals(b);
            if (b == null) ok = false;
            else if (selena && labs.isEmpty()) {
                r.problem(p + ".selenaNewOrIncreased", "needs labs rules");
                ok = false;
            }
        }
        if (!ok || number == null || code == null || weight == null || clinical == null || label == null) return null;
        return new Descriptor(number, code, weight, clinical, label, labs, joints, substitute, selena);
    }
}
