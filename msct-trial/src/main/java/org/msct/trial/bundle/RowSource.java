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
