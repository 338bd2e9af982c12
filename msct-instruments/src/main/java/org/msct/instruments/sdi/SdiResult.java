package org.msct.instruments.sdi;

import java.util.List;

/**
 * An SDI score with its explanation.
 *
 * @param score total 0–47 of the counted items
 * @param items every recorded non-zero item in table order, with how it was counted
 * @param domainScores points per domain in table order (domains without damage included with 0)
 * @param definition definition id and version, e.g. {@code sdi v1}
 * @param warnings entries worth a query (e.g. a previously scored item that disappeared)
 */
public record SdiResult(
        int score, List<ItemScore> items, List<DomainScore> domainScores, String definition, List<String> warnings) {

    /** How a recorded item was counted. */
    public enum Status {
        COUNTED,
        /** Present for less than 6 months (and not an "ever" item). */
        NOT_PERSISTENT,
        /** Not scored because an item that replaces it counts (e.g. ESRD replaces GFR and proteinuria). */
        REPLACED
    }

    /**
     * One recorded item.
     *
     * @param code item code
     * @param domain domain code
     * @param recorded points recorded
     * @param counted points counted in the score
     * @param status how it was counted
     * @param reason explanation for {@link Status#NOT_PERSISTENT} and {@link Status#REPLACED}, else empty
     */
    public record ItemScore(String code, String domain, int recorded, int counted, Status status, String reason) {}

    /** Points of one domain. */
    public record DomainScore(String domain, int points, int max) {}

    public SdiResult {
        items = List.copyOf(items);
        domainScores = List.copyOf(domainScores);
        warnings = List.copyOf(warnings);
    }

    /** Points counted for {@code code} (0 when not recorded or not counted). */
    public int counted(String code) {
        for (ItemScore i : items) if (i.code().equals(code)) return i.counted();
        return 0;
    }
}
