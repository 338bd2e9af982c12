package org.msct.trial.validate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.IsoDate;
import org.msct.trial.model.TrialData;

/**
 * What a rule reads: the trial, the bundle's file extension (findings name {@code lb.csv} or {@code lb.json}) and the
 * options.
 *
 * @param data the loaded trial
 * @param extension {@code .csv} or {@code .json}
 * @param options rule settings
 */
public record ValidationContext(TrialData data, String extension, ValidationOptions options) {
    public ValidationContext {
        Objects.requireNonNull(data, "data");
        if (!extension.equals(".csv") && !extension.equals(".json")) {
            throw new IllegalArgumentException("extension must be .csv or .json: " + extension);
        }
        Objects.requireNonNull(options, "options");
    }

    /** The file of a dataset, e.g. {@code file("lb")} → {@code lb.csv}. */
    public String file(String stem) {
        return stem + extension;
    }

    /**
     * SDTM study day of {@code date} relative to {@code rfstdtc} (day 1 = RFSTDTC, the day before is -1, no day 0);
     * null when either date is partial (SDTMIG 3.4 §4.4.4: --DY is null then).
     */
    public static @Nullable Integer studyDay(IsoDate date, IsoDate rfstdtc) {
        var d = date.date();
        var r = rfstdtc.date();
        if (d.isEmpty() || r.isEmpty()) return null;
        long diff = d.get().toEpochDay() - r.get().toEpochDay();
        return (int) (diff >= 0 ? diff + 1 : diff);
    }
}
