package org.msct.instruments.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.msct.core.json.JsonObject;
import org.msct.instruments.bilag.Bilag2004;
import org.msct.instruments.bilag.BilagResult;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.ScoreInput;
import org.msct.instruments.sdi.Sdi;
import org.msct.instruments.sdi.SdiResult;
import org.msct.instruments.sfi.FlareIndex;
import org.msct.instruments.sfi.SfiResult;
import org.msct.instruments.sledai.ResponderIndex50;
import org.msct.instruments.sledai.Sledai2k;
import org.msct.instruments.sledai.SledaiResult;

/**
 * Scores every instrument the input allows and lays the results out as shared/spec/cli-contract.md §2 says: one
 * member per instrument, in the contract's order; an instrument whose input is missing is left out.
 */
public final class ScoreReport {
    private ScoreReport() {}

    public static JsonObject score(ScoreInput in, ScoreOptions o) {
        Assessment cur = in.current();
        Assessment prev = in.previous();
        Assessment base = in.baseline();
        JsonObject out = JsonObject.create();
        Optional<SledaiResult> sledai = Sledai2k.scoreIfAssessed(cur, prev, o.sledai());
        sledai.ifPresent(s -> out.put("sledai2k", sledai(s, o.explain())));
        Optional<BilagResult> bilag = cur == null ? Optional.empty() : Bilag2004.gradeIfEntered(cur, prev, o.bilag());
        bilag.ifPresent(b -> out.put("bilag2004", bilag(b, o.explain())));
        Optional<SledaiResult> prevSledai = Sledai2k.scoreIfAssessed(prev, null, o.sledai());
        if (cur != null && prev != null && sledai.isPresent() && prevSledai.isPresent()) {
            // the flare index scores with its own SLEDAI options; reuse ours only when they are the same
            SfiResult f = o.sfi().sledai().equals(o.sledai())
                    ? FlareIndex.evaluate(in.patient(), prev, cur, prevSledai.get(), sledai.get(), o.sfi())
                    : FlareIndex.evaluate(in.patient(), prev, cur, o.sfi());
            out.put("sfi", sfi(f, o.explain()));
        }
        Responders.add(out, in, sledai, prevSledai, bilag, o);
        if (cur != null && cur.sdi() != null) {
            out.put("sdi", sdi(Sdi.score(cur.sdi(), prev == null ? null : prev.sdi(), o.sdi()), o.explain()));
        }
        ResponderIndex50.score(base, cur, o.sledai())
                .filter(r -> r.score() != null)
                .ifPresent(r -> out.put(
                        "s2k_ri50", JsonObject.create().put("score", r.score().doubleValue())));
        Responders.egfr(out, in, o);
        return out;
    }

    private static JsonObject sledai(SledaiResult s, boolean explain) {
        JsonObject j = JsonObject.create()
                .put("score", s.score())
                .put("clinical_score", s.clinicalScore())
                .put("descriptors", s.descriptors());
        if (explain) {
            List<Object> contributions = new ArrayList<>();
            for (SledaiResult.Contribution c : s.contributions()) {
                contributions.add(JsonObject.create()
                        .put("code", c.code())
                        .put("weight", c.weight())
                        .put("source", c.source().name())
                        .put("evidence", c.evidence()));
            }
            j.put("contributions", contributions)
                    .put("not_attributed", s.notAttributed())
                    .put("window", s.window().name())
                    .put("variant", s.variant().name())
                    .put("definition", s.definition())
                    .put("warnings", s.warnings());
        }
        return j;
    }

    private static JsonObject bilag(BilagResult b, boolean explain) {
        JsonObject grades = JsonObject.create();
        for (BilagSystem s : BilagSystem.values())
            grades.put(s.name(), b.grade(s).name());
        JsonObject j = JsonObject.create()
                .put("grades", grades)
                .put("numeric_2004", b.numeric2004())
                .put("numeric_classic", b.numericClassic())
                .put("renal_2004", b.renal2004())
                .put("renal_classic", b.renalClassic());
        if (explain) {
            JsonObject why = JsonObject.create();
            for (BilagSystem s : BilagSystem.values()) why.put(s.name(), b.explanation(s));
            j.put("explanation", why).put("version", b.version()).put("warnings", b.warnings());
        }
        return j;
    }

    private static JsonObject sfi(SfiResult f, boolean explain) {
        JsonObject j = JsonObject.create().put("flare", f.flare().name());
        if (explain) {
            List<Object> fired = new ArrayList<>();
            for (SfiResult.Fired x : f.fired()) {
                fired.add(JsonObject.create()
                        .put("criterion", x.criterion().name())
                        .put("evidence", x.evidence()));
            }
            List<Object> notEvaluated = new ArrayList<>();
            for (SfiResult.NotEvaluated x : f.notEvaluated()) {
                notEvaluated.add(JsonObject.create()
                        .put("criterion", x.criterion().name())
                        .put("needs", x.needs()));
            }
            j.put("fired", fired)
                    .put("not_evaluated", notEvaluated)
                    .put("determinate", f.determinate())
                    .put("definition", f.definition())
                    .put("warnings", f.warnings());
        }
        return j;
    }

    private static JsonObject sdi(SdiResult s, boolean explain) {
        JsonObject j = JsonObject.create().put("score", s.score());
        if (explain) {
            List<Object> items = new ArrayList<>();
            for (SdiResult.ItemScore i : s.items()) {
                items.add(JsonObject.create()
                        .put("code", i.code())
                        .put("counted", i.counted())
                        .put("status", i.status().name())
                        .put("reason", i.reason()));
            }
            j.put("items", items).put("definition", s.definition()).put("warnings", s.warnings());
        }
        return j;
    }
}
