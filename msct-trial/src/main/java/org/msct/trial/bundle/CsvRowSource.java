package org.msct.trial.bundle;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset CSV (cdisc-terms.md §1: UTF-8, optional BOM, RFC 4180 quoting, header row of variable names, empty
 * lines skipped) read with fastcsv through {@link SharingCsvHandler}. Rows of another length than the header are
 * returned as they are; the caller reports them. The array returned by {@link #next()} is reused. Used for files
 * with a UTF-16/32 byte order mark, and as the reference that {@link ByteCsvRowSource} is tested against.
 */
final class CsvRowSource implements RowSource {
    private final CsvReader<String[]> reader;
    private final CloseableIterator<String[]> it;

    CsvRowSource(Path file) throws IOException {
        this.reader = CsvReader.builder()
                .detectBomHeader(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(new SharingCsvHandler(), file, StandardCharsets.UTF_8);
        this.it = reader.iterator();
    }

    @Override
    public @Nullable List<String> header() {
        String[] h = nextOrNull();
        return h == null ? List.of() : List.copyOf(Arrays.asList(h));
    }

    @Override
    public @Nullable String @Nullable [] next() {
        return nextOrNull();
    }

    private String @Nullable [] nextOrNull() {
        try {
            return it.hasNext() ? it.next() : null;
        } catch (CsvParseException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SyntaxException("malformed CSV: " + cause.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
