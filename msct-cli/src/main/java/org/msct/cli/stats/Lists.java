package org.msct.cli.stats;

import java.util.ArrayList;
import java.util.List;
import org.msct.core.error.UsageException;

/** Comma-separated option values ("12,24,48"), parsed with the option's name in errors. */
final class Lists {
    private Lists() {}

    static double[] doubles(String option, String s) {
        if (s == null || s.isBlank()) return null;
        String[] parts = s.split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UsageException("option " + option + ": '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(v[i]))
                throw new UsageException("option " + option + ": '" + parts[i] + "' is not finite");
        }
        return v;
    }

    static int[] ints(String option, String s) {
        double[] d = doubles(option, s);
        if (d == null) return null;
        int[] v = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            if (d[i] != Math.rint(d[i]) || d[i] < 0) {
                throw new UsageException("option " + option + ": '" + d[i] + "' is not a non-negative integer");
            }
            v[i] = (int) d[i];
        }
        return v;
    }

    static List<String> strings(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.isBlank()) return out;
        for (String p : s.split(",")) if (!p.isBlank()) out.add(p.strip());
        return out;
    }
}
