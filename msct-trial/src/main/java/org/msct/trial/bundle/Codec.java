package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;
import org.msct.trial.model.IsoDate;

/**
 * Maps one dataset's rows to model records and back. {@code encode} fills the values of every variable except
 * STUDYID and DOMAIN (written by the writer) with String, Integer, Double or null, in {@link Domain#variables()}
 * order.
 */
interface Codec<T> {
    Domain domain();

    /** The record of the current row, or null when {@link Cells#rowHasError()} after reading its values. */
    @Nullable
    T decode(Cells c);

    void encode(T record, @Nullable Object[] out);

    String usubjid(T record);

    /** The --SEQ value, or 0 for datasets without one (DM, SV, SUPPEX). */
    int seq(T record);

    static @Nullable String text(@Nullable IsoDate d) {
        return d == null ? null : d.text();
    }
}
