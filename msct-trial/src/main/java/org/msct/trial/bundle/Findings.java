package org.msct.trial.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;

/**
 * Collects findings while a bundle is read. At most {@link #MAX_PER_RULE} findings of one rule are kept per file;
 * the rest are counted and summarised by one finding at the end, so a broken multi-million-row file cannot exhaust
 * memory. Thread-safe (a parser thread may report structure problems while the reader reports row problems).
 */
final class Findings {
    static final int MAX_PER_RULE = 100;

    private final List<Finding> kept = new ArrayList<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private boolean error;

    synchronized void add(Finding f) {
        if (f.isError()) error = true;
        long[] n = counts.computeIfAbsent(f.file() + '\u0000' + f.ruleId() + '\u0000' + f.severity(), k -> new long[1]);
        if (++n[0] <= MAX_PER_RULE) kept.add(f);
    }

    void error(String file, long row, @Nullable String variable, @Nullable String value, String rule, String message) {
        add(Finding.error(file, row, variable, value, rule, message));
    }

    void warning(
            String file, long row, @Nullable String variable, @Nullable String value, String rule, String message) {
        add(Finding.warning(file, row, variable, value, rule, message));
    }

    synchronized boolean hasError() {
        return error;
    }

    /** The kept findings followed by one summary per rule and file whose findings were cut. */
    synchronized List<Finding> list() {
        List<Finding> out = new ArrayList<>(kept);
        for (var e : counts.entrySet()) {
            long n = e.getValue()[0];
            if (n <= MAX_PER_RULE) continue;
            String[] k = e.getKey().split("\u0000", -1);
            out.add(new Finding(
                    Severity.valueOf(k[2]),
                    k[0],
                    0,
                    null,
                    null,
                    k[1],
                    (n - MAX_PER_RULE) + " more findings of this rule in this file not listed (" + n + " in all)"));
        }
        return out;
    }
}
