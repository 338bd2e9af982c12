package org.msct.instruments.bilag;

import static org.msct.instruments.bilag.DefinitionFinding.CONDITION;
import static org.msct.instruments.bilag.DefinitionFinding.HEADER;
import static org.msct.instruments.bilag.DefinitionFinding.ITEM_ATTRIBUTE;
import static org.msct.instruments.bilag.DefinitionFinding.ITEM_NUMBERING;
import static org.msct.instruments.bilag.DefinitionFinding.NUMERIC;
import static org.msct.instruments.bilag.DefinitionFinding.SYSTEM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/**
 * Reads and validates a BILAG-2004 definition file. Validation never throws: every problem becomes a {@link
 * DefinitionFinding}, and a definition is returned only when there are none.
 */
public final class Bilag2004DefinitionReader {
    /** Result of reading: the definition (null when there are findings) and the findings. */
    public record Loaded(@Nullable Bilag2004Definition definition, List<DefinitionFinding> findings) {
        public Loaded {
            findings = List.copyOf(findings);
        }
    }

    static final int ITEM_COUNT = 97;
    private static final List<String> NUMERIC_SCHEMES = List.of("BILAG_2004", "CLASSIC_9_3_1", "CLASSIC_12_5_1");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;
    private final Reads reads = new Reads();
    private final ItemDef[] items = new ItemDef[ITEM_COUNT + 1];
    private final EnumMap<BilagSystem, GradeRule[]> rules = new EnumMap<>(BilagSystem.class);

    private Bilag2004DefinitionReader(JsonNode root) {
        this.root = root;
    }

    /** Reads the definition at classpath location {@code resource}. */
    public static Loaded readResource(String resource) {
        try (InputStream in = Bilag2004DefinitionReader.class.getResourceAsStream(resource)) {
            if (in == null) return failed(resource, "resource not found");
            return read(MAPPER.readTree(in));
        } catch (IOException e) {
            return failed(resource, "not readable as JSON: " + e.getMessage());
        }
    }

    /** Reads a parsed definition. */
    public static Loaded read(JsonNode root) {
        if (root == null || !root.isObject()) return failed("", "definition must be a JSON object");
        return new Bilag2004DefinitionReader(root).run();
    }

    private static Loaded failed(String path, String message) {
        return new Loaded(null, List.of(new DefinitionFinding(HEADER, path, message)));
    }

    private Loaded run() {
        String id = reads.text(root, "id", "", HEADER);
        String version = reads.text(root, "version", "", HEADER);
        JsonNode source = root.path("source");
        String citation = reads.text(source, "citation", "source", HEADER);
        JsonNode remarks = root.get("remarks");
        if (remarks == null || !(remarks.isArray() || remarks.isTextual())) {
            reads.add(HEADER, "remarks", "required remarks (text or array of text) are missing");
        }
        JsonNode codes = root.path("codes");
        if (codes.path("min").asInt(-1) != 0
                || codes.path("max").asInt(-1) != 4
                || !codes.path("min").isInt()
                || !codes.path("max").isInt()) {
            reads.add(CONDITION, "codes", "item codes must be the BILAG-2004 scale min 0, max 4");
        }
        Map<String, int[]> numeric = readNumeric();
        SetPattern pattern = SetPattern.read(root.path("setPattern"), reads);
        readSystems(pattern);
        RenalRules renal = ThresholdReader.renal(root.path("renal"), items, reads);
        HaemRules haem = ThresholdReader.haem(root.path("haematological"), items, reads);
        if (!reads.findings.isEmpty()
                || id == null
                || version == null
                || citation == null
                || renal == null
                || haem == null) {
            return new Loaded(null, reads.findings);
        }
        return new Loaded(
                new Bilag2004Definition(id, version, citation, items, rules, renal, haem, numeric), List.of());
    }

