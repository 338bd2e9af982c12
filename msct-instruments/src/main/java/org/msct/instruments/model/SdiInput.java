package org.msct.instruments.model;

import java.util.Map;

/**
 * SDI section of an assessment (JSON member {@code sdi}):
 *
 * <pre>{@code
 * {"items": {"CATARACT": 1, "AVASCULAR_NECROSIS": 2, "ESRD": 3},    // points recorded per damage item
 *  "months_present": {"COGNITIVE_IMPAIRMENT": 4}}                   // optional: months the item has been present
 * }</pre>
 *
 * <p>Item codes (case-insensitive) are those of {@code sdi.v1.json}. Points must be 0 or one of the item's allowed
 * points (1; 1–2 for items scored 2 when repeated or at more than one site; ESRD 3); {@code true} means the item's
 * lowest non-zero points and {@code false} 0. A recorded item is taken as persistent (present ≥ 6 months, as the SDI
 * form asks the investigator to check) unless {@code months_present} gives a shorter duration, in which case a
 * non-"ever" item does not count. Months are 0–1200 and may be fractional (2 weeks ≈ 0.5).
 *
 * @param items item code → points recorded
 * @param monthsPresent item code → months present
 */
public record SdiInput(Map<String, Integer> items, Map<String, Double> monthsPresent) {
    public SdiInput {
        items = Map.copyOf(items);
        monthsPresent = Map.copyOf(monthsPresent);
        for (Map.Entry<String, Double> e : monthsPresent.entrySet()) {
            if (!(e.getValue() >= 0 && e.getValue() <= 1200))
                throw new IllegalArgumentException("months " + e.getValue());
        }
    }

    public SdiInput(Map<String, Integer> items) {
        this(items, Map.of());
    }
}
