package org.msct.trial.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A CDISC Dataset-JSON 1.1 file (cdisc-terms.md §7): top-level members in the recommended order, one column object
 * per line, one row array per line. Char values are JSON strings, integers JSON integers, VISITNUM a JSON number
 * ({@code float}), measured numbers decimal strings ({@code decimal} + {@code targetDataType: decimal}); missing =
 * {@code null}.
 */
final class JsonRowSink implements RowSink {
    private final Domain domain;
    private final String studyId;
    private final String created;
    private final OutputStream out;
    private final JsonGenerator g;
    private int[] columns = new int[0];

    JsonRowSink(JsonFactory factory, Domain domain, String studyId, String created, Path file) throws IOException {
        this.domain = domain;
        this.studyId = studyId;
        this.created = created;
        this.out = Files.newOutputStream(file);
        this.g = factory.createGenerator(out);
        g.setPrettyPrinter(new LinePrinter());
    }

    @Override
    public void begin(int[] columns, long records) throws IOException {
        this.columns = columns.clone();
        String ds = domain.name();
        g.writeStartObject();
        g.writeStringField("datasetJSONCreationDateTime", created);
        g.writeStringField("datasetJSONVersion", "1.1.0");
        g.writeStringField("fileOID", "msct/" + studyId + "/SDTM/" + domain.stem());
        g.writeStringField("originator", "msct");
        g.writeStringField("studyOID", studyId);
        g.writeStringField("itemGroupOID", "IG." + ds);
        g.writeNumberField("records", records);
        g.writeStringField("name", ds);
        g.writeStringField("label", domain.label());
        g.writeArrayFieldStart("columns");
        for (int c : columns) {
            Variable v = domain.variables().get(c);
            g.writeStartObject();
            g.writeStringField("itemOID", "IT." + ds + "." + v.name());
            g.writeStringField("name", v.name());
            g.writeStringField("label", v.label());
            g.writeStringField("dataType", v.type().dataType);
            if (v.type() == Variable.Type.DECIMAL) g.writeStringField("targetDataType", "decimal");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
    }

    @Override
    public void row(@Nullable Object[] values) throws IOException {
        g.writeStartArray();
        for (int c : columns) {
            Object v = values[c];
            if (v == null) {
                g.writeNull();
                continue;
            }
            switch (domain.variables().get(c).type()) {
                case INTEGER -> g.writeNumber(((Integer) v).intValue());
                case FLOAT -> g.writeNumber(Values.number((Double) v));
                default -> g.writeString(RowSink.text(v));
            }
        }
        g.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
        out.close();
    }

    /** Members of the top-level object and items of its arrays on their own lines; everything else compact. */
    private static final class LinePrinter implements PrettyPrinter {
        private int depth;

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {}

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            g.writeRaw(depth == 1 ? "\n}" : "}");
            depth--;
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth == 1 ? ",\n" : ",");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth == 1 ? ": " : ":");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(depth == 2 && nrOfValues > 0 ? "\n]" : "]");
            depth--;
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(depth == 2 ? ",\n" : ",");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (depth == 2) g.writeRaw('\n');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (depth == 1) g.writeRaw('\n');
        }
    }
}
