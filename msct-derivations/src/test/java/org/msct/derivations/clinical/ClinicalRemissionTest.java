package org.msct.derivations.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.derivations.Fixtures.GRID;
import static org.msct.derivations.Fixtures.courses;
import static org.msct.derivations.Fixtures.day;
import static org.msct.derivations.Fixtures.of;
import static org.msct.derivations.Fixtures.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.derivations.course.CourseOptions.DeathAfterResponse;
import org.msct.derivations.course.Endpoint;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.summary.Denominator;
import org.msct.derivations.summary.Proportion;
import org.msct.derivations.summary.Summaries;
import org.msct.derivations.summary.Summaries.Category;

/**
 * Complete / partial clinical remission and relapse over 5 years (SCR 2018 conventions, endpoint-rules.md §3.3) on a
 * hand-made cohort of 6 patients.
 *
 * <pre>
 * SLEDAI-2K / prednisone mg/d. Visits M12 d365, M24 d730, M36 d1095, M48 d1460, M60 d1825 (S06: M6 d182).
 * CCR: SLEDAI &lt;= 4 and pred &lt;= 10. PCR: SLEDAI/base &lt;= 0.5 and SLEDAI &lt;= 7 and pred &lt;= 15.
 * Relapse (SCR-REL-1): SLEDAI +4 over the first-remission visit.
 *
 * id  base   M12         M24          M36        M48        M60        death
 * S01 14/30  4/10 CCR    2/7.5 CCR    2/5 CCR    2/5 CCR    2/5 CCR    -
 * S02 12/25  6/15 PCR    6/12.5 PCR   4/10 CCR   4/10 CCR   5/10 PCR   -      best CCR, last status PCR
 * S03 16/40  4/10 CCR    10/10 NONE   10/10      10/10      9/10       -      relapse at M24 (+6)
 * S04 10/20  5/15 PCR    5/12.5 PCR   -                                day 900
 * S05 18/30  12/20 NONE  11/20        10/20      12/20      12/20      -
 * S06  9/20  (M6 8/20 NONE)                                            day 200
 *
 * ever CCR 3/6 (S01 S02 S03), ever PCR 1/6 (S04); relapse 1/4 responders; in remission at 5 y (day 1825):
 * best category CCR S01 S02 = 2/6 enrolled, 2/4 alive (S01 S02 S03 S05); last status: CCR 1/6, PCR 1/6.
 * </pre>
 */
class ClinicalRemissionTest {
    static final List<SubjectRecord> SUBJECTS = List.of(
            subject("S01", 1830, null),
            subject("S02", 1830, null),
            subject("S03", 1830, null),
            subject("S04", 730, 900),
            subject("S05", 1830, null),
            subject("S06", 182, 200));

    static void add(List<Observation> o, String id, int[] days, String... values) {
        for (int i = 0; i < values.length; i++) {
            String[] p = values[i].split("/");
            o.add(Observation.score(id, day(days[i]), "SLEDAI", Double.parseDouble(p[0])));
            o.add(Observation.score(id, day(days[i]), "PRED", Double.parseDouble(p[1])));
        }
    }

    static List<Observation> observations() {
        int[] yearly = {-2, 365, 730, 1095, 1460, 1825};
        List<Observation> o = new ArrayList<>();
        add(o, "S01", yearly, "14/30", "4/10", "2/7.5", "2/5", "2/5", "2/5");
        add(o, "S02", yearly, "12/25", "6/15", "6/12.5", "4/10", "4/10", "5/10");
        add(o, "S03", yearly, "16/40", "4/10", "10/10", "10/10", "10/10", "9/10");
        add(o, "S04", yearly, "10/20", "5/15", "5/12.5");
        add(o, "S05", yearly, "18/30", "12/20", "11/20", "10/20", "12/20", "12/20");
        add(o, "S06", new int[] {-2, 182}, "9/20", "8/20");
        return o;
    }

    static final Endpoint SCR = ClinicalEndpoints.scr2018(GRID);

    static List<SubjectCourse> run(Endpoint e) {
        return courses(SUBJECTS, observations(), e);
    }

