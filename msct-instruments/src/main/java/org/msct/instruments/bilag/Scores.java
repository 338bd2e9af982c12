package org.msct.instruments.bilag;

import java.util.EnumMap;
import java.util.List;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/** Numeric BILAG scores and the version label of a result. */
final class Scores {
    private Scores() {}

    static BilagResult result(
            EnumMap<BilagSystem, SystemGrade> systems, List<String> warnings, BilagOptions o, Bilag2004Definition def) {
        String classic = o.classicScheme().name();
        EnumMap<BilagSystem, BilagGrade> grades = new EnumMap<>(BilagSystem.class);
        int n2004 = 0;
        int nClassic = 0;
        for (SystemGrade g : systems.values()) {
            grades.put(g.system(), g.grade());
            n2004 += def.weight(Bilag2004Definition.NUMERIC_2004, g.grade());
            if (o.classicIncludesOphthalmic() || g.system() != BilagSystem.OPHTHALMIC) {
                nClassic += def.weight(classic, g.grade());
            }
        }
        BilagGrade renal = grades.get(BilagSystem.RENAL);
        return new BilagResult(
                grades,
                n2004,
                nClassic,
                def.weight(Bilag2004Definition.NUMERIC_2004, renal),
                def.weight(classic, renal),
                systems,
                warnings,
                version(o));
    }

    /** Version labels of the shipped definition, one per (classic scheme, ophthalmic, legacy) combination. */
    private static final String[] VERSIONS = versions(Bilag2004Definition.standard());

    /** E.g. {@code bilag-2004@1.0.0 numeric BILAG_2004 / CLASSIC_9_3_1}. */
    static String version(BilagOptions o) {
        return VERSIONS[index(o.classicScheme(), o.classicIncludesOphthalmic(), o.renalLegacyUkJsle())];
    }

    private static int index(BilagOptions.ClassicScheme scheme, boolean ophthalmic, boolean legacy) {
        return scheme.ordinal() * 4 + (ophthalmic ? 0 : 2) + (legacy ? 1 : 0);
    }

    private static String[] versions(Bilag2004Definition def) {
        String[] out = new String[BilagOptions.ClassicScheme.values().length * 4];
        for (BilagOptions.ClassicScheme scheme : BilagOptions.ClassicScheme.values()) {
            for (boolean ophthalmic : new boolean[] {true, false}) {
                for (boolean legacy : new boolean[] {true, false}) {
                    out[index(scheme, ophthalmic, legacy)] = def.versionTag() + " numeric "
                            + Bilag2004Definition.NUMERIC_2004 + " / " + scheme.name()
                            + (ophthalmic ? "" : " (8 systems, no ophthalmic)")
                            + (legacy ? " renal-legacy-ukjsle" : "");
                }
            }
        }
        return out;
    }
}
