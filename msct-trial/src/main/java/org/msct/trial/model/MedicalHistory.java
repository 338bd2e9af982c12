package org.msct.trial.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A medical-history event: one MH record. msct uses the sponsor categories {@link #PRIMARY_DIAGNOSIS} (SLE itself,
 * {@code MHEVDTYP = DIAGNOSIS}), {@link #PRIOR_THERAPY} (therapy that failed before MSCT and makes the patient
 * refractory, e.g. {@code CYCLOPHOSPHAMIDE 0.8 G/MONTH X 28 MONTHS}) and {@link #LN_BIOPSY_CLASS} (ISN/RPS class of
 * the latest renal biopsy, MHTERM {@code LUPUS NEPHRITIS ISN/RPS CLASS IV}).
 *
 * @param usubjid USUBJID
 * @param seq MHSEQ, unique within the subject
 * @param term MHTERM reported term
 * @param decod MHDECOD dictionary term (MedDRA)
 * @param evdtyp MHEVDTYP (C124301), e.g. {@code DIAGNOSIS}, {@code FLARE}
 * @param cat MHCAT
 * @param scat MHSCAT
 * @param occur MHOCCUR (Y/N) for pre-specified history
 * @param dtc MHDTC collection date
 * @param stdtc MHSTDTC start
 * @param endtc MHENDTC end
 * @param enrf MHENRF (C66728)
 * @param row 1-based data row in mh.csv / mh.json, 0 when not read from a file
 */
public record MedicalHistory(
        String usubjid,
        int seq,
        String term,
        @Nullable String decod,
        @Nullable String evdtyp,
        @Nullable String cat,
        @Nullable String scat,
        @Nullable Boolean occur,
        @Nullable IsoDate dtc,
        @Nullable IsoDate stdtc,
        @Nullable IsoDate endtc,
        @Nullable String enrf,
        int row) {
    public static final String PRIMARY_DIAGNOSIS = "PRIMARY DIAGNOSIS";
    public static final String PRIOR_THERAPY = "PRIOR THERAPY";
    public static final String LN_BIOPSY_CLASS = "LN BIOPSY CLASS";
    private static final String CLASS_MARK = "CLASS ";

    public MedicalHistory {
        Require.text(usubjid, "USUBJID");
        Require.seq(seq, "MHSEQ");
        Require.text(term, "MHTERM");
        Require.row(row);
    }

    /**
     * The ISN/RPS class of an {@link #LN_BIOPSY_CLASS} record: the text after the last {@code "CLASS "} in MHTERM,
     * e.g. {@code IV}, {@code III+V}; empty for other categories or when the term has no class.
     */
    public Optional<String> lnClass() {
        if (!LN_BIOPSY_CLASS.equals(cat)) return Optional.empty();
        int i = term.lastIndexOf(CLASS_MARK);
        if (i < 0 || i + CLASS_MARK.length() >= term.length()) return Optional.empty();
        return Optional.of(term.substring(i + CLASS_MARK.length()).trim());
    }
}
