package org.msct.instruments.bilag;

import java.util.EnumMap;
import java.util.List;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/** Pre-built D/E grades of inactive systems, one per system and basis, so that grading allocates none. */
final class History {
    enum Basis {
        LISTED("previously involved (previously_involved)"),
        LISTED_AT_PREVIOUS("previously involved according to the previous assessment"),
        GRADED_A_AT_PREVIOUS("graded A at the previous assessment"),
        GRADED_B_AT_PREVIOUS("graded B at the previous assessment"),
        GRADED_C_AT_PREVIOUS("graded C at the previous assessment"),
        NONE("no previous involvement recorded");

        final String text;

        Basis(String text) {
            this.text = text;
        }

        static Basis gradedAtPrevious(BilagGrade g) {
            return values()[GRADED_A_AT_PREVIOUS.ordinal() + g.ordinal()];
        }
    }

    private static final EnumMap<BilagSystem, SystemGrade[]> GRADES = new EnumMap<>(BilagSystem.class);

    static {
        for (BilagSystem s : BilagSystem.values()) {
            SystemGrade[] byBasis = new SystemGrade[Basis.values().length];
            for (Basis b : Basis.values()) {
                BilagGrade g = b == Basis.NONE ? BilagGrade.E : BilagGrade.D;
                String rule = g == BilagGrade.D ? "inactive, previously involved" : "never involved";
                byBasis[b.ordinal()] = new SystemGrade(s, g, rule, List.of(new BilagTrigger.History(g, b.text)));
            }
            GRADES.put(s, byBasis);
        }
    }

    private History() {}

    static SystemGrade of(BilagSystem system, Basis basis) {
        return GRADES.get(system)[basis.ordinal()];
    }
}
