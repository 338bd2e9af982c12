package org.msct.trial.eligibility;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the subject data say about one classification criteria set (subject data member
 * {@code classification.<set id>}).
 *
 * @param items item code → met (true) or not met (false); an item absent from the map was not assessed (missing)
 * @param fulfilled the investigator's recorded statement that the set is (or is not) fulfilled, used only when no
 *     items are given
 */
public record ClassificationFindings(Map<String, Boolean> items, @Nullable Boolean fulfilled) {
    public ClassificationFindings {
        items = Map.copyOf(items);
    }
}
