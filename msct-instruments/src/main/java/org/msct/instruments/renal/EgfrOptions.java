package org.msct.instruments.renal;

/**
 * Options of {@link Egfr#all}. Defaults: {@link #DEFAULT}.
 *
 * @param ckdEpi2009Form which published form of CKD-EPI 2009 to use (default {@link Ckd2009Form#TABLE}, the form of
 *     the paper's table and of the kidney.epi and gdl oracles; instruments.md §7 "fix one form and record it")
 * @param raceWhenAbsent what CKD-EPI 2009 and MDRD do when {@code patient.black} is absent (default
 *     {@link RaceWhenAbsent#NOT_BLACK}: the Black coefficient is a multiplier applied only on a positive report, as
 *     kidney.epi does, with a warning; the brief lists sex, age, weight, height and creatinine as the needed inputs)
 * @param includeQuadraticSchwartz also compute the kidney.epi quadratic Schwartz equation (default false; it is not a
 *     contract output)
 */
public record EgfrOptions(Ckd2009Form ckdEpi2009Form, RaceWhenAbsent raceWhenAbsent, boolean includeQuadraticSchwartz) {
    public static final EgfrOptions DEFAULT = new EgfrOptions(Ckd2009Form.TABLE, RaceWhenAbsent.NOT_BLACK, false);

    public EgfrOptions {
        if (ckdEpi2009Form == null || raceWhenAbsent == null)
            throw new IllegalArgumentException("options must not be null");
    }

    /** The two published forms of CKD-EPI 2009; they differ by about 0.3 % for females and Black males. */
    public enum Ckd2009Form {
        /** Sex/race-specific leading constants 141 (male), 144 (female), 163 (Black male), 166 (Black female). */
        TABLE,
        /** Single equation 141 × 1.018 [female] × 1.159 [Black] (= 143.54, 163.42, 166.36). */
        EQUATION
    }

    /** Handling of an absent race report. */
    public enum RaceWhenAbsent {
        /** Compute without the Black coefficient and add a warning. */
        NOT_BLACK,
        /** Do not compute CKD-EPI 2009 and MDRD (no value). */
        OMIT
    }

    public EgfrOptions withCkdEpi2009Form(Ckd2009Form form) {
        return new EgfrOptions(form, raceWhenAbsent, includeQuadraticSchwartz);
    }

    public EgfrOptions withRaceWhenAbsent(RaceWhenAbsent rule) {
        return new EgfrOptions(ckdEpi2009Form, rule, includeQuadraticSchwartz);
    }

    public EgfrOptions withQuadraticSchwartz(boolean include) {
        return new EgfrOptions(ckdEpi2009Form, raceWhenAbsent, include);
    }
}
