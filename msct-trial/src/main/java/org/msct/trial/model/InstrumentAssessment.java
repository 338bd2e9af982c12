package org.msct.trial.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.SledaiInput;
import org.msct.instruments.sledai.SledaiDefinition;

/**
 * The QS items of one instrument at one visit of one subject (same USUBJID, QSCAT, VISITNUM and QSDTC), in file
 * order. Built by {@link TrialData#assessments(String)}.
 *
 * @param usubjid USUBJID
 * @param cat QSCAT
 * @param visitnum VISITNUM, null when the items carry none
 * @param dtc QSDTC, null when the items carry none
 * @param items the items, at least one
 */
public record InstrumentAssessment(
        String usubjid, String cat, @Nullable Double visitnum, @Nullable IsoDate dtc, List<QsItem> items) {
    /** QSORRES value of a SLEDAI-2K descriptor marked present. */
    public static final String PRESENT = "PRESENT";

    public InstrumentAssessment {
        Require.text(usubjid, "USUBJID");
        Require.text(cat, "QSCAT");
        items = List.copyOf(items);
        if (items.isEmpty()) throw new IllegalArgumentException("an assessment has at least one item");
    }

    /** The instrument, when QSCAT is one msct knows. */
    public Optional<Instrument> instrument() {
        return Instrument.fromQscat(cat);
    }

    /** The item with this QSTESTCD. */
    public Optional<QsItem> item(String testcd) {
        return items.stream().filter(i -> i.testcd().equals(testcd)).findFirst();
    }

    /**
     * The SLEDAI-2K descriptors marked {@code PRESENT} as an msct-instruments input (codes of sledai-2k.v1.json,
     * mapped from item number {@code SLE2K1nn} → descriptor nn), for scoring with
     * {@link org.msct.instruments.sledai.Sledai2k}. Empty unless QSCAT is {@code SLEDAI-2K}; the total item
     * ({@code SLE2K125}) and items not done are ignored.
     */
    public Optional<SledaiInput> sledaiInput() {
        if (!Instrument.SLEDAI_2K.qscat().equals(cat)) return Optional.empty();
        SledaiDefinition def = SledaiDefinition.standard();
        Set<String> present = new LinkedHashSet<>();
        for (QsItem i : items) {
            int n = itemNumber(i.testcd(), Instrument.SLEDAI_2K.prefix());
            if (n < 1 || n > def.descriptors().size() || !PRESENT.equals(i.orres())) continue;
            for (SledaiDefinition.Descriptor d : def.descriptors()) if (d.number() == n) present.add(d.code());
        }
        return Optional.of(new SledaiInput(present, Set.of()));
    }

    /** Item number after the instrument prefix ({@code SLE2K113} → 13), or -1 when the code does not fit. */
    static int itemNumber(String testcd, String prefix) {
        if (!testcd.startsWith(prefix) || testcd.length() != prefix.length() + 2) return -1;
        char a = testcd.charAt(prefix.length());
        char b = testcd.charAt(prefix.length() + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
        return (a - '0') * 10 + (b - '0');
    }
}
