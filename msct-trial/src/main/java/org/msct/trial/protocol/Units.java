package org.msct.trial.protocol;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Units that protocol conditions and subject data may use, each with its conversion to a base unit. Values are never
 * converted between measures that differ in kind (a 24-h urine protein is not a protein:creatinine ratio; an absolute
 * dose is converted to a per-m² or per-kg dose only with the subject's body size).
 */
public final class Units {
    private Units() {}

    /** The constant whose JSON code is {@code s}, or null. */
    private static <E extends Enum<E>> @Nullable E byCode(E[] values, Function<E, String> code, String s) {
        for (E e : values) if (code.apply(e).equals(s)) return e;
        return null;
    }

    /** The JSON codes of all constants, in declaration order (for "allowed: ..." messages). */
    private static <E extends Enum<E>> List<String> codes(E[] values, Function<E, String> code) {
        return Arrays.stream(values).map(code).toList();
    }

    /** Urine protein: 24-h excretion (base g/24 h) or protein:creatinine ratio (base mg/mg). */
    public enum Protein {
        G_PER_24H("g/24h", Measure.PROTEIN_24H, 1.0),
        MG_PER_24H("mg/24h", Measure.PROTEIN_24H, 0.001),
        MG_PER_MG("mg/mg", Measure.UPCR, 1.0),
        G_PER_G("g/g", Measure.UPCR, 1.0),
        MG_PER_G("mg/g", Measure.UPCR, 0.001),
        /** mg/mmol ÷ 113.12 = mg/mg (creatinine 113.12 g/mol, so 1 mmol = 113.12 mg). */
        MG_PER_MMOL("mg/mmol", Measure.UPCR, 1.0 / CREATININE_MG_PER_MMOL);

        private final String json;
        private final Measure measure;
        private final double toBase;

        Protein(String json, Measure measure, double toBase) {
            this.json = json;
            this.measure = measure;
            this.toBase = toBase;
        }

        public Measure measure() {
            return measure;
        }

        /** {@code value} in this unit expressed in the base unit of its measure. */
        public double toBase(double value) {
            return value * toBase;
        }

        /** {@code baseValue} (base unit of this measure) expressed in this unit. */
        public double fromBase(double baseValue) {
            return baseValue / toBase;
        }

        @JsonValue
        public String json() {
            return json;
        }

        public static @Nullable Protein parse(String s) {
            return byCode(values(), u -> u.json, s);
        }

        public static List<String> allowed() {
            return codes(values(), u -> u.json);
        }

        /** The two urine-protein measures. */
        public enum Measure {
            PROTEIN_24H,
            UPCR
        }
    }

    /** Molar mass of creatinine, mg per mmol (113.12 g/mol). */
    public static final double CREATININE_MG_PER_MMOL = 113.12;

    /** Serum creatinine (base mg/dL; 1 mg/dL = 88.4 µmol/L, shared/spec/instruments.md §8). */
    public enum Creatinine {
        MG_PER_DL("mg/dL", 1.0),
        UMOL_PER_L("umol/L", 1.0 / 88.4);

        private final String json;
        private final double toBase;

        Creatinine(String json, double toBase) {
            this.json = json;
            this.toBase = toBase;
        }

        public double toMgPerDl(double value) {
            return value * toBase;
        }

        public double fromMgPerDl(double mgPerDl) {
            return mgPerDl / toBase;
        }

        @JsonValue
        public String json() {
            return json;
        }

        /** Accepts {@code µmol/L} as a spelling of {@code umol/L}. */
        public static @Nullable Creatinine parse(String s) {
            String t = s.replace('µ', 'u').replace('μ', 'u');
            return byCode(values(), u -> u.json, t);
        }

        public static List<String> allowed() {
            return codes(values(), u -> u.json);
        }
    }

    /** Drug dose: mass (base g) absolute, per m² body surface area, or per kg body weight. */
    public enum Dose {
        MG("mg", 0.001, Basis.ABSOLUTE),
        G("g", 1.0, Basis.ABSOLUTE),
        MG_PER_M2("mg/m2", 0.001, Basis.PER_M2),
        G_PER_M2("g/m2", 1.0, Basis.PER_M2),
        MG_PER_KG("mg/kg", 0.001, Basis.PER_KG),
        G_PER_KG("g/kg", 1.0, Basis.PER_KG);

        private final String json;
        private final double grams;
        private final Basis basis;

        Dose(String json, double grams, Basis basis) {
            this.json = json;
            this.grams = grams;
            this.basis = basis;
        }

        /** Grams per unit (of mass, of mass per m², or of mass per kg). */
        public double grams() {
            return grams;
        }

        public Basis basis() {
            return basis;
        }

        @JsonValue
        public String json() {
            return json;
        }

        public static @Nullable Dose parse(String s) {
            return byCode(values(), u -> u.json, s);
        }

        public static List<String> allowed() {
            return codes(values(), u -> u.json);
        }

        /** What a dose is expressed per. */
        public enum Basis {
            ABSOLUTE,
            PER_M2,
            PER_KG
        }
    }

    /** The interval a dose is given per (a month is 365.25/12 = 30.4375 days). */
    public enum Interval {
        DAY("day", 1),
        WEEK("week", 7),
        TWO_WEEKS("2 weeks", 14),
        FOUR_WEEKS("4 weeks", 28),
        MONTH("month", DAYS_PER_MONTH);

        private final String json;
        private final double days;

        Interval(String json, double days) {
            this.json = json;
            this.days = days;
        }

        public double days() {
            return days;
        }

        @JsonValue
        public String json() {
            return json;
        }

        public static @Nullable Interval parse(String s) {
            return byCode(values(), u -> u.json, s);
        }

        public static List<String> allowed() {
            return codes(values(), u -> u.json);
        }
    }

    /** Days in a month, 365.25 / 12, used for doses per month, durations in months and visit days. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    /** Treatment duration (base days). */
    public enum Duration {
        DAYS("days", 1),
        WEEKS("weeks", 7),
        MONTHS("months", DAYS_PER_MONTH),
        YEARS("years", 365.25);

        private final String json;
        private final double days;

        Duration(String json, double days) {
            this.json = json;
            this.days = days;
        }

        public double days() {
            return days;
        }

        @JsonValue
        public String json() {
            return json;
        }

        public static @Nullable Duration parse(String s) {
            return byCode(values(), u -> u.json, s);
        }

        public static List<String> allowed() {
            return codes(values(), u -> u.json);
        }
    }
}
