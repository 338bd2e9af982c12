package org.msct.derivations.input;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One measured or scored value of one subject on one date: a lab (e.g. {@code PROT24H} g/24 h, {@code CREAT} µmol/L,
 * {@code EGFR}, {@code ALB} g/L, {@code URBC} /HPF, {@code C3}, {@code C4}, {@code DSDNA}) or an instrument result
 * ({@code SLEDAI}, a BILAG system grade such as {@code BLGREN} with text {@code A}–{@code E}, or a BILAG numeric
 * score). Parameter codes are those of {@code derivations/parameters.v1.json}.
 *
 * <p>A result that was planned but not obtained is an observation with neither value nor text ("not done"); it is
 * kept in BDS with missing AVAL and never selected as baseline or analysis record.
 *
 * @param usubjid subject
 * @param date collection date
 * @param visitNumber the collected (nominal) visit number, when recorded; analysis visits are derived from dates
 * @param paramcd parameter code
 * @param value numeric result
 * @param text character result (BILAG grade)
 * @param unit unit of the numeric result as collected (informational; the parameter fixes the analysis unit)
 * @param srcDom source SDTM domain, e.g. {@code LB}
 * @param srcVar source SDTM variable, e.g. {@code LBSTRESN}
 * @param srcSeq source sequence number ({@code --SEQ}), when known
 */
public record Observation(
        String usubjid,
        LocalDate date,
        OptionalInt visitNumber,
        String paramcd,
        OptionalDouble value,
        Optional<String> text,
        String unit,
        String srcDom,
        String srcVar,
        OptionalLong srcSeq) {
    public Observation {
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException(
                    "observation " + usubjid + " " + paramcd + " " + date + ": value must be finite");
        }
    }

    /** A numeric lab result from LB. */
    public static Observation lab(String usubjid, LocalDate date, String paramcd, double value, String unit) {
        return new Observation(
                usubjid,
                date,
                OptionalInt.empty(),
                paramcd,
                OptionalDouble.of(value),
                Optional.empty(),
                unit,
                "LB",
                "LBSTRESN",
                OptionalLong.empty());
    }

    /** A numeric instrument score (e.g. SLEDAI-2K total) from QS. */
    public static Observation score(String usubjid, LocalDate date, String paramcd, double value) {
        return new Observation(
                usubjid,
                date,
                OptionalInt.empty(),
                paramcd,
                OptionalDouble.of(value),
                Optional.empty(),
                "",
                "QS",
                "QSSTRESN",
                OptionalLong.empty());
    }

    /** A character instrument result (e.g. a BILAG system grade) from QS. */
    public static Observation grade(String usubjid, LocalDate date, String paramcd, String text) {
        return new Observation(
                usubjid,
                date,
                OptionalInt.empty(),
                paramcd,
                OptionalDouble.empty(),
                Optional.of(text),
                "",
                "QS",
                "QSSTRESC",
                OptionalLong.empty());
    }

    /** A planned result that was not obtained. */
    public static Observation notDone(String usubjid, LocalDate date, String paramcd) {
        return new Observation(
                usubjid,
                date,
                OptionalInt.empty(),
                paramcd,
                OptionalDouble.empty(),
                Optional.empty(),
                "",
                "LB",
                "LBSTRESN",
                OptionalLong.empty());
    }

    /** True when the observation carries a value or a text. */
    public boolean hasResult() {
        return value.isPresent() || text.isPresent();
    }
}
