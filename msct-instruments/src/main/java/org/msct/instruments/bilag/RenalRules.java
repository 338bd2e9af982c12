package org.msct.instruments.bilag;

/**
 * Compiled renal grading thresholds of the definition file (instruments.md §4.2 system 8, bilag2004-notes.md §4).
 * Units: 24-h protein g, UPCR/UACR mg/mmol, creatinine µmol/L, GFR mL/min/1.73 m², BP mmHg, dipstick levels.
 *
 * @param a1 criterion A1 quantitative thresholds
 * @param a1FallPercent a fall of this many percent counts as improvement (A1 "not decreased by ≥ 25 %")
 * @param a1DipstickRise dipstick rise in levels for A1
 * @param a3CreatinineAbove creatinine threshold of A3(a)
 * @param a3CreatinineRisenToPercent creatinine must have risen to at least this percent of the previous value
 * @param a3GfrBelow GFR threshold of A3(b)
 * @param a3GfrFallenToPercent GFR must have fallen below (or to) this percent of the previous value
 * @param a3GfrCrossedBelow GFR threshold of A3(c)
 * @param a3GfrPreviousAbove previous GFR condition of A3(c)
 * @param minCriteria number of A criteria needed for grade A
 * @param primaryMask bit n set when criterion n is one of which grade A needs at least one (1, 4, 5)
 * @param bInclusive grade-B proteinuria thresholds read as "≥"
 * @param bStrict grade-B proteinuria thresholds read as "&gt;"
 * @param bFallPercent grade-B "not decreased by ≥ 25 %"
 * @param bDipstickRise dipstick rise in levels for grade B
 * @param bDipstickMin minimum dipstick level for grade B
 * @param bCreatinineAbove creatinine threshold of B(iii)
 * @param bCreatinineRisenToPercent creatinine rise of B(iii)
 * @param c grade-C proteinuria thresholds
 * @param cDipstickMin minimum dipstick level for grade C
 * @param bpSystolic rising-BP systolic threshold
 * @param bpDiastolic rising-BP diastolic threshold
 * @param bpSystolicRise rising-BP systolic rise
 * @param bpDiastolicRise rising-BP diastolic rise
 * @param legacyB grade-B proteinuria thresholds of the legacy UK JSLE scorer
 */
public record RenalRules(
        Proteinuria a1,
        double a1FallPercent,
        int a1DipstickRise,
        Threshold a3CreatinineAbove,
        double a3CreatinineRisenToPercent,
        Threshold a3GfrBelow,
        double a3GfrFallenToPercent,
        Threshold a3GfrCrossedBelow,
        Threshold a3GfrPreviousAbove,
        int minCriteria,
        int primaryMask,
        Proteinuria bInclusive,
        Proteinuria bStrict,
        double bFallPercent,
        int bDipstickRise,
        int bDipstickMin,
        Threshold bCreatinineAbove,
        double bCreatinineRisenToPercent,
        Proteinuria c,
        int cDipstickMin,
        Threshold bpSystolic,
        Threshold bpDiastolic,
        Threshold bpSystolicRise,
        Threshold bpDiastolicRise,
        Proteinuria legacyB) {

    /** Thresholds for the three quantitative proteinuria measures. */
    public record Proteinuria(Threshold protein24h, Threshold upcr, Threshold uacr) {}

    /** Whether criterion {@code n} (1–6) is one of the criteria of which grade A needs at least one. */
    public boolean isPrimary(int n) {
        return (primaryMask & (1 << n)) != 0;
    }
}
