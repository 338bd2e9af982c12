package org.msct.instruments.model;

import java.util.Map;
import java.util.Set;

/**
 * BILAG-2004 section of an assessment (shared/spec/cli-contract.md §2, member {@code bilag2004}): item number →
 * code 0–4 for scaled items (0 not present, 1 improving, 2 same, 3 worse, 4 new), item number → yes/no for yes/no
 * items, and the systems previously involved (which turn an inactive system into D rather than E). Renal and
 * haematological measured values (items 78, 79, 81–84, 86, 87, 90–94) are read from the assessment's labs, never
 * from items. Absent items are "not present".
 *
 * <p>Extensions beyond the contract (optional): an item value {@code "ND"} (not done; ignored for grading and
 * reported as a warning), item 95 (TTP) as either a code 0–4 or yes/no, and a member {@code not_attributable}: item
 * numbers of measured values (78, 79, 81–84, 86, 87, 90–94) that are present but not due to SLE activity (e.g.
 * cytopenia after conditioning), which grading then ignores.
 *
 * @param codes item number → activity code 0–4
 * @param flags item number → yes (true) / no (false)
 * @param previouslyInvolved systems with documented previous involvement
 * @param notDone items recorded as ND
 * @param notAttributable measured-value items whose current value is not due to SLE
 */
public record BilagInput(
        Map<Integer, Integer> codes,
        Map<Integer, Boolean> flags,
        Set<BilagSystem> previouslyInvolved,
        Set<Integer> notDone,
        Set<Integer> notAttributable) {

    /** No items recorded, no history. */
    public static final BilagInput EMPTY = new BilagInput(Map.of(), Map.of(), Set.of());

    public BilagInput {
        codes = Map.copyOf(codes);
        flags = Map.copyOf(flags);
        previouslyInvolved = Set.copyOf(previouslyInvolved);
        notDone = Set.copyOf(notDone);
        notAttributable = Set.copyOf(notAttributable);
        codes.forEach((n, c) -> {
            if (c < 0 || c > 4) throw new IllegalArgumentException("item " + n + " cannot take code " + c);
        });
    }

    /** Items and history only (no ND items, all values attributable). */
    public BilagInput(Map<Integer, Integer> codes, Map<Integer, Boolean> flags, Set<BilagSystem> previouslyInvolved) {
        this(codes, flags, previouslyInvolved, Set.of(), Set.of());
    }
}
