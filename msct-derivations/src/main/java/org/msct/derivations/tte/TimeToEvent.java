package org.msct.derivations.tte;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.dataset.Variable;

/**
 * ADTTE (cdisc-terms.md §8.3) from event and censoring sources, after admiral's {@code derive_param_tte}: for each
 * subject of the population with an origin, the earliest event on or after the origin (CNSR 0) or else the latest
 * censoring date on or after the origin (CNSR of that source). AVAL = ADT − STARTDT in the parameter's unit.
 */
public final class TimeToEvent {
    private TimeToEvent() {}

    /** Variables of ADTTE, in output order. */
    public static final List<Variable> VARIABLES = List.of(
            Variable.chr("STUDYID", "Study Identifier", 20).key(1),
            Variable.chr("USUBJID", "Unique Subject Identifier", 40).key(2),
            Variable.chr("PARAMCD", "Parameter Code", 8).key(3),
            Variable.chr("PARAM", "Parameter", 200),
            Variable.date("STARTDT", "Time to Event Origin Date for Subject")
                    .derivedAs("Earliest date of the parameter's origin source"),
            Variable.date("ADT", "Analysis Date")
                    .derivedAs("Earliest event date on/after STARTDT, else latest censoring date on/after STARTDT"),
            Variable.decimal("AVAL", "Analysis Value")
                    .derivedAs("ADT - STARTDT in days (or months of 30.4375 days, as PARAM states)"),
            Variable.integer("CNSR", "Censor")
                    .derivedAs("0 = event; otherwise the censor value of the chosen censoring source"),
            Variable.chr("EVNTDESC", "Event or Censoring Description", 60),
            Variable.chr("CNSDTDSC", "Censor Date Description", 60),
            Variable.chr("SRCDOM", "Source Data", 8),
            Variable.chr("SRCVAR", "Source Variable", 8),
            Variable.integer("SRCSEQ", "Source Sequence Number")
                    .derivedAs("ASEQ of the source record, when the source has ASEQ"));

    /**
     * The ADTTE dataset of {@code parameters} (parameter-major, subjects in ADSL order).
     *
     * @param adsl ADSL (also available to sources under its name)
     * @param sources other source datasets by name, e.g. {@code ADRS}
     * @throws IllegalArgumentException when a source names an unknown dataset
     */
    public static Dataset deriveTte(Dataset adsl, Map<String, Dataset> sources, List<TteParameter> parameters) {
        Map<String, Dataset> all = new HashMap<>(sources);
        all.put(adsl.name(), adsl);
        Map<String, Map<String, List<Row>>> index = new HashMap<>();
        all.forEach((name, d) -> {
            Map<String, List<Row>> bySubject = new HashMap<>();
            for (Row r : d.rows())
                bySubject
                        .computeIfAbsent(r.str("USUBJID"), k -> new ArrayList<>())
                        .add(r);
            index.put(name, bySubject);
        });
        List<Row> rows = new ArrayList<>();
        for (TteParameter p : parameters) {
            for (Row subject : adsl.rows()) {
                if (!Where.all(p.population(), subject)) continue;
                computeRow(subject, index, p).ifPresent(rows::add);
            }
        }
        return new Dataset("ADTTE", "Time-to-Event Analysis Dataset", VARIABLES, rows);
    }

    /**
     * The ADTTE record of one subject and parameter; empty without origin or without any event or censoring date.
     *
     * @param datasets source rows by dataset name, then by USUBJID
     */
    public static Optional<Row> computeRow(Row subject, Map<String, Map<String, List<Row>>> datasets, TteParameter p) {
        String id = subject.str("USUBJID");
        Optional<Hit> origin =
                dates(
                                datasets,
                                p.origin().dataset(),
                                p.origin().where(),
                                p.origin().dateVar(),
                                id)
                        .stream()
                        .min((a, b) -> a.date.compareTo(b.date));
        if (origin.isEmpty()) return Optional.empty();
        LocalDate start = origin.get().date;
        Hit event = null;
        EventSource eventSource = null;
        for (EventSource e : p.events()) {
            for (Hit h : dates(datasets, e.dataset(), e.where(), e.dateVar(), id)) {
                if (h.date.isBefore(start) || (event != null && !h.date.isBefore(event.date))) continue;
                event = h;
                eventSource = e;
            }
        }
        Row r = Row.of(
                "STUDYID",
                subject.str("STUDYID"),
                "USUBJID",
                id,
                "PARAMCD",
                p.paramcd(),
                "PARAM",
                p.param(),
                "STARTDT",
                start);
        if (event != null) {
            return Optional.of(finish(r, p, start, event, eventSource.dataset(), eventSource.dateVar())
                    .with("CNSR", 0)
                    .with("EVNTDESC", eventSource.evntdesc()));
        }
        Hit censor = null;
        CensorSource censorSource = null;
        for (CensorSource c : p.censors()) {
            for (Hit h : dates(datasets, c.dataset(), c.where(), c.dateVar(), id)) {
                if (h.date.isBefore(start) || (censor != null && !h.date.isAfter(censor.date))) continue;
                censor = h;
                censorSource = c;
            }
        }
        if (censor == null) return Optional.empty();
        return Optional.of(finish(r, p, start, censor, censorSource.dataset(), censorSource.dateVar())
                .with("CNSR", censorSource.censor())
                .with("EVNTDESC", censorSource.evntdesc())
                .with("CNSDTDSC", censorSource.cnsdtdsc()));
    }

    private static Row finish(Row r, TteParameter p, LocalDate start, Hit h, String dom, String var) {
        return r.with("ADT", h.date)
                .with("AVAL", p.unit().of(ChronoUnit.DAYS.between(start, h.date)))
                .with("SRCDOM", dom)
                .with("SRCVAR", var)
                .with("SRCSEQ", h.seq);
    }

    private static List<Hit> dates(
            Map<String, Map<String, List<Row>>> datasets,
            String name,
            List<Where> where,
            String dateVar,
            String usubjid) {
        Map<String, List<Row>> d = datasets.get(name);
        if (d == null) throw new IllegalArgumentException("time-to-event source dataset " + name + " was not supplied");
        List<Hit> out = new ArrayList<>();
        for (Row r : d.getOrDefault(usubjid, List.of())) {
            if (!Where.all(where, r)) continue;
            LocalDate date = r.date(dateVar);
            if (date != null) out.add(new Hit(date, r.integer("ASEQ")));
        }
        return out;
    }

    private record Hit(LocalDate date, @Nullable Integer seq) {}
}
