package org.msct.instruments.bilag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.msct.instruments.model.BilagGrade;

/**
 * Haematological grading rules (items 90–97). <b>UNVERIFIED</b>: the cut-offs, the TTP coding and the placement of
 * haemolysis (B) and isolated Coombs positivity (C) are reconstructed (instruments.md §4.2, bilag2004-notes.md §5);
 * {@code BilagOptions.DEFAULTS.haem()} holds the values of the definition file ({@code bilag-2004.v1.json}); a
 * protocol may pass others through {@link BilagOptions}.
 *
 * @param bands value cut-offs, sorted by item then grade
 * @param ttpYesGrade grade when item 95 TTP is recorded as yes (TTP recorded as a code 2–4 gives A, 1 gives B)
 * @param haemolysisGrade grade when item 96 active haemolysis is yes
 * @param coombsGrade grade when item 97 isolated Coombs positive is yes
 */
public record HaemRules(
        List<HaemBand> bands, BilagGrade ttpYesGrade, BilagGrade haemolysisGrade, BilagGrade coombsGrade) {

    public HaemRules {
        List<HaemBand> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingInt(HaemBand::item).thenComparing(HaemBand::grade));
        bands = List.copyOf(sorted);
        for (BilagGrade g : List.of(ttpYesGrade, haemolysisGrade, coombsGrade)) {
            if (g.compareTo(BilagGrade.C) > 0) throw new IllegalArgumentException("flag grades must be A, B or C");
        }
    }

    /** These rules with the band of {@code item} at {@code grade} replaced (or added). */
    public HaemRules withBand(int item, BilagGrade grade, Threshold threshold) {
        List<HaemBand> out = new ArrayList<>();
        int decimals = 1;
        for (HaemBand b : bands) {
            if (b.item() == item) decimals = b.printedDecimals();
            if (b.item() != item || b.grade() != grade) out.add(b);
        }
        out.add(new HaemBand(item, grade, threshold, decimals));
        return new HaemRules(out, ttpYesGrade, haemolysisGrade, coombsGrade);
    }

    public HaemRules withTtpYesGrade(BilagGrade g) {
        return new HaemRules(bands, g, haemolysisGrade, coombsGrade);
    }

    public HaemRules withHaemolysisGrade(BilagGrade g) {
        return new HaemRules(bands, ttpYesGrade, g, coombsGrade);
    }

    public HaemRules withCoombsGrade(BilagGrade g) {
        return new HaemRules(bands, ttpYesGrade, haemolysisGrade, g);
    }
}