    private Map<String, int[]> readNumeric() {
        Map<String, int[]> out = new HashMap<>();
        JsonNode schemes = root.path("numericSchemes");
        for (String name : NUMERIC_SCHEMES) {
            String path = "numericSchemes." + name;
            JsonNode s = schemes.get(name);
            if (s == null || !s.isObject()) {
                reads.add(NUMERIC, path, "required numeric scheme is missing");
                continue;
            }
            int[] w = new int[BilagGrade.values().length];
            for (BilagGrade g : BilagGrade.values()) w[g.ordinal()] = reads.integer(s, g.name(), path, NUMERIC, 0, 100);
            if (w[0] < w[1] || w[1] < w[2] || w[2] < w[3] || w[3] != 0 || w[4] != 0) {
                reads.add(NUMERIC, path, "weights must satisfy A ≥ B ≥ C ≥ D = E = 0");
            }
            out.put(name, w);
        }
        return out;
    }

    private void readSystems(SetPattern pattern) {
        JsonNode systems = root.get("systems");
        if (systems == null || !systems.isArray()) {
            reads.add(SYSTEM, "systems", "required array of systems is missing");
            return;
        }
        EnumMap<BilagSystem, Integer> seen = new EnumMap<>(BilagSystem.class);
        int expected = 1;
        for (int i = 0; i < systems.size(); i++) {
            JsonNode s = systems.get(i);
            String path = "systems[" + i + "]";
            BilagSystem system = parseSystem(s.path("system").asText(""));
            if (system == null) {
                reads.add(
                        SYSTEM,
                        path + ".system",
                        "system " + s.get("system") + " is not one of " + List.of(BilagSystem.values()));
                continue;
            }
            if (seen.put(system, i) != null) reads.add(SYSTEM, path + ".system", "system " + system + " is duplicated");
            String grading = s.path("grading").asText("");
            if (!gradingAllowed(system, grading)) {
                reads.add(SYSTEM, path + ".grading", "grading \"" + grading + "\" is not allowed for " + system);
            }
            JsonNode list = s.path("items");
            List<ItemDef> own = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                ItemDef def = ItemReader.read(list.get(k), path + ".items[" + k + "]", system, reads);
                if (def == null) continue;
                if (def.number() != expected) {
                    reads.add(
                            ITEM_NUMBERING,
                            path + ".items[" + k + "].number",
                            "item " + def.number() + " found where item " + expected
                                    + " was expected (items 1–97 in order, each once)");
                }
                expected = Math.max(expected, def.number()) + 1;
                if (items[def.number()] != null) {
                    reads.add(
                            ITEM_NUMBERING,
                            path + ".items[" + k + "].number",
                            "item " + def.number() + " is duplicated");
                }
                items[def.number()] = def;
                own.add(def);
            }
            if (grading.equals("itemSets")) rules.put(system, pattern.compile(system, own, path, reads));
            if (grading.equals("rules")) rules.put(system, ConditionReader.rules(s.path("rules"), own, path, reads));
        }
        for (BilagSystem system : BilagSystem.values()) {
            if (!seen.containsKey(system)) reads.add(SYSTEM, "systems", "system " + system + " is missing");
        }
        for (int n = 1; n <= ITEM_COUNT; n++) {
            if (items[n] == null) reads.add(ITEM_NUMBERING, "systems", "item " + n + " is missing");
        }
    }

    private static boolean gradingAllowed(BilagSystem system, String grading) {
        return switch (system) {
            case RENAL -> grading.equals("renal");
            case HAEMATOLOGICAL -> grading.equals("haematological");
            default -> grading.equals("itemSets") || grading.equals("rules");
        };
    }

    private static @Nullable BilagSystem parseSystem(String name) {
        for (BilagSystem s : BilagSystem.values()) {
            if (s.name().equals(name)) return s;
        }
        return null;
    }

    static void requireNoneOf(JsonNode item, String path, Reads reads, String... members) {
        for (String m : members) {
            if (item.has(m)) reads.add(ITEM_ATTRIBUTE, path + "." + m, "member \"" + m + "\" is not allowed here");
        }
    }
}
