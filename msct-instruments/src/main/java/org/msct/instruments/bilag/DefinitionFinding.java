package org.msct.instruments.bilag;

/**
 * A problem found while validating a BILAG-2004 definition file.
 *
 * @param code stable finding code (see the constants)
 * @param path JSON path of the offending member, e.g. {@code systems[1].items[0].set}
 * @param message what is wrong and what is allowed
 */
public record DefinitionFinding(String code, String path, String message) {
    /** A header member (id, version, source.citation, remarks) is missing or of the wrong type. */
    public static final String HEADER = "BILAG-DEF-01";
    /** Item numbering: outside 1–97, duplicated, missing, or not contiguous within its system. */
    public static final String ITEM_NUMBERING = "BILAG-DEF-02";
    /** An item's kind, set, lab, criterion or flag grade is invalid. */
    public static final String ITEM_ATTRIBUTE = "BILAG-DEF-03";
    /**
     * A grading condition is malformed or refers to an item outside its system or a code outside 0–4, or the code
     * scale is not 0–4.
     */
    public static final String CONDITION = "BILAG-DEF-04";
    /** A threshold has an unknown operator or a non-numeric or non-finite value, or a required one is missing. */
    public static final String THRESHOLD = "BILAG-DEF-05";
    /** Haematological bands: unknown item, grade or operator, or cut-offs not ordered A ≤ B ≤ C. */
    public static final String HAEM_BANDS = "BILAG-DEF-06";
    /** A numeric scheme is missing, lacks a grade, or is not ordered A ≥ B ≥ C ≥ D = E = 0. */
    public static final String NUMERIC = "BILAG-DEF-07";
    /** A system is unknown, duplicated, missing, or has an unknown grading type. */
    public static final String SYSTEM = "BILAG-DEF-08";
    /** Renal rules: unknown criterion number, percent outside 0–100 or other inconsistency. */
    public static final String RENAL = "BILAG-DEF-09";

    @Override
    public String toString() {
        return code + " " + path + ": " + message;
    }
}
