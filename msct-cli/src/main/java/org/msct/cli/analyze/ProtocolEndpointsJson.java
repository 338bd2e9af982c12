package org.msct.cli.analyze;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.core.json.JsonObject;
import org.msct.trial.protocol.Endpoint.Target;

/**
 * results.json section {@code protocol_endpoints}: each protocol endpoint with its definition, status (and reason),
 * and per time point msct's value beside the published target with its provenance tag.
 *
 * <pre>
 * {"protocol": "gu-2014", "protocol_version": "1.0.0", "definitions": "derivations/protocol/definitions.v1.json ...",
 *  "note": "", "endpoints": [{"id", "label", "role", "definition", "alternatives", "aggregation", "denominator",
 *  "derivation", "source", "status", "reason", "values": [{"id", "at_month", "label", "kind", ..., "target": {...}}]}]}
 * </pre>
 */
final class ProtocolEndpointsJson {
    private ProtocolEndpointsJson() {}

    static JsonObject of(Results.ProtocolSection s) {
        List<Object> eps = new ArrayList<>();
        for (Results.ProtocolEndpoint e : s.endpoints()) {
            List<Object> vals = new ArrayList<>();
            for (Results.ProtocolValue v : e.values()) vals.add(value(v));
            eps.add(JsonObject.create()
                    .put("id", e.id())
                    .put("label", e.label())
                    .put("role", e.role())
                    .put("definition", e.definition())
                    .put("alternatives", new ArrayList<Object>(e.alternatives()))
                    .put("aggregation", e.aggregation())
                    .put("denominator", e.denominator())
                    .put("derivation", e.derivation())
                    .put("source", e.source())
                    .put("status", e.status())
                    .put("reason", e.reason())
                    .put("values", vals));
        }
        return JsonObject.create()
                .put("protocol", s.protocolId())
                .put("protocol_version", s.protocolVersion())
                .put("definitions", s.definitionsFile())
                .put("note", s.note())
                .put("endpoints", eps);
    }

    private static JsonObject value(Results.ProtocolValue v) {
        JsonObject o = JsonObject.create()
                .put("id", v.id())
                .put("at_month", v.atMonth())
                .put("label", v.label());
        switch (v.value()) {
            case Results.Prop p -> o.put("kind", "proportion")
                    .put("numerator", p.numerator())
                    .put("denominator", p.denominator())
                    .put("denominator_definition", p.denominatorDefinition())
                    .put("percent", p.percent())
                    .put("lower95", p.lower())
                    .put("upper95", p.upper())
                    .put("method", p.method());
            case Results.Km k -> o.put("kind", "kaplan_meier")
                    .put("n", k.n())
                    .put("events", k.events())
                    .put("n_risk", k.nRisk())
                    .put("estimate", k.estimate())
                    .put("percent", 100 * k.estimate())
                    .put("lower95", k.lower())
                    .put("upper95", k.upper())
                    .put("method", k.method());
            case Results.Change c -> o.put("kind", "change_from_baseline")
                    .put("n", c.n())
                    .put("baseline_mean", c.baselineMean())
                    .put("baseline_sd", c.baselineSd())
                    .put("mean", c.mean())
                    .put("sd", c.sd())
                    .put("change_mean", c.changeMean())
                    .put("change_sd", c.changeSd())
                    .put("paired_t_p", c.tP())
                    .put("wilcoxon_p", c.wilcoxonP())
                    .put("method", c.method());
        }
        o.put("target", target(v.target()));
        if (!v.targetNote().isEmpty()) o.put("target_note", v.targetNote());
        return o;
    }

    private static @Nullable Object target(@Nullable Target t) {
        if (t == null) return null;
        JsonObject o = JsonObject.create();
        if (t.label() != null) o.put("label", t.label());
        if (t.numerator() != null) o.put("numerator", t.numerator());
        if (t.denominator() != null) o.put("denominator", t.denominator());
        if (t.percent() != null) o.put("percent", t.percent());
        if (t.n() != null) o.put("n", t.n());
        if (t.baselineMean() != null) o.put("baseline_mean", t.baselineMean());
        if (t.baselineSd() != null) o.put("baseline_sd", t.baselineSd());
        if (t.mean() != null) o.put("mean", t.mean());
        if (t.sd() != null) o.put("sd", t.sd());
        var p = t.provenance();
        JsonObject prov = JsonObject.create()
                .put("tag", p.tag() == null ? "" : p.tag().json())
                .put("sources", new ArrayList<Object>(p.sources()));
        if (p.note() != null) prov.put("note", p.note());
        return o.put("provenance", prov);
    }
}
