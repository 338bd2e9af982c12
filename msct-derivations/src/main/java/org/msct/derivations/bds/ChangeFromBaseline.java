package org.msct.derivations.bds;

import java.util.List;
import java.util.OptionalDouble;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;

/** Change (CHG), percent change (PCHG) and ratio (R2BASE) from baseline for post-baseline records (ADY &gt; 0). */
public final class ChangeFromBaseline {
    private ChangeFromBaseline() {}

    /** {@code aval − base}. */
    public static double computeChg(double aval, double base) {
        return aval - base;
    }

    /** {@code (aval − base) / base × 100}; empty when {@code base} is 0. */
    public static OptionalDouble computePchg(double aval, double base) {
        return base == 0 ? OptionalDouble.empty() : OptionalDouble.of((aval - base) / base * 100.0);
    }

    /** {@code aval / base}; empty when {@code base} is 0. */
    public static OptionalDouble computeRatio(double aval, double base) {
        return base == 0 ? OptionalDouble.empty() : OptionalDouble.of(aval / base);
    }

    /**
     * Sets CHG, PCHG and R2BASE on records with ADY &gt; 0 and both AVAL and BASE; they stay missing on baseline and
     * pre-treatment records, when either value is missing, and (PCHG, R2BASE) when BASE is 0.
     */
    public static Dataset deriveChange(Dataset dataset) {
        return dataset.withVariables(List.of(BdsVars.CHG, BdsVars.PCHG, BdsVars.R2BASE), r -> {
            if (!post(r)) return new Object[3];
            double aval = r.dec("AVAL");
            double base = r.dec("BASE");
            return new Object[] {computeChg(aval, base), box(computePchg(aval, base)), box(computeRatio(aval, base))};
        });
    }

    private static boolean post(Row r) {
        Integer ady = r.integer("ADY");
        return ady != null && ady > 0 && r.dec("AVAL") != null && r.dec("BASE") != null;
    }

    private static Double box(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
