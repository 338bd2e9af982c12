package org.msct.trial.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a protocol element is known, with the tags of shared/spec/clinical-definitions.md §0 (and endpoint-rules.md §0:
 * VP/VR are {@link #VERIFIED}, VS is {@link #VERIFIED_SECONDARY}).
 */
public enum ProvenanceTag {
    /** [V] read in the retrieved text of the cited source (paper, registry, congress abstract). */
    @JsonProperty("verified")
    VERIFIED,
    /** [V2] read only in a secondary source (review, meta-analysis table, registry mirror). */
    @JsonProperty("verified-secondary")
    VERIFIED_SECONDARY,
    /** [R] recollection of the paper or standard, not re-read: unverified. */
    @JsonProperty("recalled")
    RECALLED,
    /** [I] inference or calculation from verified facts; the reasoning is in the note or the remarks. */
    @JsonProperty("inferred")
    INFERRED;

    /** The JSON spelling. */
    public String json() {
        return switch (this) {
            case VERIFIED -> "verified";
            case VERIFIED_SECONDARY -> "verified-secondary";
            case RECALLED -> "recalled";
            case INFERRED -> "inferred";
        };
    }
}
