package org.msct.derivations.bds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;

/** First step of a BDS dataset: one record per observation with identifiers, parameter, dates and values. */
public final class BdsRecords {
    private BdsRecords() {}

    /**
     * One BDS record per observation, sorted by subject (in {@code subjects} order), PARAMCD (catalogue order) and
     * ADT; records of the same day keep their input order. Sets STUDYID, USUBJID, PARAMCD, PARAM, PARCAT1, ADT, ADY
     * (days from day 0), AVAL (numeric parameters) or AVALC (grade parameters), SRCDOM, SRCVAR, SRCSEQ. An observation
     * without a result gives a record with missing AVAL/AVALC.
     *
     * @throws IllegalArgumentException naming the value when an observation's subject or parameter is unknown, or a
     *     grade parameter carries a number (or a numeric one a text)
     */
    public static Dataset deriveRecords(
            String name,
            String label,
            List<SubjectRecord> subjects,
            List<Observation> observations,
            ParameterCatalog catalog) {
        Map<String, SubjectRecord> byId = new LinkedHashMap<>();
        for (SubjectRecord s : subjects) byId.put(s.usubjid(), s);
        Map<String, Integer> subjectOrder = rank(byId.keySet());
        Map<String, Integer> paramOrder = rank(catalog.parameters().keySet());
        List<Observation> sorted = new ArrayList<>(observations);
        for (Observation o : sorted) {
            if (!byId.containsKey(o.usubjid()))
                throw new IllegalArgumentException("observation of unknown subject " + o.usubjid());
            ParamDef p = catalog.require(o.paramcd());
            if (p.grade() ? o.value().isPresent() : o.text().isPresent()) {
                throw new IllegalArgumentException("observation " + o.usubjid() + " " + o.paramcd() + " " + o.date()
                        + ": wrong result type for " + (p.grade() ? "a grade" : "a numeric") + " parameter");
            }
        }
        // sort keys computed once per observation, not looked up in two maps at every comparison
        long[] key = new long[sorted.size()];
        Integer[] order = new Integer[sorted.size()];
        for (int i = 0; i < key.length; i++) {
            Observation o = sorted.get(i);
            key[i] = (long) subjectOrder.get(o.usubjid()) << 32 | paramOrder.get(o.paramcd());
            order[i] = i;
        }
        List<Observation> unsorted = sorted;
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> key[i]).thenComparing(i -> unsorted.get(i)
                .date()));
        List<Observation> inOrder = new ArrayList<>(key.length);
        for (Integer i : order) inOrder.add(unsorted.get(i));
        List<Row> rows = new ArrayList<>(inOrder.size());
        for (Observation o : inOrder) {
            SubjectRecord s = byId.get(o.usubjid());
            ParamDef p = catalog.require(o.paramcd());
            rows.add(Row.of(
                    "STUDYID", s.studyId(),
                    "USUBJID", o.usubjid(),
                    "PARAMCD", p.paramcd(),
                    "PARAM", p.param(),
                    "PARCAT1", p.parcat1(),
                    "ADT", o.date(),
                    "ADY", s.studyDay(o.date()),
                    "AVAL", o.value().isPresent() ? o.value().getAsDouble() : null,
                    "AVALC", o.text().orElse(null),
                    "SRCDOM", o.srcDom().isEmpty() ? null : o.srcDom(),
                    "SRCVAR", o.srcVar().isEmpty() ? null : o.srcVar(),
                    "SRCSEQ",
                            o.srcSeq().isPresent() ? Math.toIntExact(o.srcSeq().getAsLong()) : null));
        }
        return new Dataset(name, label, BdsVars.ALL, rows);
    }

    private static Map<String, Integer> rank(java.util.Collection<String> keys) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (String k : keys) m.putIfAbsent(k, m.size());
        return m;
    }
}
