package org.msct.instruments.renal;

/**
 * The kidney-function equations, with the key used in the {@code egfr} member of the {@code msct score} output
 * (cli-contract.md §2) and the unit of the result.
 */
public enum EgfrEquation {
    /** CKD-EPI 2021 creatinine, race-free (Inker LA et al., NEJM 2021;385:1737-49). */
    CKD_EPI_2021("ckd_epi_2021", true, true),
    /** CKD-EPI 2009 creatinine, with race coefficient (Levey AS et al., Ann Intern Med 2009;150:604-12). */
    CKD_EPI_2009("ckd_epi_2009", true, true),
    /** MDRD 4-variable, IDMS-traceable creatinine, constant 175 (Levey AS et al., Ann Intern Med 2006;145:247-54). */
    MDRD_175("mdrd_175", true, true),
    /** MDRD 4-variable, original non-IDMS constant 186. */
    MDRD_186("mdrd_186", true, true),
    /** Cockcroft–Gault creatinine clearance in mL/min, not BSA-normalised (Nephron 1976;16:31-41). */
    COCKCROFT_GAULT("cockcroft_gault", true, false),
    /** Bedside Schwartz (CKiD 2009), 0.413 × height / Scr (Schwartz GJ et al., JASN 2009;20:629-37). */
    SCHWARTZ_BEDSIDE("schwartz_bedside", true, true),
    /**
     * Quadratic Schwartz as implemented by CRAN kidney.epi (Gao A et al., Kidney Int 2013;83:524-30). Not part of the
     * contract output; computed by {@link Egfr#all} only when {@link EgfrOptions#includeQuadraticSchwartz()}.
     */
    SCHWARTZ_QUADRATIC("schwartz_quadratic", false, true);

    private final String key;
    private final boolean contract;
    private final boolean bsaNormalised;

    EgfrEquation(String key, boolean contract, boolean bsaNormalised) {
        this.key = key;
        this.contract = contract;
        this.bsaNormalised = bsaNormalised;
    }

    /** Output key, e.g. {@code ckd_epi_2021}. */
    public String key() {
        return key;
    }

    /** Whether the key is part of the {@code msct score} contract output. */
    public boolean inContract() {
        return contract;
    }

    /** Unit of the result: {@code mL/min/1.73 m²}, or {@code mL/min} for Cockcroft–Gault. */
    public String unit() {
        return bsaNormalised ? "mL/min/1.73 m²" : "mL/min";
    }
}
