package org.msct.derivations.bilag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.derivations.Fixtures.day;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msct.derivations.input.Observation;

/**
 * BILAG numeric scores (clinical-definitions.md §5.5) from hand-graded systems: renal A, mucocutaneous B,
 * haematological C, every other system E.
 *
 * <pre>
 * classic 9/3/1  : 9 + 3 + 1 = 13, renal 9
 * classic 12/5/1 : 12 + 5 + 1 = 18, renal 12
 * 2004 12/8/1    : 12 + 8 + 1 = 21, renal 12
 * ART 2014 Table 1 patient 13 (total 6: two B grades) is 3 + 3 under 9/3/1 and impossible under 12/8/1 (a B alone is 8).
 * </pre>
 */
class BilagScoresTest {
    static List<Observation> grades(List<String> systems) {
        return systems.stream()
                .map(p -> Observation.grade(
                        "P1",
                        day(0),
                        p,
                        switch (p) {
                            case "BLGREN" -> "A";
                            case "BLGMUC" -> "B";
                            case "BLGHAE" -> "C";
                            default -> "E";
                        }))
                .toList();
    }

    static List<Double> scores(String schemeId) {
        BilagScheme s = BilagSchemes.load(schemeId);
        return BilagScores.computeScores(grades(s.gradeParams()), s).stream()
                .map(o -> o.value().orElse(Double.NaN))
                .toList();
    }

    @Test
    void s01_total_and_renal_under_each_scheme() {
        assertThat(scores("bilag-classic-931")).containsExactly(13.0, 9.0);
        assertThat(scores("bilag-classic-1251")).containsExactly(18.0, 12.0);
        assertThat(scores("bilag-2004-1281")).containsExactly(21.0, 12.0);
    }

    @Test
    void s02_two_b_grades_total_6_only_under_classic_931() {
        BilagScheme classic = BilagSchemes.load(BilagSchemes.DEFAULT);
        List<Observation> two = classic.gradeParams().stream()
                .map(p -> Observation.grade("P13", day(0), p, p.equals("BLGREN") || p.equals("BLGHAE") ? "B" : "E"))
                .toList();
        assertThat(BilagScores.computeScores(two, classic).get(0).value()).hasValue(6.0);
    }

    @Test
    void s03_missing_system_gives_no_total_and_derived_codes_follow_the_scheme() {
        BilagScheme s = BilagSchemes.load(BilagSchemes.DEFAULT);
        List<Observation> g = grades(s.gradeParams()).stream()
                .filter(o -> !o.paramcd().equals("BLGGEN"))
                .toList();
        List<Observation> out = BilagScores.computeScores(g, s);
        assertThat(out).extracting(Observation::paramcd).containsExactly("BILAGTOT", "BILAGREN");
        assertThat(out.get(0).hasResult()).isFalse();
        assertThat(out.get(1).value()).hasValue(9.0);
    }
}
