package org.msct.instruments.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.core.json.JsonObject;
import org.msct.instruments.bilag.Bilag2004;
import org.msct.instruments.bilag.BilagResult;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.ScoreInput;
import org.msct.instruments.renal.Egfr;
import org.msct.instruments.renal.EgfrResult;
import org.msct.instruments.response.Bicla;
import org.msct.instruments.response.CriterionResult;
import org.msct.instruments.response.Doris;
import org.msct.instruments.response.Lldas;
import org.msct.instruments.response.ResponseResult;
import org.msct.instruments.response.Sri4;
import org.msct.instruments.response.VisitSummary;
import org.msct.instruments.sledai.Sledai2k;
import org.msct.instruments.sledai.SledaiResult;

/** The responder/state indices (SRI-4, BICLA, LLDAS, DORIS) and eGFR members of the score output. */
final class Responders {
    private Responders() {}

    static void add(
            JsonObject out,
            ScoreInput in,
            Optional<SledaiResult> sledai,
            Optional<SledaiResult> previousSledai,
            Optional<BilagResult> bilag,
            ScoreOptions o) {
        Assessment cur = in.current();
        if (cur == null) return;
        VisitSummary now = summary(cur, sledai.orElse(null), bilag.orElse(null));
        Assessment base = in.baseline();
        if (base != null) {
            VisitSummary b = summary(
                    base,
                    Sledai2k.scoreIfAssessed(base, null, o.sledai()).orElse(null),
                    Bilag2004.gradeIfEntered(base, null, o.bilag()).orElse(null));
            put(out, "sri4", "responder", Sri4.evaluate(b, now, o.sri4()), o.explain());
            put(out, "bicla", "responder", Bicla.evaluate(b, now, o.bicla()), o.explain());
        }
        Assessment prevA = in.previous();
        // LLDAS reads only the previous visit's SLEDAI descriptors ("no new features"), so its BILAG is not graded
        VisitSummary prev = prevA == null ? null : summary(prevA, previousSledai.orElse(null), null);
        put(out, "lldas", "met", Lldas.evaluate(now, prev, o.lldas()), o.explain());
        put(out, "doris", "met", Doris.evaluate(now, o.doris()), o.explain());
    }

    static void egfr(JsonObject out, ScoreInput in, ScoreOptions o) {
        if (in.current() == null) return;
        EgfrResult r = Egfr.all(in.patient(), in.current().labs(), o.egfr());
        if (r.isEmpty()) return;
        JsonObject j = JsonObject.create();
        r.byKey().forEach(j::put);
        if (o.explain() && !r.warnings().isEmpty()) j.put("warnings", r.warnings());
        out.put("egfr", j);
    }

    private static VisitSummary summary(Assessment a, @Nullable SledaiResult s, @Nullable BilagResult b) {
        return new VisitSummary(
                s == null ? null : s.score(),
                s == null ? null : Set.copyOf(s.descriptors()),
                b == null ? null : b.grades(),
                a.pga(),
                a.prednisoneMgDay(),
                a.immunosuppressants(),
                a.antimalarial(),
                null,
                null,
                null);
    }

    private static void put(JsonObject out, String name, String flag, ResponseResult r, boolean explain) {
        if (!r.complete()) return;
        JsonObject j = JsonObject.create().put(flag, r.met());
        if (explain) {
            List<Object> criteria = new ArrayList<>();
            for (CriterionResult c : r.criteria()) {
                criteria.add(JsonObject.create()
                        .put("id", c.id())
                        .put("outcome", c.outcome().name())
                        .put("rule", c.rule())
                        .put("observed", c.observed()));
            }
            j.put("criteria", criteria).put("version", r.version()).put("warnings", r.warnings());
        }
        out.put(name, j);
    }
}
