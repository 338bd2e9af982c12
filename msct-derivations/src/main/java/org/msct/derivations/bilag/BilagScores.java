package org.msct.derivations.bilag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.msct.derivations.input.Observation;
import org.msct.instruments.model.BilagGrade;

/**
 * Numeric BILAG scores from system grades (clinical-definitions.md §5.5): total = sum of the weights of every system's
 * grade; renal = the weight of the renal grade. Under classic A=9/B=3/C=1 a renal B and a haematological B give a
 * total of 6, which is how ART 2014 Table 1 reports a total of 6 (Yee CS et al. Rheumatology 2010;49:1665-9).
 */
public final class BilagScores {
    private BilagScores() {}

    /**
     * Derives one total and one renal score observation for every subject and assessment date that has at least one
     * grade of the scheme. The total is a "not done" observation when any system grade is missing on that date (a
     * partial sum would understate activity); the renal score is "not done" when the renal grade is missing. Grades
     * that are not A–E count as missing. Output order: by subject and date as first met in the input, total then
     * renal. The input is not modified.
     *
     * @param observations observations of any parameters; only the scheme's grade parameters are read
     * @param scheme numeric scheme
     * @return derived observations, source {@code QS}/{@code QSSTRESC}
     */
    public static List<Observation> computeScores(List<Observation> observations, BilagScheme scheme) {
        Map<String, Map<String, BilagGrade>> byVisit = new LinkedHashMap<>();
        Map<String, Observation> first = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (!scheme.systems().containsValue(o.paramcd())) continue;
            String key = o.usubjid() + "|" + o.date();
            first.putIfAbsent(key, o);
            Map<String, BilagGrade> grades = byVisit.computeIfAbsent(key, k -> new LinkedHashMap<>());
            parse(o.text()).ifPresent(g -> grades.put(o.paramcd(), g));
        }
        List<Observation> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, BilagGrade>> e : byVisit.entrySet()) {
            Observation o = first.get(e.getKey());
            Map<String, BilagGrade> grades = e.getValue();
            OptionalDouble total = OptionalDouble.empty();
            if (grades.keySet().containsAll(scheme.gradeParams())) {
                total = OptionalDouble.of(
                        grades.values().stream().mapToInt(scheme::weight).sum());
            }
            BilagGrade renal = grades.get(scheme.renalGradeParam());
            OptionalDouble renalScore =
                    renal == null ? OptionalDouble.empty() : OptionalDouble.of(scheme.weight(renal));
            out.add(derived(o.usubjid(), o.date(), o.visitNumber(), scheme.totalParamcd(), total));
            out.add(derived(o.usubjid(), o.date(), o.visitNumber(), scheme.renalParamcd(), renalScore));
        }
        return out;
    }

    private static Optional<BilagGrade> parse(Optional<String> text) {
        if (text.isEmpty()) return Optional.empty();
        for (BilagGrade g : BilagGrade.values()) if (g.name().equals(text.get().trim())) return Optional.of(g);
        return Optional.empty();
    }

    private static Observation derived(
            String usubjid, LocalDate date, OptionalInt visit, String paramcd, OptionalDouble value) {
        return new Observation(
                usubjid, date, visit, paramcd, value, Optional.empty(), "", "QS", "QSSTRESC", OptionalLong.empty());
    }
}
