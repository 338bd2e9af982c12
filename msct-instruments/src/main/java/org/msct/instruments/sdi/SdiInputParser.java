package org.msct.instruments.sdi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.msct.instruments.json.JsonFields;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.SdiInput;

/** Reads the {@code sdi} member of an assessment, checking items and points against the SDI definition. */
public final class SdiInputParser {
    private static final Set<String> MEMBERS = Set.of("items", "months_present");

    private SdiInputParser() {}

    /** Parses the {@code sdi} object at JSON path {@code path}; throws FieldException on bad input. */
    public static SdiInput parse(JsonNode node, String path) {
        if (node == null || !node.isObject()) throw new FieldException(path, "expected an object with member items");
        JsonFields.onlyKnown(node, path, MEMBERS, Map.of("monthsPresent", "use months_present"));
        SdiDefinition d = SdiDefinition.standard();
        Map<String, Integer> items = new HashMap<>();
        JsonNode n = node.get("items");
        if (n != null && !n.isNull()) {
            String p = path + ".items";
            if (!n.isObject()) throw new FieldException(p, "expected an object item code -> points, got " + n);
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                SdiDefinition.Item item = item(d, e.getKey(), p);
                items.put(item.code(), points(item, e.getValue(), p + "." + e.getKey()));
            }
        }
        Map<String, Double> months = new HashMap<>();
        JsonNode m = node.get("months_present");
        if (m != null && !m.isNull()) {
            String p = path + ".months_present";
            if (!m.isObject()) throw new FieldException(p, "expected an object item code -> months, got " + m);
            for (Map.Entry<String, JsonNode> e : m.properties()) {
                SdiDefinition.Item item = item(d, e.getKey(), p);
                JsonNode v = e.getValue();
                if (!v.isNumber() || !(v.doubleValue() >= 0 && v.doubleValue() <= 1200)) {
                    throw new FieldException(
                            p + "." + e.getKey(), "value " + v + " is not allowed; allowed 0 to 1200 months");
                }
                months.put(item.code(), v.doubleValue());
            }
        }
        return new SdiInput(items, months);
    }

    private static SdiDefinition.Item item(SdiDefinition d, String key, String path) {
        SdiDefinition.Item item = d.itemByCode().get(key.strip().toUpperCase(Locale.ROOT));
        if (item == null) {
            throw new FieldException(path + "." + key, "unknown SDI item '" + key + "'; allowed: " + d.allowedCodes());
        }
        return item;
    }

    private static int points(SdiDefinition.Item item, JsonNode v, String path) {
        if (v.isBoolean()) return v.booleanValue() ? item.points().get(0) : 0;
        if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())) {
            double x = v.doubleValue();
            if (x == 0 || (x > 0 && x <= item.maxPoints() && item.points().contains((int) x))) return (int) x;
        }
        throw new FieldException(
                path, "value " + v + " is not allowed; allowed points: " + item.allowedValues() + " (or true/false)");
    }

    /** Checks a programmatically built section against the definition (the parser already does for JSON). */
    public static SdiInput check(SdiInput in) {
        SdiDefinition d = SdiDefinition.standard();
        for (Map.Entry<String, Integer> e : in.items().entrySet()) {
            SdiDefinition.Item it = d.itemByCode().get(e.getKey());
            if (it == null) throw new IllegalArgumentException("unknown SDI item " + e.getKey());
            if (e.getValue() != 0 && !it.points().contains(e.getValue())) {
                throw new IllegalArgumentException(
                        "SDI item " + e.getKey() + " points " + e.getValue() + "; allowed " + it.allowedValues());
            }
        }
        for (String code : in.monthsPresent().keySet()) {
            if (!d.itemByCode().containsKey(code)) throw new IllegalArgumentException("unknown SDI item " + code);
        }
        return in;
    }
}
