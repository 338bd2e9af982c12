package org.msct.derivations.rules;

/**
 * Kind of rule set, with the resource folder its files live in ({@code derivations/<folder>/<id>.v<version>.json}).
 * Response families classify a visit (their outcomes are response states, {@code otherwise} the non-response);
 * event families detect a flare or relapse after a response (they may read the reference and the visit state).
 */
public enum Family {
    RENAL_RESPONSE("renal-response", false),
    RENAL_FLARE("renal-flare", true),
    CLINICAL_RESPONSE("clinical-response", false),
    RELAPSE("relapse", true),
    CLINICAL_REMISSION("clinical-remission", false);

    private final String folder;
    private final boolean event;

    Family(String folder, boolean event) {
        this.folder = folder;
        this.event = event;
    }

    /** Resource folder under {@code derivations/}. */
    public String folder() {
        return folder;
    }

    /** True for flare / relapse definitions. */
    public boolean isEvent() {
        return event;
    }
}
