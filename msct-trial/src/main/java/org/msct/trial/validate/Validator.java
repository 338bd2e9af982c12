package org.msct.trial.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.msct.trial.bundle.BundleReader;
import org.msct.trial.bundle.ReadResult;
import org.msct.trial.finding.Finding;
import org.msct.trial.finding.Severity;
import org.msct.trial.model.TrialData;

/**
 * Validates a study bundle: the reader's structural findings (BUNDLE-* rules, e.g. duplicate USUBJID, bad dates,
 * unknown references) plus, when the bundle could be read, every {@link Rule} of {@link Rules#standard()} (VAL-*
 * rules). Import is all-or-nothing: the report carries the data only when nothing is an ERROR.
 */
public final class Validator {
    /** Orders findings by file, row, rule id, variable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingLong(Finding::row)
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> Objects.requireNonNullElse(f.variable(), ""));

    private final List<Rule> rules;
    private final ValidationOptions options;

    public Validator(List<Rule> rules, ValidationOptions options) {
        this.rules = List.copyOf(rules);
        this.options = Objects.requireNonNull(options);
    }

    /** The shipped rules with default options. */
    public static Validator standard() {
        return new Validator(Rules.standard(), ValidationOptions.DEFAULTS);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Reads and validates the bundle in {@code dir} (CSV or Dataset-JSON, detected by {@code dm.json}). */
    public ValidationReport validate(Path dir) {
        return validate(BundleReader.read(dir), Files.exists(dir.resolve("dm.json")) ? ".json" : ".csv");
    }

    /** Validates a CSV bundle already read. */
    public static ValidationReport validate(ReadResult read) {
        return standard().validate(read, ".csv");
    }

    /**
     * Validates a bundle already read.
     *
     * @param extension {@code .csv} or {@code .json}: the findings' file names
     */
    public ValidationReport validate(ReadResult read, String extension) {
        List<Finding> all = new ArrayList<>(read.findings());
        TrialData data = read.data();
        if (data != null) {
            ValidationContext ctx = new ValidationContext(data, extension, options);
            all.addAll(
                    rules.parallelStream().flatMap(r -> r.check(ctx).stream()).toList());
        }
        all.sort(ORDER);
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Finding f : all) counts.merge(f.severity(), 1L, Long::sum);
        boolean errors = counts.getOrDefault(Severity.ERROR, 0L) > 0;
        return new ValidationReport(all, counts, data == null ? Map.of() : rows(data), errors ? null : data);
    }

    private static Map<String, Long> rows(TrialData d) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("DM", (long) d.subjects().size());
        m.put("SV", (long) d.visits().size());
        m.put("VS", (long) d.vitalSigns().size());
        m.put("EX", (long) d.infusions().size());
        m.put("LB", (long) d.labs().size());
        m.put("QS", (long) d.qsItems().size());
        m.put("CM", (long) d.conMeds().size());
        m.put("MH", (long) d.medicalHistory().size());
        m.put("AE", (long) d.adverseEvents().size());
        m.put("DS", (long) d.dispositions().size());
        return m;
    }
}
