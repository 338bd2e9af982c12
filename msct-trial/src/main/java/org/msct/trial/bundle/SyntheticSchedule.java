package org.msct.trial.bundle;

import java.util.ArrayList;
import java.util.List;
import org.msct.trial.model.PlannedVisit;

/**
 * The synthetic visit grid (clinical-definitions.md §4 implication: baseline, day 7, months 1, 3, 6, 9, 12, then
 * every 3 months), in SDTM study days: day 1 = first infusion, so "day 7" after it is study day 8.
 */
final class SyntheticSchedule {
    private SyntheticSchedule() {}

    static List<PlannedVisit> visits(int n) {
        int[] fixed = {1, 8, 31, 92, 183, 274, 366};
        List<PlannedVisit> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int day = k < fixed.length ? fixed[k] : 366 + 91 * (k - fixed.length + 1);
            String name =
                    switch (k) {
                        case 0 -> "BASELINE";
                        case 1 -> "DAY 7";
                        default -> "MONTH " + Math.round((day - 1) / 30.4375);
                    };
            int before = k == 0 ? 14 : k == 1 ? 1 : k == 2 ? 7 : 14;
            int after = k == 0 ? 0 : k == 1 ? 1 : k == 2 ? 7 : 14;
            out.add(new PlannedVisit(k + 1, name, day, before, after));
        }
        return out;
    }
}
