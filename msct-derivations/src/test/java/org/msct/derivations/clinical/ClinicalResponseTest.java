package org.msct.derivations.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.derivations.Fixtures.GRID;
import static org.msct.derivations.Fixtures.bilag;
import static org.msct.derivations.Fixtures.courses;
import static org.msct.derivations.Fixtures.day;
import static org.msct.derivations.Fixtures.of;
import static org.msct.derivations.Fixtures.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.derivations.bilag.BilagSchemes;
import org.msct.derivations.bilag.BilagScores;
import org.msct.derivations.course.Adrs;
import org.msct.derivations.course.CourseOptions;
import org.msct.derivations.course.CourseOptions.Aggregation;
import org.msct.derivations.course.CourseOptions.DeathAfterResponse;
import org.msct.derivations.course.Endpoint;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.summary.Denominator;
import org.msct.derivations.summary.Proportion;
import org.msct.derivations.summary.Summaries;
import org.msct.derivations.summary.Summaries.Counting;

/**
 * MCR / PCR and relapse (ART 2014 conventions, endpoint-rules.md §1.4) on a hand-made cohort of 8 patients.
 *
 * <pre>
 * Classic BILAG grades in the order GEN MUC NEU MSK CAR VAS REN HAE (? = not graded); SLEDAI-2K after the slash.
 * Visits M3 d91, M6 d182, M9 d273, M12 d365; baseline d-2. Total = classic A9/B3/C1.
 * MCR: no A or B. PCR-1: no A, exactly one B, that system A/B at baseline, total below baseline. PCR-3: no A, <= 1 B.
 * REL-1: >= 1 new A or >= 2 new B vs the response visit. REL-2: any new A or B. REL-3: SLEDAI +4 vs response visit.
 *
 * id  baseline      M3              M6              M9              M12             notes
 * C01 CBEBEEAC/14   CCEDEECC/4 MCR  DCEDEEDD/2 MCR  DCEDEEAC/10 NR  DCEDEECC/4 MCR  new A (REN) at M9 -> MCR then relapse
 * C02 BBECEEAE/12   CCEDEEBE/6 PCR  (same) PCR      (same) PCR      CBECEEBB/8 NR   new B MUC+HAE at M12 -> relapse
 *     (total 16 -> 5; the B is REN, A at baseline)
 * C03 EBEEEEAE/10   EEEBEECE/6 NR (B in MSK, E at baseline; PCR-3: PCR), same at every visit
 * C04 BBEEEEAE/16   died day 7
 * C05 EAEEEEBE/12   unchanged, NR
 * C06 EBEBEEBE/10   EBEBEECE/8 NR   ECECEECE/4 MCR  EAECEECE/6 NR   ECECEECE/4 MCR  new A at M9 -> relapse
 * C07 EBEEEEAE/12   EEEEEE?E/4 NE   EEEEEECE/2 MCR  EEEEEECE/2 MCR  EEEBEECE/6 NR   one new B at M12: REL-2 and REL-3 only
 * C08 EBEEEEBE/8    EEEEEECE/2 MCR  EEEEEECE/2 MCR  died day 250
 * </pre>
 */
class ClinicalResponseTest {
    static final List<SubjectRecord> SUBJECTS = List.of(
            subject("C01", 400, null),
            subject("C02", 400, null),
            subject("C03", 400, null),
            subject("C04", 0, 7),
            subject("C05", 400, null),
            subject("C06", 400, null),
            subject("C07", 400, null),
            subject("C08", 182, 250));

    static final int[] DAYS = {-2, 91, 182, 273, 365};

    static void add(List<Observation> o, String id, String... gradesAndSledai) {
        for (int i = 0; i < gradesAndSledai.length; i++) {
            String[] p = gradesAndSledai[i].split("/");
            o.addAll(bilag(id, DAYS[i], p[0]));
            o.add(Observation.score(id, day(DAYS[i]), "SLEDAI", Double.parseDouble(p[1])));
        }
    }

    static List<Observation> observations() {
        List<Observation> o = new ArrayList<>();
        add(o, "C01", "CBEBEEAC/14", "CCEDEECC/4", "DCEDEEDD/2", "DCEDEEAC/10", "DCEDEECC/4");
        add(o, "C02", "BBECEEAE/12", "CCEDEEBE/6", "CCEDEEBE/6", "CCEDEEBE/6", "CBECEEBB/8");
        add(o, "C03", "EBEEEEAE/10", "EEEBEECE/6", "EEEBEECE/6", "EEEBEECE/6", "EEEBEECE/6");
        add(o, "C04", "BBEEEEAE/16");
        add(o, "C05", "EAEEEEBE/12", "EAEEEEBE/12", "EAEEEEBE/12", "EAEEEEBE/12", "EAEEEEBE/12");
        add(o, "C06", "EBEBEEBE/10", "EBEBEECE/8", "ECECEECE/4", "EAECEECE/6", "ECECEECE/4");
        add(o, "C07", "EBEEEEAE/12", "EEEEEE?E/4", "EEEEEECE/2", "EEEEEECE/2", "EEEBEECE/6");
        add(o, "C08", "EBEEEEBE/8", "EEEEEECE/2", "EEEEEECE/2");
        o.addAll(BilagScores.computeScores(o, BilagSchemes.load(BilagSchemes.DEFAULT)));
        return o;
    }

