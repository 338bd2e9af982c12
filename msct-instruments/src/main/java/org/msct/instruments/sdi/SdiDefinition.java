package org.msct.instruments.sdi;

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
import org.msct.instruments.sledai.Threshold;

/**
 * The SLICC/ACR Damage Index item table (Gladman D et al., Arthritis Rheum 1996;39:363-9; shared/spec/instruments.md
 * §5) loaded from {@code instruments/sdi.v1.json}: 12 domains, their items with allowed points and persistence, the
 * ESRD replacement, maximum 47. Immutable.
 *
 * @param id definition id
 * @param version definition version
 * @param persistenceMonths how long a non-"ever" item must have been present (≥ 6 months)
 * @param maxTotal declared maximum total (47)
 * @param domains domains in table order
 * @param items all items in table order
 * @param itemByCode lookup by item code
 */
public record SdiDefinition(
        String id,
        String version,
        Threshold persistenceMonths,
        int maxTotal,
        List<Domain> domains,
        List<Item> items,
        Map<String, Item> itemByCode) {

    public static final String RESOURCE = "/instruments/sdi.v1.json";

    /** When an item counts. */
    public enum Persistence {
        /** Worded "ever": counts as soon as it happened. */
        EVER,
        /** Counts when present for at least {@code persistenceMonths}. */
        SIX_MONTHS
    }

    /** A domain and its maximum. */
    public record Domain(String code, int max, List<Item> items) {
        public Domain {
            items = List.copyOf(items);
        }
    }

    /**
     * One damage item.
     *
     * @param index position in table order
     * @param code item code
     * @param domain domain code
     * @param label description
     * @param points allowed non-zero points, ascending (e.g. [1], [1, 2], [3])
     * @param persistence when it counts
     * @param replaces codes of items of the same domain that are not scored when this item counts (ESRD)
     */
    public record Item(
            int index,
            String code,
            String domain,
            String label,
            List<Integer> points,
            Persistence persistence,
            List<String> replaces) {
        public Item {
            points = List.copyOf(points);
            replaces = List.copyOf(replaces);
        }

        public int maxPoints() {
            return points.get(points.size() - 1);
        }

        /** Allowed values for messages, e.g. {@code "0, 1, 2"}. */
        public String allowedValues() {
            StringBuilder sb = new StringBuilder("0");
            for (int p : points) sb.append(", ").append(p);
            return sb.toString();
        }
    }

    /** A parsed definition (when valid) and its findings. */
    public record Parsed(@Nullable SdiDefinition definition, List<String> findings) {}

    public SdiDefinition {
        domains = List.copyOf(domains);
        items = List.copyOf(items);
        itemByCode = Map.copyOf(itemByCode);
    }

    private static final class Holder {
        static final SdiDefinition STANDARD = loadResource(RESOURCE);
    }

    public static SdiDefinition standard() {
        return Holder.STANDARD;
    }

    /** All item codes in table order, comma-separated. */
    public String allowedCodes() {
        StringBuilder sb = new StringBuilder();
        for (Item i : items) sb.append(sb.length() == 0 ? "" : ", ").append(i.code());
        return sb.toString();
    }

    public static SdiDefinition loadResource(String resource) {
        Parsed p = validateResource(resource);
        if (p.definition() == null) throw new IllegalStateException("invalid " + resource + ": " + p.findings());
        return p.definition();
    }

    /** Reads and validates a definition resource, returning every finding. */
    public static Parsed validateResource(String resource) {
        DefinitionReader r = new DefinitionReader();
        JsonNode root = r.readObjectResource(resource);
        if (root == null) return new Parsed(null, r.findings());
        r.header(root, "sdi");
        Threshold months = r.threshold(root, "persistenceMonths", "");
        if (months != null && months.op() != Comparison.GE && months.op() != Comparison.GT) {
            r.problem("persistenceMonths.op", "must be ge or gt");
        }
        Integer maxTotal = r.integer(root, "maxTotal", "", 1);
        List<Domain> domains = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        Map<String, Item> byCode = new HashMap<>();
        JsonNode arr = r.array(root, "domains", "");
        Set<String> domainCodes = new HashSet<>();
        int sumMax = 0;
        for (int i = 0; arr != null && i < arr.size(); i++) {
            String p = "domains[" + i + "]";
            JsonNode dn = arr.get(i);
            String code = r.code(dn, "code", p);
            Integer max = r.integer(dn, "max", p, 1);
            JsonNode its = r.array(dn, "items", p);
            if (code == null || max == null || its == null) continue;
            if (!domainCodes.add(code)) r.problem(p + ".code", "duplicate domain " + code);
            List<Item> list = new ArrayList<>();
            for (int j = 0; j < its.size(); j++) {
                Item it = item(its.get(j), p + ".items[" + j + "]", code, items.size(), r);
                if (it == null) continue;
                if (byCode.putIfAbsent(it.code(), it) != null) {
                    r.problem(p + ".items[" + j + "].code", "duplicate item " + it.code());
                    continue;
                }
                items.add(it);
                list.add(it);
            }
            int achievable = achievableMax(list, p, r);
            if (achievable != max) r.problem(p + ".max", "is " + max + " but the items allow " + achievable);
            sumMax += max;
            domains.add(new Domain(code, max, list));
        }
        if (maxTotal != null && r.ok() && maxTotal != sumMax) {
            r.problem("maxTotal", "is " + maxTotal + " but the domain maxima add up to " + sumMax);
        }
        if (!r.ok()) return new Parsed(null, r.findings());
        return new Parsed(
                new SdiDefinition(
                        root.get("id").textValue(),
                        root.get("version").textValue(),
                        months,
                        maxTotal,
                        domains,
                        items,
                        byCode),
                List.of());
    }

    /** Highest domain total: the items without replacement, or one replacing item instead of those it replaces. */
    private static int achievableMax(List<Item> items, String p, DefinitionReader r) {
        int plain = 0;
        List<Item> replacers = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Item it : items) codes.add(it.code());
        for (Item it : items) {
            if (it.replaces().isEmpty()) plain += it.maxPoints();
            else replacers.add(it);
        }
        if (replacers.size() > 1) r.problem(p, "at most one replacing item per domain is supported");
        int best = plain;
        for (Item rep : replacers) {
            int with = plain + rep.maxPoints();
            for (String c : rep.replaces()) {
                if (!codes.contains(c) || c.equals(rep.code())) {
                    r.problem(p, rep.code() + " replaces '" + c + "', which is not another item of this domain");
                } else
                    with -= items.stream()
                            .filter(x -> x.code().equals(c))
                            .findFirst()
                            .orElseThrow()
                            .maxPoints();
            }
            best = Math.max(best, with);
        }
        return best;
    }

    private static @Nullable Item item(JsonNode n, String p, String domain, int index, DefinitionReader r) {
        if (!n.isObject()) {
            r.problem(p, "must be an object");
            return null;
        }
        String code = r.code(n, "code", p);
        String label = r.text(n, "label", p);
        JsonNode pts = r.array(n, "points", p);
        List<Integer> points = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; pts != null && i < pts.size(); i++) {
            JsonNode v = pts.get(i);
            int prev = points.isEmpty() ? 0 : points.get(points.size() - 1);
            if (!v.isIntegralNumber() || v.intValue() <= prev) {
                r.problem(p + ".points[" + i + "]", "points must be positive integers in ascending order");
                ok = false;
            } else points.add(v.intValue());
        }
        String pers = r.text(n, "persistence", p);
        Persistence persistence = null;
        if (pers != null) {
            for (Persistence x : Persistence.values()) if (x.name().equals(pers)) persistence = x;
            if (persistence == null)
                r.problem(p + ".persistence", "'" + pers + "' is not allowed; allowed: EVER, SIX_MONTHS");
        }
        List<String> replaces = new ArrayList<>();
        if (n.has("replaces")) {
            JsonNode rep = r.array(n, "replaces", p);
            for (int i = 0; rep != null && i < rep.size(); i++) {
                String c = r.code(rep, i, p + ".replaces");
                if (c != null) replaces.add(c);
                else ok = false;
            }
        }
        if (!ok || pts == null || code == null || label == null || persistence == null) return null;
        return new Item(index, code, domain, label, points, persistence, replaces);
    }
}
