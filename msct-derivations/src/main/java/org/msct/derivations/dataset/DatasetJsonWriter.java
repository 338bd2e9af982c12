package org.msct.derivations.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes a {@link Dataset} as CDISC Dataset-JSON 1.1 (cdisc-terms.md §7): top-level members in the recommended order,
 * {@code columns} in variable order with OIDs {@code IG.<DS>} / {@code IT.<DS>.<VAR>}, {@code null} for missing
 * values, decimals as exact strings, ADaM dates as ISO strings with {@code targetDataType: "integer"} and display
 * format {@code E8601DA.}.
 *
 * <p>The creation timestamp comes from the injected {@link Clock} (seconds precision, with offset), so output is
 * reproducible in tests.
 *
 * @param clock source of {@code datasetJSONCreationDateTime}
 * @param studyOid {@code studyOID}, e.g. {@code MSCT01}
 * @param originator {@code originator}
 * @param systemName {@code sourceSystem.name}
 * @param systemVersion {@code sourceSystem.version}
 */
public record DatasetJsonWriter(
        Clock clock, String studyOid, String originator, String systemName, String systemVersion) {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The Dataset-JSON text of {@code dataset}. */
    public String write(Dataset dataset) {
        StringWriter out = new StringWriter();
        try {
            write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the Dataset-JSON text of {@code dataset} to {@code out} (not closed). */
    public void write(Dataset dataset, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.writeStartObject();
            String created = OffsetDateTime.now(clock)
                    .truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            g.writeStringField("datasetJSONCreationDateTime", created);
            g.writeStringField("datasetJSONVersion", "1.1.0");
            g.writeStringField(
                    "fileOID", "msct/" + studyOid + "/ADaM/" + dataset.name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("originator", originator);
            g.writeObjectFieldStart("sourceSystem");
            g.writeStringField("name", systemName);
            g.writeStringField("version", systemVersion);
            g.writeEndObject();
            g.writeStringField("studyOID", studyOid);
            g.writeStringField("itemGroupOID", "IG." + dataset.name());
            g.writeNumberField("records", dataset.rows().size());
            g.writeStringField("name", dataset.name());
            g.writeStringField("label", dataset.label());
            g.writeArrayFieldStart("columns");
            for (Variable v : dataset.variables()) column(g, dataset.name(), v);
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (Row r : dataset.rows()) row(g, dataset, r);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void column(JsonGenerator g, String ds, Variable v) throws IOException {
        g.writeStartObject();
        g.writeStringField("itemOID", "IT." + ds + "." + v.name());
        g.writeStringField("name", v.name());
        g.writeStringField("label", v.label());
        g.writeStringField("dataType", v.type().dataType());
        if (!v.type().targetDataType().isEmpty())
            g.writeStringField("targetDataType", v.type().targetDataType());
        if (v.length().isPresent()) g.writeNumberField("length", v.length().getAsInt());
        if (v.type() == VarType.DATE) g.writeStringField("displayFormat", "E8601DA.");
        if (v.keySequence().isPresent())
            g.writeNumberField("keySequence", v.keySequence().getAsInt());
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, Dataset ds, Row r) throws IOException {
        g.writeStartArray();
        for (Variable v : ds.variables()) {
            Object value = r.get(v.name());
            if (value == null) g.writeNull();
            else if (value instanceof Integer i) g.writeNumber(i);
            else g.writeString(Values.text(value));
        }
        g.writeEndArray();
    }
}