    static final Endpoint ART = ClinicalEndpoints.art2014(GRID);

    static List<SubjectCourse> run(Endpoint e) {
        return courses(SUBJECTS, observations(), e);
    }

    static List<String> states(SubjectCourse c) {
        return c.states().stream()
                .map(s -> s.visit().visitNumber() + ":" + s.state())
                .toList();
    }

    static String relapse(SubjectCourse c) {
        return c.event().map(e -> e.code() + "@" + e.studyDay()).orElse("-");
    }

    @Test
    void k01_per_visit_states_and_best_response_art_pcr1() {
        List<SubjectCourse> c = run(ART);
        assertThat(states(of(c, "C01"))).containsExactly("3:MCR", "6:MCR", "9:NR", "12:MCR");
        assertThat(states(of(c, "C02"))).containsExactly("3:PCR", "6:PCR", "9:PCR", "12:NR");
        assertThat(states(of(c, "C03"))).containsExactly("3:NR", "6:NR", "9:NR", "12:NR");
        assertThat(states(of(c, "C06"))).containsExactly("3:NR", "6:MCR", "9:NR", "12:MCR");
        assertThat(states(of(c, "C07"))).containsExactly("3:NE", "6:MCR", "9:MCR", "12:NR");
        assertThat(c.stream().map(SubjectCourse::best).toList())
                .containsExactly("MCR", "PCR", "NR", "NR", "NR", "MCR", "MCR", "MCR");
        // ART 2014 counts best response over all enrolled: MCR 4/8, PCR 1/8
        assertThat(Summaries.computeEver("MCR", SUBJECTS, c, Set.of("MCR"), new Denominator.Enrolled())
                        .n())
                .isEqualTo(4);
        assertThat(Summaries.computeEver("PCR", SUBJECTS, c, Set.of("PCR"), new Denominator.Enrolled())
                        .numerator())
                .containsExactly("C02");
    }

    @Test
    void k02_mcr_followed_by_relapse_keeps_the_mcr_label() {
        List<SubjectCourse> c = run(ART);
        assertThat(of(c, "C01").best()).isEqualTo("MCR");
        assertThat(relapse(of(c, "C01"))).isEqualTo("RELAPSE@273");
        assertThat(relapse(of(c, "C02"))).isEqualTo("RELAPSE@365");
        assertThat(relapse(of(c, "C06"))).isEqualTo("RELAPSE@273");
        assertThat(relapse(of(c, "C07"))).isEqualTo("-");
        assertThat(relapse(of(c, "C08"))).isEqualTo("-");
    }

    @Test
    void k03_relapses_new_per_visit_and_cumulative_among_responders() {
        List<SubjectCourse> c = run(ART);
        Denominator resp = new Denominator.Responders();
        // ART 2014: 3/24 at month 9 and 4/24 at month 12 are new relapses per visit; here 2/5 and 1/5
        Proportion m9 = Summaries.computeEventsByVisit("relapse M9", SUBJECTS, c, 9, Counting.NEW_AT_VISIT, resp);
        Proportion m12 = Summaries.computeEventsByVisit("relapse M12", SUBJECTS, c, 12, Counting.NEW_AT_VISIT, resp);
        Proportion cum12 = Summaries.computeEventsByVisit("relapse by M12", SUBJECTS, c, 12, Counting.CUMULATIVE, resp);
        assertThat(m9.numerator()).containsExactly("C01", "C06");
        assertThat(m9.denominator()).containsExactly("C01", "C02", "C06", "C07", "C08");
        assertThat(m12.numerator()).containsExactly("C02");
        assertThat(cum12.n() + "/" + cum12.d()).isEqualTo("3/5");
        assertThat(Summaries.computeEventsByVisit("relapse by M6", SUBJECTS, c, 6, Counting.CUMULATIVE, resp)
                        .n())
                .isZero();
    }

    @Test
    void k04_relapse_definitions_are_switchable() {
        CourseOptions o = ART.options();
        List<SubjectCourse> rel2 = run(ClinicalEndpoints.response("art-2014-pcr1", "art-rel-2", o));
        List<SubjectCourse> rel3 = run(ClinicalEndpoints.response("art-2014-pcr1", "art-rel-3", o));
        // REL-2 adds C07 (one new B in MSK at M12)
        assertThat(rel2.stream().map(ClinicalResponseTest::relapse).toList())
                .containsExactly("RELAPSE@273", "RELAPSE@365", "-", "-", "-", "RELAPSE@273", "RELAPSE@365", "-");
        // REL-3: SLEDAI +6 for C01 at M9 (4 -> 10), +4 for C07 at M12 (2 -> 6); C02 +2, C06 +2
        assertThat(rel3.stream().map(ClinicalResponseTest::relapse).toList())
                .containsExactly("RELAPSE@273", "-", "-", "-", "-", "-", "RELAPSE@365", "-");
    }

