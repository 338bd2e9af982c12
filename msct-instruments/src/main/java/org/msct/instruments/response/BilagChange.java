package org.msct.instruments.response;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/** BILAG-2004 grade comparisons between a reference visit and a follow-up visit (instruments.md §4.3). */
final class BilagChange {
    private static final BilagSystem[] SYSTEMS = BilagSystem.values();

    private BilagChange() {}

    /** Adds {@code prefix.bilag2004} or {@code prefix.bilag2004.SYSTEM} for every system without a grade. */
    static void requireAll(@Nullable Map<BilagSystem, BilagGrade> grades, String prefix, List<String> missing) {
        if (grades == null) {
            missing.add(prefix + ".bilag2004");
            return;
        }
        if (grades.size() == SYSTEMS.length) return;
        for (BilagSystem s : SYSTEMS) {
            if (!grades.containsKey(s)) missing.add(prefix + ".bilag2004." + s);
        }
    }

    /** True when both visits grade every system. */
    static boolean complete(@Nullable Map<BilagSystem, BilagGrade> a, @Nullable Map<BilagSystem, BilagGrade> b) {
        return a != null && b != null && a.size() == SYSTEMS.length && b.size() == SYSTEMS.length;
    }

    /** Number of systems graded {@code grade} at follow-up whose reference grade is in {@code from} ("new" A or B). */
    static int countNew(
            Map<BilagSystem, BilagGrade> ref, Map<BilagSystem, BilagGrade> fu, BilagGrade grade, Set<BilagGrade> from) {
        int n = 0;
        for (BilagSystem s : SYSTEMS) {
            if (fu.get(s) == grade && from.contains(ref.get(s))) n++;
        }
        return n;
    }

    /** "RENAL E→A, …" for the new-{@code grade} systems, or "none". */
    static String describeNew(
            Map<BilagSystem, BilagGrade> ref, Map<BilagSystem, BilagGrade> fu, BilagGrade grade, Set<BilagGrade> from) {
        StringBuilder sb = new StringBuilder();
        for (BilagSystem s : SYSTEMS) {
            if (fu.get(s) == grade && from.contains(ref.get(s))) {
                if (sb.length() > 0) sb.append(", ");
                sb.append(s).append(' ').append(ref.get(s)).append('→').append(fu.get(s));
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
