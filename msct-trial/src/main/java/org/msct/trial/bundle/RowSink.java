package org.msct.trial.bundle;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Writes one dataset file: the chosen columns, then rows given as full variable arrays. */
interface RowSink extends Closeable {
    /** Writes the header / metadata; {@code columns} are variable positions in domain order. */
    void begin(int[] columns, long records) throws IOException;

    /** One row; {@code values} holds every variable of the domain (String, Integer, Double or null). */
    void row(@Nullable Object[] values) throws IOException;

    /** Text of a value for CSV and for Dataset-JSON strings: numbers in canonical form. */
    static @Nullable String text(@Nullable Object v) {
        if (v == null) return null;
        if (v instanceof Double d) return Values.number(d);
        return v.toString();
    }
}
