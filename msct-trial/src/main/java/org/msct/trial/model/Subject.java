package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * A subject with demographics and arm: one DM record (SDTMIG 3.4 DM). Dates are ISO 8601 text, possibly partial.
 *
 * @param usubjid USUBJID, unique in the study (convention {@code STUDYID-SITEID-SUBJID})
 * @param subjid SUBJID within the study
 * @param rfstdtc RFSTDTC, reference start = first MSC infusion (null for screen failures)
 * @param rfendtc RFENDTC, reference end
 * @param rfxstdtc RFXSTDTC, first study treatment
 * @param rfxendtc RFXENDTC, last study treatment
 * @param rficdtc RFICDTC, informed consent
 * @param rfpendtc RFPENDTC, end of participation
 * @param dthdtc DTHDTC, date of death
 * @param dthfl DTHFL: true for "Y"; SDTM allows "Y" or null only, "N" is read as false
 * @param siteId SITEID (a site of study.json)
 * @param brthdtc BRTHDTC, birth date
 * @param age AGE in {@code ageu} units (years), null when not collected
 * @param ageu AGEU (C66781), {@code YEARS}
 * @param sex SEX (C66731)
 * @param race RACE (C74457)
 * @param ethnic ETHNIC (C66790)
 * @param armcd ARMCD planned arm code (≤ 20 chars)
 * @param arm ARM planned arm description
 * @param actarmcd ACTARMCD actual arm code
 * @param actarm ACTARM actual arm description
 * @param armnrs ARMNRS reason arm is null (C142179), e.g. {@code SCREEN FAILURE}
 * @param country COUNTRY, ISO 3166-1 alpha-3
 * @param row 1-based data row in dm.csv / dm.json, 0 when not read from a file
 */
public record Subject(
        String usubjid,
        String subjid,
        @Nullable IsoDate rfstdtc,
        @Nullable IsoDate rfendtc,
        @Nullable IsoDate rfxstdtc,
        @Nullable IsoDate rfxendtc,
        @Nullable IsoDate rficdtc,
        @Nullable IsoDate rfpendtc,
        @Nullable IsoDate dthdtc,
        @Nullable Boolean dthfl,
        String siteId,
        @Nullable IsoDate brthdtc,
        @Nullable Integer age,
        @Nullable String ageu,
        Sex sex,
        @Nullable String race,
        @Nullable String ethnic,
        @Nullable String armcd,
        @Nullable String arm,
        @Nullable String actarmcd,
        @Nullable String actarm,
        @Nullable String armnrs,
        String country,
        int row) {
    public Subject {
        Require.text(usubjid, "USUBJID");
        Require.text(subjid, "SUBJID");
        Require.text(siteId, "SITEID");
        Require.text(country, "COUNTRY");
        if (sex == null) throw new IllegalArgumentException("SEX is required");
        if (age != null && age < 0) throw new IllegalArgumentException("AGE must be >= 0: " + age);
        Require.row(row);
    }

    /** Whether the subject died (DTHFL = Y). */
    public boolean died() {
        return Boolean.TRUE.equals(dthfl);
    }
}
