package org.msct.instruments.report;

import org.msct.instruments.bilag.BilagOptions;
import org.msct.instruments.renal.EgfrOptions;
import org.msct.instruments.response.BiclaOptions;
import org.msct.instruments.response.DorisOptions;
import org.msct.instruments.response.LldasOptions;
import org.msct.instruments.response.Sri4Options;
import org.msct.instruments.sdi.SdiOptions;
import org.msct.instruments.sfi.SfiOptions;
import org.msct.instruments.sledai.SledaiOptions;

/**
 * Options of {@code msct score}: each instrument's options and the output detail.
 *
 * <p>One default differs from the library's: LLDAS on an input without a {@code previous} assessment is evaluated
 * without its criterion 2 ("no new features"), with a warning, rather than left out, because a single visit is the
 * commonest thing scored on the command line; give {@code previous} to have criterion 2 checked.
 *
 * @param explain add the explanation of each score (items and rules that fired, warnings) to the output
 */
public record ScoreOptions(
        boolean explain,
        SledaiOptions sledai,
        SfiOptions sfi,
        BilagOptions bilag,
        SdiOptions sdi,
        Sri4Options sri4,
        BiclaOptions bicla,
        LldasOptions lldas,
        DorisOptions doris,
        EgfrOptions egfr) {
    public static final ScoreOptions DEFAULTS = new ScoreOptions(
            false,
            SledaiOptions.DEFAULTS,
            SfiOptions.DEFAULTS,
            BilagOptions.DEFAULTS,
            SdiOptions.DEFAULTS,
            Sri4Options.DEFAULT,
            BiclaOptions.DEFAULT,
            LldasOptions.DEFAULT.withWithoutPrevious(LldasOptions.PreviousVisitRule.NOT_EVALUATED),
            DorisOptions.DEFAULT,
            EgfrOptions.DEFAULT);

    public ScoreOptions withExplain(boolean e) {
        return new ScoreOptions(e, sledai, sfi, bilag, sdi, sri4, bicla, lldas, doris, egfr);
    }
}
