package org.msct.trial.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * QS item codes of the lupus instruments (resource {@value #RESOURCE}; cdisc-terms.md §5.3, codes are msct
 * proposals following the CDISC QRS naming pattern). Immutable.
 *
 * @param version resource version
 * @param byInstrument items per instrument in form order
 * @param evlint QSEVLINT recall window per instrument (SLEDAI-2K {@code -P10D}, BILAG-2004 {@code -P4W}), absent
 *     when the instrument has none
 */
public record QsTerms(
        String version, Map<Instrument, List<QsTerms.Term>> byInstrument, Map<Instrument, String> evlint) {
    public static final String RESOURCE = "/trial/qs-items.v1.json";
    private static final QsTerms STANDARD = load();

    /** Kind of item. */
    public enum Kind {
        /** A collected item. */
        ITEM,
        /** A total score ({@code SLE2K125}, {@code SDI142}). */
        TOTAL,
        /** A BILAG-2004 system grade A–E ({@code BLG1S01}–{@code BLG1S09}). */
        GRADE
    }

    /**
     * One item.
     *
     * @param instrument the instrument
     * @param testcd QSTESTCD
     * @param test QSTEST
     * @param kind item, total or grade
     * @param scat QSSCAT (BILAG system, upper case), or null
     * @param descriptor msct-instruments descriptor code (SLEDAI-2K items), or null
     * @param weight SLEDAI-2K weight, or null
     * @param max highest SDI item score, or null
     * @param values BILAG value kind ({@code 0-4/ND}, {@code Y/N}, {@code numeric}, {@code dipstick}), or null
     */
    public record Term(
            Instrument instrument,
            String testcd,
            String test,
            Kind kind,
            @Nullable String scat,
            @Nullable String descriptor,
            @Nullable Integer weight,
            @Nullable Integer max,
            @Nullable String values) {}

    public QsTerms {
        byInstrument = Map.copyOf(byInstrument);
        evlint = Map.copyOf(evlint);
    }

    /** The shipped terms. */
    public static QsTerms standard() {
        return STANDARD;
    }

    public List<Term> items(Instrument instrument) {
        return byInstrument.getOrDefault(instrument, List.of());
    }

    /** The term with this QSTESTCD, in any instrument. */
    public Optional<Term> term(String testcd) {
        for (List<Term> l : byInstrument.values())
            for (Term t : l) if (t.testcd().equals(testcd)) return Optional.of(t);
        return Optional.empty();
    }

    private static QsTerms load() {
        try (InputStream in = QsTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            JsonNode root = new ObjectMapper().readTree(in);
            Map<Instrument, List<Term>> by = new EnumMap<>(Instrument.class);
            Map<Instrument, String> ev = new HashMap<>();
            for (JsonNode i : root.get("instruments")) {
                Instrument ins = Instrument.fromQscat(i.get("qscat").asText())
                        .orElseThrow(() -> new IllegalStateException("unknown qscat in " + RESOURCE));
                if (i.hasNonNull("evlint")) ev.put(ins, i.get("evlint").asText());
                List<Term> terms = new ArrayList<>();
                for (JsonNode t : i.get("items")) {
                    terms.add(new Term(
                            ins,
                            t.get("testcd").asText(),
                            t.get("test").asText(),
                            Kind.valueOf(t.get("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                            text(t, "scat"),
                            text(t, "descriptor"),
                            integer(t, "weight"),
                            integer(t, "max"),
                            text(t, "values")));
                }
                by.put(ins, List.copyOf(terms));
            }
            return new QsTerms(root.get("version").asText(), by, ev);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static @Nullable Integer integer(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asInt() : null;
    }
}
