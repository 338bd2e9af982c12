package org.msct.derivations.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link Dataset} as CSV (RFC 4180): a header of variable names, one line per row, {@code \n} line ends,
 * fields quoted only when they contain a comma, quote or line break. Missing values are empty fields; decimals are
 * plain decimal strings; dates ISO 8601.
 */
public final class CsvWriter {
    private CsvWriter() {}

    /** The CSV text of {@code dataset}. */
    public static String write(Dataset dataset) {
        StringBuilder sb = new StringBuilder();
        try {
            write(dataset, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return sb.toString();
    }

    /** Writes the CSV text of {@code dataset} to {@code sb} (a buffered file writer for big datasets). */
    public static void write(Dataset dataset, Appendable sb) throws IOException {
        List<Variable> vars = dataset.variables();
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(vars.get(i).name());
        }
        sb.append('\n');
        for (Row row : dataset.rows()) {
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0) sb.append(',');
                Object v = row.get(vars.get(i).name());
                if (v != null) sb.append(field(Values.text(v)));
            }
            sb.append('\n');
        }
    }

    /** One CSV field, quoted when needed. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
