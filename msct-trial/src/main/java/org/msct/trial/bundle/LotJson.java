package org.msct.trial.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.msct.trial.product.MscLot;

/** An {@link MscLot} in study.json ({@code lots[]}); phenotype markers written in sorted order. */
final class LotJson {
    private LotJson() {}

    static @Nullable MscLot read(JsonNode l, StudyJson.Fields lf) {
        String id = lf.text(l, "lotId", true);
        String src = lf.text(l, "source", true);
        MscLot.MscSource source = null;
        if (src != null) {
            try {
                source = MscLot.MscSource.valueOf(src);
            } catch (IllegalArgumentException e) {
                lf.f.error(
                        StudyJson.FILE,
                        0,
                        lf.prefix + "source",
                        src,
                        StudyJson.RULE,
                        "must be BONE_MARROW or UMBILICAL_CORD");
            }
        }
        String donor = lf.text(l, "donorId", false);
        Double passage = lf.number(l, "passage", false);
        Double viability = lf.number(l, "viabilityPercent", false);
        Double cells = lf.number(l, "totalCells", false);
        Map<String, Double> phenotype = lf.numbers(l, "phenotypePercent");
        var release = lf.date(l, "releaseDate");
        Boolean released = lf.bool(l, "released");
        MscLot.MscSource s = source;
        return lf.build(
                () -> new MscLot(
                        id,
                        s,
                        donor,
                        passage == null ? null : passage.intValue(),
                        viability,
                        cells,
                        phenotype,
                        release,
                        released),
                id,
                source);
    }

    static void write(JsonGenerator g, MscLot lot) throws IOException {
        g.writeStartObject();
        g.writeStringField("lotId", lot.lotId());
        g.writeStringField("source", lot.source().name());
        if (lot.donorId() != null) g.writeStringField("donorId", lot.donorId());
        if (lot.passage() != null) g.writeNumberField("passage", lot.passage());
        if (lot.viabilityPercent() != null) number(g, "viabilityPercent", lot.viabilityPercent());
        if (lot.totalCells() != null) number(g, "totalCells", lot.totalCells());
        g.writeObjectFieldStart("phenotypePercent");
        for (var e : new TreeMap<>(lot.phenotypePercent()).entrySet()) number(g, e.getKey(), e.getValue());
        g.writeEndObject();
        if (lot.releaseDate() != null)
            g.writeStringField("releaseDate", lot.releaseDate().toString());
        if (lot.released() != null) g.writeBooleanField("released", lot.released());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(Values.number(v));
    }
}
