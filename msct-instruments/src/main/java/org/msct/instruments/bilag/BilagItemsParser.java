package org.msct.instruments.bilag;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.FieldException;

/** Parsing of the members of the {@code bilag2004} input object; every problem is a {@link FieldException}. */
final class BilagItemsParser {
    private static final String SCALE = "0 (not present), 1 (improving), 2 (same), 3 (worse), 4 (new) or \"ND\"";
    private static final String YES_NO = "true, false or \"ND\"";

    private BilagItemsParser() {}

    static void items(
            JsonNode node, String path, Map<Integer, Integer> codes, Map<Integer, Boolean> flags, Set<Integer> nd) {
        if (!node.isObject()) {
            throw new FieldException(
                    path, "value " + node + " is not allowed; allowed: an object of item number → code");
        }
        Bilag2004Definition def = Bilag2004Definition.standard();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "." + e.getKey();
            int n = itemNumber(e.getKey());
            ItemDef d = def.itemOrNull(n);
            if (d == null) {
                throw new FieldException(p, "item number \"" + e.getKey() + "\" is not allowed; allowed: 1–97");
            }
            JsonNode v = e.getValue();
            if (v.isNull()) continue;
            if (v.isTextual() && v.asText().equals("ND") && d.kind() != ItemKind.VALUE) {
                nd.add(n);
                continue;
            }
            switch (d.kind()) {
                case SCALE -> codes.put(n, code(v, p, d, SCALE));
                case YES_NO -> flags.put(n, yesNo(v, p, d));
                case SCALE_OR_YES_NO -> {
                    if (v.isBoolean()) flags.put(n, v.asBoolean());
                    else codes.put(n, code(v, p, d, SCALE + ", true or false"));
                }
                case VALUE -> throw new FieldException(
                        p,
                        "item " + n + " (" + d.name() + ") is a measured value; "
                                + "not allowed as an item: give it as labs."
                                + d.lab().contractName());
            }
        }
    }

    static void systems(JsonNode node, String path, Set<BilagSystem> out) {
        if (!node.isArray()) {
            throw new FieldException(
                    path,
                    "value " + node + " is not allowed; allowed: an array of system names "
                            + Arrays.toString(BilagSystem.values()));
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode v = node.get(i);
            BilagSystem found = null;
            for (BilagSystem s : BilagSystem.values()) {
                if (v.isTextual() && s.name().equals(v.asText())) found = s;
            }
            if (found == null) {
                throw new FieldException(
                        path + "[" + i + "]",
                        "system " + v + " is not allowed; allowed: " + Arrays.toString(BilagSystem.values()));
            }
            out.add(found);
        }
    }

    static void valueItems(JsonNode node, String path, Set<Integer> out) {
        String allowed = "item numbers of measured values 78, 79, 81, 82, 83, 84, 86, 87, 90, 91, 92, 93, 94";
        if (!node.isArray()) throw new FieldException(path, "value " + node + " is not allowed; allowed: " + allowed);
        Bilag2004Definition def = Bilag2004Definition.standard();
        for (int i = 0; i < node.size(); i++) {
            JsonNode v = node.get(i);
            int n = v.isIntegralNumber() ? v.asInt() : v.isTextual() ? itemNumber(v.asText()) : -1;
            ItemDef d = def.itemOrNull(n);
            if (d == null || d.kind() != ItemKind.VALUE) {
                throw new FieldException(path + "[" + i + "]", "value " + v + " is not allowed; allowed: " + allowed);
            }
            out.add(n);
        }
    }

    private static int code(JsonNode v, String p, ItemDef d, String allowed) {
        if (!v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > 4) {
            throw new FieldException(
                    p,
                    "value " + v + " is not allowed for item " + d.number() + " (" + d.name() + "); allowed: "
                            + allowed);
        }
        return v.asInt();
    }

    private static boolean yesNo(JsonNode v, String p, ItemDef d) {
        if (!v.isBoolean()) {
            throw new FieldException(
                    p,
                    "value " + v + " is not allowed for yes/no item " + d.number() + " (" + d.name() + "); allowed: "
                            + YES_NO);
        }
        return v.asBoolean();
    }

    /** Digits only, 1–3 of them, no sign or leading zero; -1 otherwise. */
    private static int itemNumber(String key) {
        if (key.isEmpty() || key.length() > 3 || key.charAt(0) == '0') return -1;
        int n = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