    @Test
    void k05_pcr_variants() {
        CourseOptions o = ART.options();
        List<SubjectCourse> pcr2 = run(ClinicalEndpoints.response("art-2014-pcr2", "art-rel-1", o));
        List<SubjectCourse> pcr3 = run(ClinicalEndpoints.response("art-2014-pcr3", "art-rel-1", o));
        // PCR-2 adds "no new B vs baseline", already implied by PCR-1 (one B, held from A/B): same result
        assertThat(pcr2.stream().map(SubjectCourse::best).toList())
                .containsExactly("MCR", "PCR", "NR", "NR", "NR", "MCR", "MCR", "MCR");
        // PCR-3 drops the held-from-baseline and improvement clauses: C03 (one B in MSK) becomes PCR
        assertThat(pcr3.stream().map(SubjectCourse::best).toList())
                .containsExactly("MCR", "PCR", "PCR", "NR", "NR", "MCR", "MCR", "MCR");
    }

    @Test
    void k06_death_after_response_ignored_or_counted_as_relapse() {
        List<SubjectCourse> ignore = run(ART);
        List<SubjectCourse> relapse =
                run(ART.withOptions(ART.options().withDeathAfterResponse(DeathAfterResponse.RELAPSE)));
        assertThat(relapse(of(ignore, "C08"))).isEqualTo("-");
        assertThat(relapse(of(relapse, "C08"))).isEqualTo("DEATH@250");
        // C04 died on day 7 before any response: never a relapse, NR in the enrolled denominator
        assertThat(relapse(of(relapse, "C04"))).isEqualTo("-");
        assertThat(of(relapse, "C04").best()).isEqualTo("NR");
        assertThat(Summaries.computeEvent("relapse", SUBJECTS, relapse, new Denominator.Responders())
                        .n())
                .isEqualTo(4);
        // the death has no visit: per-visit counts are unchanged
        assertThat(Summaries.computeEventsByVisit(
                                "relapse by M12",
                                SUBJECTS,
                                relapse,
                                12,
                                Counting.CUMULATIVE,
                                new Denominator.Responders())
                        .n())
                .isEqualTo(3);
    }

    @Test
    void k07_explorer_landmark_cannot_produce_mcr_then_relapse() {
        Endpoint lm = ClinicalEndpoints.explorerLandmark(GRID);
        List<SubjectCourse> c = run(lm);
        // state at M6, kept without a new A or B through M12: only C08 (no visit after M6) keeps its MCR
        assertThat(c.stream().map(SubjectCourse::best).toList())
                .containsExactly("NR", "NR", "NR", "NR", "NR", "NR", "NR", "MCR");
        assertThat(Summaries.computeEvent("relapse", SUBJECTS, c, new Denominator.Enrolled())
                        .n())
                .isZero();
        // the same definitions aggregated as best-ever give MCR -> R again
        Endpoint best = lm.withOptions(lm.options().withAggregation(Aggregation.BEST_EVER, OptionalInt.empty()));
        assertThat(of(run(best), "C01").best()).isEqualTo("MCR");
        assertThat(relapse(of(run(best), "C01"))).isEqualTo("RELAPSE@273");
    }

    @Test
    void k08_bilag_numeric_scores_in_bds_and_adrs_records() {
        Dataset bds = org.msct.derivations.Fixtures.bds(SUBJECTS, observations());
        // C01 baseline CBEBEEAC = 1+3+0+3+0+0+9+1 = 17, renal A = 9; M3 CCEDEECC = 4; C07 M3 has a missing system -> no
        // total
        assertThat(value(bds, "C01", "BILAGTOT", -2)).isEqualTo(17.0);
        assertThat(value(bds, "C01", "BILAGREN", -2)).isEqualTo(9.0);
        assertThat(value(bds, "C01", "BILAGTOT", 91)).isEqualTo(4.0);
        assertThat(value(bds, "C07", "BILAGTOT", 91)).isNull();
        Dataset adrs = Adrs.deriveAdrs(run(ART), ART);
        assertThat(adrs.rows().stream()
                        .filter(r -> r.is("USUBJID", "C01"))
                        .map(r -> r.str("PARAMCD") + "=" + r.str("AVALC")))
                .containsExactly(
                        "CLINRESP=MCR",
                        "CLINRESP=MCR",
                        "CLINRESP=NR",
                        "CLINRESP=MCR",
                        "BESTCLIN=MCR",
                        "FRSTCLIN=Y",
                        "RELAPSE=RELAPSE");
        assertThat(adrs.rows().stream()
                        .filter(r -> r.is("USUBJID", "C07") && r.is("PARAMCD", "RELAPSE"))
                        .map(r -> r.str("AVALC")))
                .containsExactly("N");
    }

    static Double value(Dataset bds, String id, String paramcd, int ady) {
        return bds.rows().stream()
                .filter(r -> r.is("USUBJID", id) && r.is("PARAMCD", paramcd) && r.integer("ADY") == ady)
                .findFirst()
                .orElseThrow()
                .dec("AVAL");
    }
}
