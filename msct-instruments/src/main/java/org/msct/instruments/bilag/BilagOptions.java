package org.msct.instruments.bilag;

/**
 * The open (UNVERIFIED or protocol-defined) rules of BILAG-2004 grading, each with the default that
 * shared/spec/instruments.md §4 and shared/spec/bilag2004-notes.md argue for ({@link #DEFAULTS}).
 *
 * @param renalLegacyUkJsle reproduce the UK JSLE port of the legacy MS-Access/VBA renal scorer exactly, including its
 *     floating-point ratios, grade-B thresholds 0.4999 g / 49.99 mg/mmol, UACR "≥" when a previous visit exists, its
 *     "no fall at all" grade-C rule and item 89 carried over from the previous visit (notes §4). When true,
 *     {@code firstVisit}, {@code fallOf25PercentIsImprovement}, {@code renalBProteinuria}, {@code gfrFall} and
 *     {@code risingBp} are ignored. Default {@code false} (written rules, exact decimal ratios).
 * @param firstVisit what a "rise"/"fall" condition means without a previous assessment. Default {@link
 *     FirstVisitRule#CHANGE_ASSUMED} (the legacy convention the spec documents; TV-R1).
 * @param fallOf25PercentIsImprovement whether a proteinuria fall of exactly 25 % counts as improvement (so that
 *     "not decreased by ≥ 25 %" fails). Default {@code true}: the literal reading (RB1, RB3b give B); {@code false}
 *     counts an exactly-25 % fall as not improved.
 * @param renalBProteinuria comparison of the grade-B proteinuria thresholds (0.5 g/24 h, 50 mg/mmol). Default {@link
 *     Bound#INCLUSIVE} (≥; notes §4.1); {@link Bound#STRICT} reads "&gt;".
 * @param gfrFall comparison of "GFR fallen to &lt; 67 % of previous". Default {@link Bound#STRICT} (&lt;, legacy and
 *     classic wording); {@link Bound#INCLUSIVE} reads "≤ 67 %" (RB6).
 * @param risingBp the grade-C rising blood pressure rule. Default {@link RisingBpRule#BOTH_PRESSURES}: systolic &gt;
 *     140 and diastolic &gt; 90 and both rises (legacy conjunction).
 * @param haem haematological cut-offs and flag grades (UNVERIFIED). Default: those of {@code bilag-2004.v1.json}: A Hb
 *     &lt; 8 g/dL, WCC &lt; 1.0, neutrophils &lt; 0.5, platelets &lt; 25; B Hb &lt; 9, WCC &lt; 2, neutrophils
 *     &lt; 1, platelets &lt; 50; C Hb &lt; 11, WCC &lt; 4, neutrophils &lt; 2, lymphocytes &lt; 1.0, platelets
 *     &lt; 150; TTP yes A, haemolysis B, isolated Coombs C (all ×10⁹/L except Hb).
 * @param haemRoundToPrintedPrecision round haematological values half-up to the precision printed on the sheet (Hb
 *     and counts 1 decimal, platelets integer) before comparing. Default {@code false}: half-open intervals on
 *     unrounded values (instruments.md §4.2).
 * @param involvementFromPreviousAssessment an inactive system is D (not E) also when the previous assessment lists it
 *     as previously involved or grades it A, B or C (graded without an earlier reference). Default {@code true} ("D if
 *     the system was ever graded A/B/C before", instruments.md §4.1); {@code false} uses only the current {@code
 *     previously_involved}.
 * @param classicScheme weights of the classic numeric score. Default {@link ClassicScheme#CLASSIC_9_3_1} (A = 9, B
 *     = 3, C = 1; clinical-definitions.md §5.5).
 * @param classicIncludesOphthalmic whether the classic numeric total includes the ophthalmic system, which classic
 *     BILAG does not have. Default {@code false}: the eight classic systems (max 72), as clinical-definitions.md §5.5
 *     defines the "total BILAG" the seed papers report; {@code true} sums all nine 2004 systems (max 81).
 */
