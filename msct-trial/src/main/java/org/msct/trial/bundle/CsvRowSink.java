package org.msct.trial.bundle;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** A dataset CSV: UTF-8 without BOM, CRLF line ends and quoting only where needed (RFC 4180), empty = null. */
final class CsvRowSink implements RowSink {
    private final Domain domain;
    private final CsvWriter writer;
    private int[] columns = new int[0];
    private String[] line = new String[0];

    CsvRowSink(Domain domain, Path file) throws IOException {
        this.domain = domain;
        this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(file, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(int[] columns, long records) {
        this.columns = columns.clone();
        this.line = new String[columns.length];
        for (int i = 0; i < columns.length; i++)
            line[i] = domain.variables().get(columns[i]).name();
        writer.writeRecord(line);
    }

    @Override
    public void row(@Nullable Object[] values) {
        for (int i = 0; i < columns.length; i++) {
            String s = RowSink.text(values[columns[i]]);
            line[i] = s == null ? "" : s;
        }
        writer.writeRecord(line);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
