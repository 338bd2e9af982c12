package org.msct.trial.bundle;

import org.jspecify.annotations.Nullable;

/** One SUPPEX row as read, before it is merged into its EX record. */
record SuppQual(
        String usubjid,
        @Nullable String idvar,
        @Nullable String idvarval,
        String qnam,
        String qlabel,
        String qval,
        String qorig,
        @Nullable String qeval,
        int row) {}
