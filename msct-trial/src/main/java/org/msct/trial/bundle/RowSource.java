package org.msct.trial.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The variable names and rows of one dataset file (CSV or Dataset-JSON), streamed. */
interface RowSource extends Closeable {
    /** Variable names in file order; null when the file's structure is broken (a finding was reported). */
    @Nullable
    List<String> header() throws IOException;

    /** The next row's values in header order (null for a JSON null), or null at the end. */
    @Nullable
    String @Nullable [] next() throws IOException;

    /**
     * For the row last returned by {@link #next()}, per field: {@link #EMPTY} for an empty value, else a number in
     * [0, {@link #SLOTS}) that is the same for every repeat of one String instance in that column (a cache slot of
     * the source), or -1 when unknown; null when the source does not tell. Reused like the row.
     */
    default int @Nullable [] slots() {
        return null;
    }

    int EMPTY = -2;
    int SLOTS = 1024;

    /** Checks that need the whole file (Dataset-JSON {@code records} count); reports findings. */
    default void finish() throws IOException {}

    /** Thrown for a file whose syntax breaks mid-way; the message says where. */
    final class SyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message, null, false, false);
        }
    }
}
