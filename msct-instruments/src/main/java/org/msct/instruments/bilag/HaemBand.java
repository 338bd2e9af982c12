package org.msct.instruments.bilag;

import org.msct.instruments.model.BilagGrade;

/**
 * One haematological cut-off: a value of item {@code item} (90 Hb g/dL, 91 WCC, 92 neutrophils, 93 lymphocytes, 94
 * platelets, all ×10⁹/L) that passes {@code threshold} supports {@code grade}. Bands of one item are tried in the
 * order A, B, C, so "A &lt; 8, B &lt; 9" gives the half-open interval 8.0 ≤ Hb &lt; 9.0 for B.
 *
 * @param printedDecimals decimals of the band as printed on the scoring sheet (used only when rounding is asked for)
 */
public record HaemBand(int item, BilagGrade grade, Threshold threshold, int printedDecimals) {
    public HaemBand {
        if (item < 90 || item > 94) throw new IllegalArgumentException("haematological value items are 90-94: " + item);
        if (grade.compareTo(BilagGrade.C) > 0) throw new IllegalArgumentException("band grade must be A, B or C");
        if (printedDecimals < 0 || printedDecimals > 6) throw new IllegalArgumentException("printedDecimals 0-6");
    }
}
