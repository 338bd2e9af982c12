package org.msct.derivations.rules;

/**
 * Which values a condition reads: the current visit, the subject's baseline, or the reference of an event definition
 * (response visit, previous visit, baseline or nadir, as the endpoint options say).
 */
public enum Anchor {
    CURRENT("value"),
    BASELINE("baseline"),
    REFERENCE("reference");

    private final String code;

    Anchor(String code) {
        this.code = code;
    }

    /** The code used in files. */
    public String code() {
        return code;
    }
}
