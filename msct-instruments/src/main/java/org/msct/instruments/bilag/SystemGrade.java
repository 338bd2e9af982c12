package org.msct.instruments.bilag;

import java.util.List;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/**
 * The grade of one system with its explanation.
 *
 * @param rule the rule that gave the grade, e.g. "any A-set item at 2-4"
 * @param triggers the items, values or criteria that satisfied it
 */
public record SystemGrade(BilagSystem system, BilagGrade grade, String rule, List<BilagTrigger> triggers) {
    public SystemGrade {
        triggers = List.copyOf(triggers);
    }

    /** E.g. "MUCOCUTANEOUS A: any A-set item at 2-4; item 5 Skin eruption – severe = 3 (worse) → A". */
    public String explanation() {
        StringBuilder sb = new StringBuilder()
                .append(system)
                .append(' ')
                .append(grade)
                .append(": ")
                .append(rule);
        for (BilagTrigger t : triggers) sb.append("; ").append(t.describe());
        return sb.toString();
    }
}
