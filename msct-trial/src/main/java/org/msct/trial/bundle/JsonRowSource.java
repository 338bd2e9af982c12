package org.msct.trial.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;

/**
 * A CDISC Dataset-JSON 1.1 file (cdisc-terms.md §7) read with Jackson's streaming parser. Top-level members are
 * checked as the schema asks (required members present, no unknown members, version 1.1.x, {@code name} = the
 * domain, {@code records} = number of rows); {@code columns} must precede {@code rows} so the rows can be streamed.
 * Values come back as text: strings as they are, numbers as their JSON text, null as null.
 */
final class JsonRowSource implements RowSource {
    static final String RULE = "BUNDLE-JSON";
    private static final Set<String> REQUIRED = Set.of(
            "datasetJSONCreationDateTime", "datasetJSONVersion", "itemGroupOID", "records", "name", "label", "columns");
    private static final Set<String> OPTIONAL = Set.of(
            "fileOID",
            "dbLastModifiedDateTime",
            "originator",
            "sourceSystem",
            "studyOID",
            "metaDataVersionOID",
            "metaDataRef");

    private final JsonParser p;
    private final String file;
    private final Domain domain;
    private final Findings findings;
    private final Set<String> seen = new HashSet<>();
    private @Nullable List<String> columns;
    private long declaredRecords = -1;
    private long rows;
    private boolean inRows;
    private boolean afterRows;
    /** Findings about members after {@code rows}, found on the parser thread, reported in {@link #finish()}. */
    private final List<Finding> pending = new ArrayList<>();

    JsonRowSource(JsonFactory factory, Path path, Domain domain, Findings findings) throws IOException {
        this.p = factory.createParser(path.toFile());
        this.file = path.getFileName().toString();
        this.domain = domain;
        this.findings = findings;
    }

    @Override
    public @Nullable List<String> header() throws IOException {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new RowSource.SyntaxException("not a JSON object");
            members();
            if (columns == null) {
                findings.error(file, 0, "columns", null, RULE, "Dataset-JSON member 'columns' is missing");
            }
            return columns;
        } catch (JsonProcessingException e) {
            throw new RowSource.SyntaxException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads top-level members until {@code rows} starts (inRows) or the object ends. */
    private void members() throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (!seen.add(name)) throw new RowSource.SyntaxException("member '" + name + "' appears twice");
            switch (name) {
                case "rows" -> {
                    if (v != JsonToken.START_ARRAY) throw new RowSource.SyntaxException("'rows' must be an array");
                    if (columns == null) throw new RowSource.SyntaxException("'columns' must come before 'rows'");
                    inRows = true;
                    return;
                }
                case "columns" -> columns = readColumns(v);
                case "records" -> {
                    if (v != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0) {
                        throw new RowSource.SyntaxException("'records' must be an integer >= 0");
                    }
                    declaredRecords = p.getLongValue();
                }
                case "datasetJSONVersion" -> {
                    String s = text(v, name);
                    if (!(s.equals("1.1") || s.startsWith("1.1."))) {
                        report(name, s, "only Dataset-JSON 1.1 is supported");
                    }
                }
                case "name" -> {
                    String s = text(v, name);
                    if (!s.equals(domain.name())) {
                        report(name, s, "dataset name must be " + domain.name());
                    }
                }
                case "datasetJSONCreationDateTime", "itemGroupOID", "label" -> text(v, name);
                default -> {
                    if (!OPTIONAL.contains(name)) {
                        report(name, null, "not a Dataset-JSON 1.1 member");
                    }
                    p.skipChildren();
                }
            }
        }
        if (t != JsonToken.END_OBJECT) throw new RowSource.SyntaxException("expected a member name");
    }

    private void report(String member, @Nullable String value, String message) {
        Finding f = Finding.error(file, 0, member, value, RULE, message);
        if (afterRows) pending.add(f);
        else findings.add(f);
    }

    private String text(JsonToken v, String name) throws IOException {
        if (v != JsonToken.VALUE_STRING) throw new RowSource.SyntaxException("'" + name + "' must be a string");
        return p.getText();
    }

    private List<String> readColumns(JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) throw new RowSource.SyntaxException("'columns' must be an array");
        List<String> names = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String colName = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String member = p.currentName();
                JsonToken cv = p.nextToken();
                if (member.equals("name") && cv == JsonToken.VALUE_STRING) colName = p.getText();
                else p.skipChildren();
            }
            if (colName == null) throw new RowSource.SyntaxException("column " + (names.size() + 1) + " has no name");
            names.add(colName);
        }
        if (p.currentToken() != JsonToken.END_ARRAY)
            throw new RowSource.SyntaxException("'columns' holds a non-object");
        return names;
    }

    @Override
    public @Nullable String @Nullable [] next() throws IOException {
        if (!inRows) return null;
        try {
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                inRows = false;
                afterRows = true;
                members();
                return null;
            }
            if (t != JsonToken.START_ARRAY)
                throw new RowSource.SyntaxException("row " + (rows + 1) + " is not an array");
            rows++;
            List<String> values = new ArrayList<>(columns == null ? 8 : columns.size());
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                switch (t) {
                    case VALUE_NULL -> values.add(null);
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> values.add(p.getText());
                    case VALUE_TRUE, VALUE_FALSE -> values.add(p.getText());
                    default -> throw new RowSource.SyntaxException("row " + rows + " holds a nested " + t);
                }
            }
            return values.toArray(new String[0]);
        } catch (JsonProcessingException e) {
            throw new RowSource.SyntaxException("malformed JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public void finish() {
        for (Finding f : pending) findings.add(f);
        for (String r : REQUIRED) {
            if (!seen.contains(r)) findings.error(file, 0, r, null, RULE, "required Dataset-JSON member is missing");
        }
        if (declaredRecords >= 0 && declaredRecords != rows) {
            findings.error(
                    file,
                    0,
                    "records",
                    Long.toString(declaredRecords),
                    RULE,
                    "'records' says " + declaredRecords + " but 'rows' holds " + rows);
        }
    }

    @Override
    public void close() throws IOException {
        p.close();
    }
}
