package org.msct.stats.paired;

import java.util.ArrayList;
import java.util.List;
import org.msct.stats.data.LongData;
import org.msct.stats.data.TteReader;

/** Builds small {@link LongData} sets in tests: one call to {@link #row} per CSV line. */
public final class LongFixture {
    private final List<String> subjects = new ArrayList<>();
    private final List<String> arms = new ArrayList<>();
    private final List<String> params = new ArrayList<>();
    private final List<Double> visits = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    public LongFixture row(String subject, String arm, double visit, String param, double value) {
        subjects.add(subject);
        arms.add(arm);
        visits.add(visit);
        params.add(param);
        values.add(value);
        return this;
    }

    /** Values b - a for one subject each: visit 0 has value 0, visit 1 has value d[i], param "x", arm "A". */
    public static LongData differences(double... d) {
        LongFixture f = new LongFixture();
        for (int i = 0; i < d.length; i++) {
            f.row("s" + i, "A", 0, "x", 0).row("s" + i, "A", 1, "x", d[i]);
        }
        return f.build();
    }

    public LongData build() {
        List<String> subjLevels = subjects.stream().distinct().toList();
        List<String> armLevels = TteReader.sortedLevels(arms.stream().distinct().toList());
        List<String> paramLevels = params.stream().distinct().toList();
        int n = subjects.size();
        int[] s = new int[n];
        int[] a = new int[n];
        int[] p = new int[n];
        double[] v = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = subjLevels.indexOf(subjects.get(i));
            a[i] = armLevels.indexOf(arms.get(i));
            p[i] = paramLevels.indexOf(params.get(i));
            v[i] = visits.get(i);
            y[i] = values.get(i);
        }
        return new LongData("test.long.csv", s, subjLevels, a, armLevels, v, p, paramLevels, y);
    }
}
