package org.msct.derivations.bds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.msct.derivations.input.PlannedVisit;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;

/**
 * The planned post-baseline visits of a protocol, read from {@code derivations/visits/<id>.v1.json}. Validation:
 * header; each visit valid as a {@link PlannedVisit}; visit numbers strictly increasing.
 */
public final class VisitGrid {
    /** The MSCT grid: months 1, 3, 6, 9, 12, then yearly to month 60. */
    public static final String MSCT = "msct-grid";

    private VisitGrid() {}

    /** The shipped grid {@code id}. */
    public static List<PlannedVisit> load(String id) {
        String file = "derivations/visits/" + id + ".v1.json";
        return read(file, DefinitionReader.parseResource(file), id).orThrow();
    }

    /** Reads a grid, reporting every problem. */
    public static Loaded<List<PlannedVisit>> read(String file, JsonNode root, String expectedId) {
        DefinitionReader r = new DefinitionReader(file);
        r.header(root, expectedId);
        if (!root.isObject()) return r.result(null);
        r.onlyMembers(root, "$", Set.of("id", "version", "source", "remarks", "visits"));
        List<PlannedVisit> visits = new ArrayList<>();
        JsonNode list = r.array(root, "visits", "visits");
        for (int i = 0; list != null && i < list.size(); i++) {
            String p = "visits[" + i + "]";
            JsonNode n = list.get(i);
            r.onlyMembers(n, p, Set.of("visitNumber", "name", "targetDay", "windowLow", "windowHigh"));
            double num = r.number(n, "visitNumber", p + ".visitNumber");
            String name = r.text(n, "name", p + ".name");
            double t = r.number(n, "targetDay", p + ".targetDay");
            double lo = r.number(n, "windowLow", p + ".windowLow");
            double hi = r.number(n, "windowHigh", p + ".windowHigh");
            if (Double.isNaN(num + t + lo + hi) || name.isEmpty()) continue;
            try {
                PlannedVisit v = new PlannedVisit((int) num, name, (int) t, (int) lo, (int) hi);
                if (!visits.isEmpty() && visits.get(visits.size() - 1).visitNumber() >= v.visitNumber())
                    r.problem(
                            p + ".visitNumber",
                            "value " + v.visitNumber() + " is not larger than the previous visit number");
                visits.add(v);
            } catch (IllegalArgumentException e) {
                r.problem(p, e.getMessage());
            }
        }
        return r.result(r.ok() ? List.copyOf(visits) : null);
    }
}
