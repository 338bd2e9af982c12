package org.msct.derivations.tte;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.tte.TteParameter.TimeUnit;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;

/**
 * Time-to-event parameters as data ({@code derivations/endpoints/adtte.v1.json}). Validation: header; every parameter
 * with a valid unique PARAMCD, a PARAM, unit {@code DAYS} / {@code MONTHS}, an origin, at least one event and one
 * censoring source; every source with a dataset, a date variable, filters of {@code {var, in | notIn}}, and for
 * censoring a unique {@code censor} ≥ 1 within the parameter.
 */
public final class TteDefinitions {
    /** Resource of the shipped parameters. */
    public static final String FILE = "derivations/endpoints/adtte.v1.json";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,7}");

    private TteDefinitions() {}

    /** The shipped parameters. */
    public static List<TteParameter> standard() {
        return read(FILE, DefinitionReader.parseResource(FILE)).orThrow();
    }

    /** The shipped parameters with the given codes, in the order given. */
    public static List<TteParameter> standard(String... paramcds) {
        List<TteParameter> all = standard();
        List<TteParameter> out = new ArrayList<>();
        for (String c : paramcds) {
            out.add(all.stream()
                    .filter(p -> p.paramcd().equals(c))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no time-to-event parameter " + c)));
        }
        return out;
    }

    /** Reads parameters, reporting every problem. */
    public static Loaded<List<TteParameter>> read(String file, JsonNode root) {
        DefinitionReader r = new DefinitionReader(file);
        r.header(root, "adtte");
        if (!root.isObject()) return r.result(null);
        r.onlyMembers(root, "$", Set.of("id", "version", "source", "remarks", "parameters"));
        List<TteParameter> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        JsonNode list = r.array(root, "parameters", "parameters");
        for (int i = 0; list != null && i < list.size(); i++) {
            String p = "parameters[" + i + "]";
            JsonNode n = list.get(i);
            r.onlyMembers(
                    n, p, Set.of("paramcd", "param", "unit", "population", "origin", "events", "censors", "remarks"));
            String code = r.text(n, "paramcd", p + ".paramcd");
            if (!code.isEmpty() && (!CODE.matcher(code).matches() || !codes.add(code)))
                r.problem(p + ".paramcd", "value " + code + " is not a valid unique PARAMCD");
            String param = r.text(n, "param", p + ".param");
            TimeUnit unit = r.enumValue(n, "unit", TimeUnit.class, p + ".unit");
            List<Where> population =
                    n.has("population") ? wheres(r, n.get("population"), p + ".population") : List.of();
            JsonNode o = r.object(n, "origin", p + ".origin");
            OriginSource origin = null;
            if (o != null) {
                r.onlyMembers(o, p + ".origin", Set.of("dataset", "where", "date"));
                origin = new OriginSource(
                        r.text(o, "dataset", p + ".origin.dataset"),
                        wheres(r, o.get("where"), p + ".origin.where"),
                        r.text(o, "date", p + ".origin.date"));
            }
            List<EventSource> events = new ArrayList<>();
            JsonNode ev = r.array(n, "events", p + ".events");
            for (int j = 0; ev != null && j < ev.size(); j++) {
                String q = p + ".events[" + j + "]";
                JsonNode e = ev.get(j);
                r.onlyMembers(e, q, Set.of("dataset", "where", "date", "evntdesc"));
                events.add(new EventSource(
                        r.text(e, "dataset", q + ".dataset"),
                        wheres(r, e.get("where"), q + ".where"),
                        r.text(e, "date", q + ".date"),
                        r.text(e, "evntdesc", q + ".evntdesc")));
            }
            List<CensorSource> censors = new ArrayList<>();
            Set<Integer> values = new HashSet<>();
            JsonNode cs = r.array(n, "censors", p + ".censors");
            for (int j = 0; cs != null && j < cs.size(); j++) {
                String q = p + ".censors[" + j + "]";
                JsonNode c = cs.get(j);
                r.onlyMembers(c, q, Set.of("dataset", "where", "date", "censor", "evntdesc", "cnsdtdsc"));
                JsonNode cv = c.get("censor");
                if (cv == null || !cv.isIntegralNumber() || cv.intValue() < 1 || !values.add(cv.intValue())) {
                    r.problem(q + ".censor", "must be a unique integer >= 1 (0 is reserved for events)");
                    continue;
                }
                censors.add(new CensorSource(
                        r.text(c, "dataset", q + ".dataset"),
                        wheres(r, c.get("where"), q + ".where"),
                        r.text(c, "date", q + ".date"),
                        cv.intValue(),
                        r.text(c, "evntdesc", q + ".evntdesc"),
                        r.text(c, "cnsdtdsc", q + ".cnsdtdsc")));
            }
            if (origin != null && unit != null)
                out.add(new TteParameter(code, param, unit, population, origin, events, censors));
        }
        return r.result(r.ok() ? List.copyOf(out) : null);
    }

    private static List<Where> wheres(DefinitionReader r, @Nullable JsonNode n, String path) {
        List<Where> out = new ArrayList<>();
        if (n == null) return out;
        if (!n.isArray()) {
            r.problem(path, "must be an array of filters");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            String q = path + "[" + i + "]";
            JsonNode w = n.get(i);
            r.onlyMembers(w, q, Set.of("var", "in", "notIn"));
            String var = r.text(w, "var", q + ".var");
            boolean negate = w.has("notIn");
            JsonNode values = w.get(negate ? "notIn" : "in");
            if (values == null || !values.isArray() || values.isEmpty() || (w.has("in") && negate)) {
                r.problem(q, "needs exactly one of in / notIn with a non-empty list");
                continue;
            }
            List<String> vs = new ArrayList<>();
            values.forEach(v -> vs.add(v.asText()));
            out.add(new Where(var, vs, negate));
        }
        return out;
    }
}
