package org.msct.instruments.response;

import java.util.EnumMap;
import java.util.Map;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/** Test helper: nine BILAG grades, every system {@code rest} unless set. */
final class Grades {
    private final EnumMap<BilagSystem, BilagGrade> m = new EnumMap<>(BilagSystem.class);

    private Grades(BilagGrade rest) {
        for (BilagSystem s : BilagSystem.values()) m.put(s, rest);
    }

    static Grades allE() {
        return new Grades(BilagGrade.E);
    }

    static Grades all(BilagGrade g) {
        return new Grades(g);
    }

    Grades with(BilagSystem s, BilagGrade g) {
        m.put(s, g);
        return this;
    }

    Grades without(BilagSystem s) {
        m.remove(s);
        return this;
    }

    Map<BilagSystem, BilagGrade> map() {
        return new EnumMap<>(m);
    }
}