public record BilagOptions(
        boolean renalLegacyUkJsle,
        FirstVisitRule firstVisit,
        boolean fallOf25PercentIsImprovement,
        Bound renalBProteinuria,
        Bound gfrFall,
        RisingBpRule risingBp,
        HaemRules haem,
        boolean haemRoundToPrintedPrecision,
        boolean involvementFromPreviousAssessment,
        ClassicScheme classicScheme,
        boolean classicIncludesOphthalmic) {

    /** The documented defaults. */
    public static final BilagOptions DEFAULTS = new BilagOptions(
            false,
            FirstVisitRule.CHANGE_ASSUMED,
            true,
            Bound.INCLUSIVE,
            Bound.STRICT,
            RisingBpRule.BOTH_PRESSURES,
            Bilag2004Definition.standard().haemDefaults(),
            false,
            true,
            ClassicScheme.CLASSIC_9_3_1,
            false);

    /** Without a previous assessment (first visit). */
    public enum FirstVisitRule {
        /**
         * Legacy: the previous value is taken as 0, so "creatinine &gt; 130 and risen", "GFR &lt; 80 and fallen" and a
         * dipstick "rise" hold on the current value alone (RB8, RB9, RB10).
         */
        CHANGE_ASSUMED,
        /** A rise or fall needs a previous value: creatinine rise, GFR fall and dipstick rise do not hold. */
        CHANGE_REQUIRES_PREVIOUS
    }

    /** Strictness of a threshold comparison. */
    public enum Bound {
        INCLUSIVE,
        STRICT
    }

    /** The grade-C rising blood pressure rule. */
    public enum RisingBpRule {
        /** Systolic &gt; 140 and diastolic &gt; 90, with rises ≥ 30 and ≥ 15 mmHg. */
        BOTH_PRESSURES,
        /** Systolic &gt; 140 with a rise ≥ 30, or diastolic &gt; 90 with a rise ≥ 15. */
        EITHER_PRESSURE
    }

    /** Weights of the classic numeric score; the ids are those of the definition file. */
    public enum ClassicScheme {
        /** A = 9, B = 3, C = 1, D = E = 0. */
        CLASSIC_9_3_1,
        /** A = 12, B = 5, C = 1, D = E = 0. */
        CLASSIC_12_5_1
    }

    public BilagOptions withRenalLegacyUkJsle(boolean v) {
        return new BilagOptions(
                v,
                firstVisit,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                gfrFall,
                risingBp,
                haem,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withFirstVisit(FirstVisitRule v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                v,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                gfrFall,
                risingBp,
                haem,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withFallOf25PercentIsImprovement(boolean v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                v,
                renalBProteinuria,
                gfrFall,
                risingBp,
                haem,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withRenalBProteinuria(Bound v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                fallOf25PercentIsImprovement,
                v,
                gfrFall,
                risingBp,
                haem,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withGfrFall(Bound v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                v,
                risingBp,
                haem,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withRisingBp(RisingBpRule v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                gfrFall,
                v,
                haem,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withHaem(HaemRules v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                gfrFall,
                risingBp,
                v,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withHaemRoundToPrintedPrecision(boolean v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                gfrFall,
                risingBp,
                haem,
                v,
                involvementFromPreviousAssessment,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withInvolvementFromPreviousAssessment(boolean v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                gfrFall,
                risingBp,
                haem,
                haemRoundToPrintedPrecision,
                v,
                classicScheme,
                classicIncludesOphthalmic);
    }

    public BilagOptions withClassicScheme(ClassicScheme v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                gfrFall,
                risingBp,
                haem,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                v,
                classicIncludesOphthalmic);
    }

    public BilagOptions withClassicIncludesOphthalmic(boolean v) {
        return new BilagOptions(
                renalLegacyUkJsle,
                firstVisit,
                fallOf25PercentIsImprovement,
                renalBProteinuria,
                gfrFall,
                risingBp,
                haem,
                haemRoundToPrintedPrecision,
                involvementFromPreviousAssessment,
                classicScheme,
                v);
    }
}
