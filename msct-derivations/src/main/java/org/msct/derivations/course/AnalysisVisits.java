package org.msct.derivations.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.rules.Snapshot;

/** Reads BDS datasets into per-subject baselines and analysis visits, the input of the response derivations. */
public final class AnalysisVisits {
    private AnalysisVisits() {}

    /**
     * Collects, for every subject (in {@code subjects} order, including subjects without any record), the baseline
     * values (ABLFL = Y) and, per AVISITN &gt; 0, the values of the ANL01FL = Y records with a result. Several BDS
     * datasets (e.g. ADLB and ADQS) are merged. Records without a result, unscheduled records and records not
     * flagged for analysis are ignored.
     */
    public static Map<String, SubjectVisits> fromBds(List<Dataset> bds, List<SubjectRecord> subjects) {
        Map<String, Map<String, Double>> baseNum = new HashMap<>();
        Map<String, Map<String, String>> baseText = new HashMap<>();
        Map<String, TreeMap<Integer, Acc>> visits = new HashMap<>();
        for (Dataset d : bds) {
            for (Row r : d.rows()) {
                String id = r.str("USUBJID");
                if (r.is("ABLFL", "Y")) {
                    put(
                            r,
                            baseNum.computeIfAbsent(id, k -> new HashMap<>()),
                            baseText.computeIfAbsent(id, k -> new HashMap<>()));
                } else if (r.is("ANL01FL", "Y") && r.integer("AVISITN") != null && r.integer("AVISITN") > 0) {
                    Acc a = visits.computeIfAbsent(id, k -> new TreeMap<>())
                            .computeIfAbsent(r.integer("AVISITN"), k -> new Acc(r.str("AVISIT")));
                    put(r, a.numbers, a.texts);
                    if (a.date == null || r.date("ADT").isAfter(a.date)) {
                        a.date = r.date("ADT");
                        a.day = r.integer("ADY");
                    }
                }
            }
        }
        Map<String, SubjectVisits> out = new LinkedHashMap<>();
        for (SubjectRecord s : subjects) {
            String id = s.usubjid();
            Optional<Snapshot> base = baseNum.containsKey(id) || baseText.containsKey(id)
                    ? Optional.of(new Snapshot(baseNum.getOrDefault(id, Map.of()), baseText.getOrDefault(id, Map.of())))
                    : Optional.empty();
            List<AnalysisVisit> list = new ArrayList<>();
            visits.getOrDefault(id, new TreeMap<>())
                    .forEach((n, a) ->
                            list.add(new AnalysisVisit(n, a.name, a.date, a.day, new Snapshot(a.numbers, a.texts))));
            out.put(id, new SubjectVisits(id, base, list));
        }
        return out;
    }

    private static void put(Row r, Map<String, Double> numbers, Map<String, String> texts) {
        if (r.dec("AVAL") != null) numbers.put(r.str("PARAMCD"), r.dec("AVAL"));
        if (r.str("AVALC") != null) texts.put(r.str("PARAMCD"), r.str("AVALC"));
    }

    private static final class Acc {
        final String name;
        final Map<String, Double> numbers = new HashMap<>();
        final Map<String, String> texts = new HashMap<>();
        LocalDate date;
        int day;

        Acc(String name) {
            this.name = name;
        }
    }
}
