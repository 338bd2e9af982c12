package org.msct.trial.protocol;

import org.jspecify.annotations.Nullable;

/**
 * One source of a protocol.
 *
 * @param ref short reference used by provenance tags, e.g. {@code S12} (the numbering of clinical-definitions.md §9)
 * @param citation bibliographic citation or registry title
 * @param doi DOI without the {@code doi:} prefix, if any
 * @param pmid PubMed id, if any
 * @param registry trial-registry id (e.g. {@code NCT01741857}), if the source is a registry record
 * @param url where the text was read, if any
 */
public record Citation(
        String ref,
        String citation,
        @Nullable String doi,
        @Nullable String pmid,
        @Nullable String registry,
        @Nullable String url) {}
