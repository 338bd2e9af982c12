package org.msct.instruments.sledai;

import org.jspecify.annotations.Nullable;

/**
 * Protocol options of SLEDAI-2K scoring. {@link #DEFAULTS}: 10-day window, SLEDAI-2K, no UPCR substitution, the
 * definition's thresholds.
 *
 * @param window recall window recorded with the score (default {@link RecallWindow#WINDOW_10D}, the original
 *     instrument; {@link RecallWindow#WINDOW_30D} is the validated alternative)
 * @param variant variant tag and eligibility rules (default {@link SledaiVariant#SLEDAI_2K})
 * @param upcrSubstitution when the 24-h urine protein is absent, derive PROTEINURIA from the UPCR
 *     (protocol-defined; default off)
 * @param upcrThresholdMgPerMmol UPCR threshold override in mg/mmol (strictly greater counts); {@code null} = the
 *     definition's 56.6 mg/mmol (≈ 0.5 mg/mg)
 * @param arthritisMinJoints minimum number of inflamed joints for ARTHRITIS when a joint count is given;
 *     {@code null} = the definition's "more than 2" (i.e. 3). Some SLEDAI-2K sheets print "≥ 2" (UNVERIFIED): set 2
 */
public record SledaiOptions(
        RecallWindow window,
        SledaiVariant variant,
        boolean upcrSubstitution,
        @Nullable Double upcrThresholdMgPerMmol,
        @Nullable Integer arthritisMinJoints) {

    public static final SledaiOptions DEFAULTS =
            new SledaiOptions(RecallWindow.WINDOW_10D, SledaiVariant.SLEDAI_2K, false, null, null);

    public SledaiOptions {
        if (upcrThresholdMgPerMmol != null && !(upcrThresholdMgPerMmol > 0 && upcrThresholdMgPerMmol < 6000)) {
            throw new IllegalArgumentException(
                    "upcrThresholdMgPerMmol " + upcrThresholdMgPerMmol + " outside (0, 6000)");
        }
        if (arthritisMinJoints != null && (arthritisMinJoints < 1 || arthritisMinJoints > 68)) {
            throw new IllegalArgumentException("arthritisMinJoints " + arthritisMinJoints + " outside 1-68");
        }
    }

    public SledaiOptions withWindow(RecallWindow w) {
        return new SledaiOptions(w, variant, upcrSubstitution, upcrThresholdMgPerMmol, arthritisMinJoints);
    }

    public SledaiOptions withVariant(SledaiVariant v) {
        return new SledaiOptions(window, v, upcrSubstitution, upcrThresholdMgPerMmol, arthritisMinJoints);
    }

    public SledaiOptions withUpcrSubstitution(boolean on, @Nullable Double thresholdMgPerMmol) {
        return new SledaiOptions(window, variant, on, thresholdMgPerMmol, arthritisMinJoints);
    }

    public SledaiOptions withArthritisMinJoints(@Nullable Integer minJoints) {
        return new SledaiOptions(window, variant, upcrSubstitution, upcrThresholdMgPerMmol, minJoints);
    }
}
