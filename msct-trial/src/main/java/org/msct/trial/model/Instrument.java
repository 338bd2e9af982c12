package org.msct.trial.model;

import java.util.Optional;

/**
 * The clinician-rated lupus instruments carried in QS, by QSCAT value (issue text; cdisc-terms.md §5 proposes RS
 * for them, msct uses QS as the issue asks). Item codes are the proposals of cdisc-terms.md §5.3.
 */
public enum Instrument {
    /** SLEDAI-2K (Gladman 2002), items {@code SLE2K101}–{@code SLE2K124}, total {@code SLE2K125}. */
    SLEDAI_2K("SLEDAI-2K", "SLE2K1"),
    /** BILAG-2004 (Isenberg 2005), items {@code BLG1001}–{@code BLG1097}, system grades {@code BLG1S01}–{@code BLG1S09}. */
    BILAG_2004("BILAG-2004", "BLG1"),
    /** SLICC/ACR Damage Index, items {@code SDI101}–{@code SDI141}, total {@code SDI142}. */
    SDI("SDI", "SDI1"),
    /** Physician global assessment 0.0–3.0, item {@code SLPGA101}. */
    PGA("PGA", "SLPGA1");

    private final String qscat;
    private final String prefix;

    Instrument(String qscat, String prefix) {
        this.qscat = qscat;
        this.prefix = prefix;
    }

    /** QSCAT value. */
    public String qscat() {
        return qscat;
    }

    /** QSTESTCD prefix (instrument short code with version digit). */
    public String prefix() {
        return prefix;
    }

    public static Optional<Instrument> fromQscat(String qscat) {
        for (Instrument i : values()) if (i.qscat.equals(qscat)) return Optional.of(i);
        return Optional.empty();
    }
}
