package org.msct.derivations.bds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;

/**
 * The analysis parameters, read from {@code derivations/parameters.v1.json}. Validation: header; every entry with a
 * PARAMCD of 1–8 characters (letter first, then A–Z, 0–9, _), a PARAM of at most 200 characters, a PARCAT1, kind
 * {@code numeric} or {@code grade}; PARAMCD and PARAM unique (one-to-one, ADaMIG).
 *
 * @param parameters definitions by PARAMCD, in file order
 */
public record ParameterCatalog(Map<String, ParamDef> parameters) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,7}");

    public ParameterCatalog {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The shipped catalogue. */
    public static ParameterCatalog standard() {
        String file = "derivations/parameters.v1.json";
        return read(file, DefinitionReader.parseResource(file)).orThrow();
    }

    /** The parameter {@code paramcd}. */
    public Optional<ParamDef> get(String paramcd) {
        return Optional.ofNullable(parameters.get(paramcd));
    }

    /** The parameter {@code paramcd}, or an exception naming it. */
    public ParamDef require(String paramcd) {
        return get(paramcd)
                .orElseThrow(() ->
                        new IllegalArgumentException("parameter " + paramcd + " is not in the parameter catalogue"));
    }

    /** Reads a catalogue, reporting every problem. */
    public static Loaded<ParameterCatalog> read(String file, JsonNode root) {
        DefinitionReader r = new DefinitionReader(file);
        r.header(root, "parameters");
        if (!root.isObject()) return r.result(null);
        r.onlyMembers(root, "$", Set.of("id", "version", "source", "remarks", "parameters"));
        Map<String, ParamDef> defs = new LinkedHashMap<>();
        JsonNode list = r.array(root, "parameters", "parameters");
        if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                String p = "parameters[" + i + "]";
                JsonNode n = list.get(i);
                r.onlyMembers(n, p, Set.of("paramcd", "param", "parcat1", "kind"));
                String code = r.text(n, "paramcd", p + ".paramcd");
                String param = r.text(n, "param", p + ".param");
                String cat = r.text(n, "parcat1", p + ".parcat1");
                String kind = r.text(n, "kind", p + ".kind");
                if (!code.isEmpty() && !CODE.matcher(code).matches())
                    r.problem(p + ".paramcd", "value " + code + " is not a valid PARAMCD");
                if (param.length() > 200) r.problem(p + ".param", "is longer than 200 characters");
                if (!kind.isEmpty() && !kind.equals("numeric") && !kind.equals("grade"))
                    r.problem(p + ".kind", "value " + kind + " is not allowed; allowed: numeric, grade");
                if (defs.containsKey(code)) r.problem(p + ".paramcd", "value " + code + " is used twice");
                if (defs.values().stream().anyMatch(d -> d.param().equals(param)))
                    r.problem(p + ".param", "value " + param + " is used twice");
                defs.put(code, new ParamDef(code, param, cat, kind.equals("grade")));
            }
        }
        return r.result(r.ok() ? new ParameterCatalog(defs) : null);
    }
}