    @Test
    void m01_states_best_category_and_relapse() {
        List<SubjectCourse> c = run(SCR);
        assertThat(of(c, "S02").states()).extracting(s -> s.state()).containsExactly("PCR", "PCR", "CCR", "CCR", "PCR");
        assertThat(c.stream().map(SubjectCourse::best).toList())
                .containsExactly("CCR", "CCR", "CCR", "PCR", "NONE", "NONE");
        assertThat(of(c, "S03").event().map(e -> e.code() + "@" + e.studyDay())).contains("RELAPSE@730");
        assertThat(c.stream().filter(x -> x.event().isPresent()).count()).isEqualTo(1);
        Proportion rel = Summaries.computeEvent("relapse", SUBJECTS, c, new Denominator.Responders());
        assertThat(rel.n() + "/" + rel.d()).isEqualTo("1/4");
    }

    @Test
    void m02_in_remission_at_5_years_survivors_vs_all_enrolled() {
        List<SubjectCourse> c = run(SCR);
        Proportion all = Summaries.computeInRemission(
                "CCR at 5 y", SUBJECTS, c, Set.of("CCR"), Category.BEST, 1825, new Denominator.Enrolled());
        Proportion alive = Summaries.computeInRemission(
                "CCR at 5 y", SUBJECTS, c, Set.of("CCR"), Category.BEST, 1825, new Denominator.Survivors(1825));
        assertThat(all.numerator()).containsExactly("S01", "S02");
        assertThat(all.d()).isEqualTo(6);
        assertThat(alive.denominator()).containsExactly("S01", "S02", "S03", "S05");
        assertThat(alive.n() + "/" + alive.d()).isEqualTo("2/4");
        // ever remitted (4) - relapsed (S03) - died without relapse (S04) = 2, the SCR 2018 "37 - 9 = 28" arithmetic
        assertThat(Summaries.computeInRemission(
                                "any at 5 y",
                                SUBJECTS,
                                c,
                                Set.of("CCR", "PCR"),
                                Category.BEST,
                                1825,
                                new Denominator.Enrolled())
                        .n())
                .isEqualTo(2);
        assertThat(Summaries.computeAlive("OS 5 y", SUBJECTS, c, 1825, new Denominator.Enrolled())
                        .n())
                .isEqualTo(4);
    }

    @Test
    void m03_category_best_or_last_status() {
        List<SubjectCourse> c = run(SCR);
        Proportion lastCcr = Summaries.computeInRemission(
                "CCR", SUBJECTS, c, Set.of("CCR"), Category.LAST_STATUS, 1825, new Denominator.Enrolled());
        Proportion lastPcr = Summaries.computeInRemission(
                "PCR", SUBJECTS, c, Set.of("PCR"), Category.LAST_STATUS, 1825, new Denominator.Enrolled());
        assertThat(lastCcr.numerator()).containsExactly("S01");
        assertThat(lastPcr.numerator()).containsExactly("S02");
    }

    @Test
    void m04_death_after_remission_as_relapse() {
        List<SubjectCourse> c = run(SCR.withOptions(SCR.options().withDeathAfterResponse(DeathAfterResponse.RELAPSE)));
        // S04 (PCR at M12, died day 900) relapses by death; S06 died before any remission
        assertThat(of(c, "S04").event().map(e -> e.code() + "@" + e.studyDay())).contains("DEATH@900");
        assertThat(of(c, "S06").event()).isEmpty();
        assertThat(Summaries.computeEvent("relapse", SUBJECTS, c, new Denominator.Responders())
                        .n())
                .isEqualTo(2);
    }

    @Test
    void m05_status_by_year_among_subjects_followed_to_that_year() {
        List<SubjectCourse> c = run(SCR);
        // CT 2013 style: CCR at year 2 among subjects followed to day 730 (S06 died on day 200): S01 only, 1/5
        Proportion y2 =
                Summaries.computeStatusAt("CCR at year 2", SUBJECTS, c, 24, Set.of("CCR"), new Denominator.AtRisk(730));
        assertThat(y2.denominator()).containsExactly("S01", "S02", "S03", "S04", "S05");
        assertThat(y2.numerator()).containsExactly("S01");
    }
}
