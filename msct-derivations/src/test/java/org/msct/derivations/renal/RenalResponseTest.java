package org.msct.derivations.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.derivations.Fixtures.GRID;
import static org.msct.derivations.Fixtures.courses;
import static org.msct.derivations.Fixtures.of;
import static org.msct.derivations.Fixtures.renal;
import static org.msct.derivations.Fixtures.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.derivations.course.Adrs;
import org.msct.derivations.course.CourseOptions;
import org.msct.derivations.course.Endpoint;
import org.msct.derivations.course.SubjectCourse;
import org.msct.derivations.course.VisitState;
import org.msct.derivations.dataset.Dataset;
import org.msct.derivations.dataset.Row;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;
import org.msct.derivations.rules.Reference;
import org.msct.derivations.summary.Denominator;
import org.msct.derivations.summary.Proportion;
import org.msct.derivations.summary.Summaries;

/**
 * Renal response and flare on a hand-made cohort of 8 patients (Gu 2014 conventions, endpoint-rules.md §2.3).
 *
 * <pre>
 * Labs: PROT24H g/24h, URBC /HPF, ALB g/L, CREAT umol/L. Visits: M3 d91 (R03 d95), M6 d182, M9 d273, M12 d365.
 * Nanjing CR: PROT &lt; 0.4, URBC &lt;= 5, ALB &gt;= 35, CREAT &lt;= 106.
 * Nanjing PR: PROT/base &lt;= 0.5, PROT &lt; 3.5, ALB &gt;= 30, CREAT/base &lt;= 1.15.
 *
 * id   baseline(d-3)          M3                 M6                 M9                 M12              death
 * R01  3.0 20 28  90          0.3 3 36 85  CR    0.35 2 37 80 CR    2.5 4 33 88  NR    1.0 4 33 86  PR
 *      flare at M9 vs M3: PROT +2.2 &gt;= 2 (ref 0.3 &lt; 3.5), CREAT 88/85 = 1.04 &lt; 1.3 -&gt; PROTEINURIC
 * R02  4.0 30 25 100          1.5 6 31 100 PR    1.2 8 32 120 NR    1.4 15 31 135 NR   1.5 12 30 150 NR
 *      (M6: CREAT 120/100 = 1.2 &gt; 1.15 -&gt; NR); flare vs M3: M9 CREAT 135/100 = 1.35 &gt;= 1.3, URBC 15 &gt; 5 -&gt; NEPHRITIC
 *      vs previous visit: M9 135/120 = 1.13, M12 150/135 = 1.11 -&gt; no flare
 * R03  2.0 10 30  80          0.9 6 32 82  PR    0.8 6 33 80  PR    -                  0.45 4 35 81 PR  (KDIGO: CR, 0.45 &lt; 0.5)
 * R04  3.5 20 26 110          -                                                                          day 10
 * R05  2.4 12 29  95          (d120 0.3 2 38 90 out of window)  2.0 10 29 96 NR  -      1.8 9 30 97  NR
 * R06  1.6  9 31  70          PROT missing  NE   0.7 3 36 69  PR    -                  0.3 2 38 70  CR
 * R07  5.0 25 22 130          4.5 20 24 128 NR   4.0 18 25 125 NR   -                  3.0 15 26 120 NR (3.0/5 = 0.6)
 * R08  1.0  8 33  75          0.2 2 38 72  CR    0.25 1 39 73 CR    -                  -                day 250
 * </pre>
 */
public class RenalResponseTest {
    public static final List<SubjectRecord> SUBJECTS = List.of(
            subject("R01", 400, null),
            subject("R02", 400, null),
            subject("R03", 400, null),
            subject("R04", 0, 10),
            subject("R05", 400, null),
            subject("R06", 400, null),
            subject("R07", 400, null),
            subject("R08", 182, 250));

    public static List<Observation> observations() {
        List<Observation> o = new ArrayList<>();
        o.addAll(renal("R01", -3, 3.0, 20.0, 28.0, 90.0));
        o.addAll(renal("R01", 91, 0.3, 3.0, 36.0, 85.0));
        o.addAll(renal("R01", 182, 0.35, 2.0, 37.0, 80.0));
        o.addAll(renal("R01", 273, 2.5, 4.0, 33.0, 88.0));
        o.addAll(renal("R01", 365, 1.0, 4.0, 33.0, 86.0));
        o.addAll(renal("R02", -3, 4.0, 30.0, 25.0, 100.0));
        o.addAll(renal("R02", 91, 1.5, 6.0, 31.0, 100.0));
        o.addAll(renal("R02", 182, 1.2, 8.0, 32.0, 120.0));
        o.addAll(renal("R02", 273, 1.4, 15.0, 31.0, 135.0));
        o.addAll(renal("R02", 365, 1.5, 12.0, 30.0, 150.0));
        o.addAll(renal("R03", -3, 2.0, 10.0, 30.0, 80.0));
        o.addAll(renal("R03", 95, 0.9, 6.0, 32.0, 82.0));
        o.addAll(renal("R03", 182, 0.8, 6.0, 33.0, 80.0));
        o.addAll(renal("R03", 365, 0.45, 4.0, 35.0, 81.0));
        o.addAll(renal("R04", -3, 3.5, 20.0, 26.0, 110.0));
        o.addAll(renal("R05", -3, 2.4, 12.0, 29.0, 95.0));
        o.addAll(renal("R05", 120, 0.3, 2.0, 38.0, 90.0));
        o.addAll(renal("R05", 182, 2.0, 10.0, 29.0, 96.0));
        o.addAll(renal("R05", 365, 1.8, 9.0, 30.0, 97.0));
        o.addAll(renal("R06", -3, 1.6, 9.0, 31.0, 70.0));
        o.addAll(renal("R06", 91, null, 3.0, 36.0, 68.0));
        o.addAll(renal("R06", 182, 0.7, 3.0, 36.0, 69.0));
        o.addAll(renal("R06", 365, 0.3, 2.0, 38.0, 70.0));
        o.addAll(renal("R07", -3, 5.0, 25.0, 22.0, 130.0));
        o.addAll(renal("R07", 91, 4.5, 20.0, 24.0, 128.0));
        o.addAll(renal("R07", 182, 4.0, 18.0, 25.0, 125.0));
        o.addAll(renal("R07", 365, 3.0, 15.0, 26.0, 120.0));
        o.addAll(renal("R08", -3, 1.0, 8.0, 33.0, 75.0));
        o.addAll(renal("R08", 91, 0.2, 2.0, 38.0, 72.0));
        o.addAll(renal("R08", 182, 0.25, 1.0, 39.0, 73.0));
        return o;
    }

    public static final Endpoint GU = RenalEndpoints.gu2014(GRID);

    static List<SubjectCourse> run(Endpoint e) {
        return courses(SUBJECTS, observations(), e);
    }

    static List<String> states(SubjectCourse c) {
        return c.states().stream()
                .map(s -> s.visit().visitNumber() + ":" + s.state())
                .toList();
    }

    @Test
    void r01_per_visit_states_under_the_nanjing_default() {
        List<SubjectCourse> c = run(GU);
        assertThat(GU.response().id()).isEqualTo("nanjing-cn");
        assertThat(states(of(c, "R01"))).containsExactly("3:CR", "6:CR", "9:NR", "12:PR");
        assertThat(states(of(c, "R02"))).containsExactly("3:PR", "6:NR", "9:NR", "12:NR");
        assertThat(states(of(c, "R03"))).containsExactly("3:PR", "6:PR", "12:PR");
        assertThat(states(of(c, "R04"))).isEmpty();
        assertThat(states(of(c, "R05"))).containsExactly("6:NR", "12:NR");
        assertThat(states(of(c, "R06"))).containsExactly("3:NE", "6:PR", "12:CR");
        assertThat(states(of(c, "R07"))).containsExactly("3:NR", "6:NR", "12:NR");
        assertThat(states(of(c, "R08"))).containsExactly("3:CR", "6:CR");
    }

    @Test
    void r02_best_response_and_first_remission() {
        List<SubjectCourse> c = run(GU);
        assertThat(c.stream().map(SubjectCourse::best).toList())
                .containsExactly("CR", "PR", "PR", "NR", "NR", "CR", "NR", "CR");
        // R06: first remission is the PR at M6; the best (CR) is reached at M12
        assertThat(of(c, "R06").response().map(s -> s.visit().visitNumber())).contains(6);
        assertThat(of(c, "R06").bestVisit().map(s -> s.visit().visitNumber())).contains(12);
        // R03: a PR that never becomes CR
        assertThat(of(c, "R03").best()).isEqualTo("PR");
    }

    @Test
    void r03_cr_that_becomes_a_proteinuric_flare_and_pr_that_becomes_a_nephritic_flare() {
        List<SubjectCourse> c = run(GU);
        assertThat(of(c, "R01").event()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo("PROTEINURIC");
            assertThat(e.studyDay()).isEqualTo(273);
        });
        assertThat(of(c, "R02").event())
                .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("NEPHRITIC"));
        for (String id : List.of("R03", "R04", "R05", "R06", "R07", "R08"))
            assertThat(of(c, id).event()).as(id).isEmpty();
    }

    @Test
    void r04_flare_reference_response_visit_vs_previous_visit() {
        List<SubjectCourse> c = run(GU.withOptions(GU.options().withReference(Reference.PREVIOUS_VISIT)));
        // R01 M9 vs M6: +2.15 g, CREAT 88/80 = 1.10 -> still proteinuric; R02: 1.13 and 1.11 < 1.3 -> no flare
        assertThat(of(c, "R01").event().map(e -> e.code())).contains("PROTEINURIC");
        assertThat(of(c, "R02").event()).isEmpty();
    }

    @Test
    void r05_loss_of_remission_flare_variant() {
        Endpoint loss = RenalEndpoints.endpoint("nanjing-cn", "loss-of-remission", GU.options());
        List<SubjectCourse> c = run(loss);
        // R01 NR at M9, R02 NR at M6; R03, R06, R08 never NR after their first remission
        assertThat(of(c, "R01").event().map(e -> e.code() + "@" + e.studyDay())).contains("LOSS@273");
        assertThat(of(c, "R02").event().map(e -> e.code() + "@" + e.studyDay())).contains("LOSS@182");
        assertThat(c.stream().filter(x -> x.event().isPresent()).count()).isEqualTo(2);
    }

    @Test
    void r06_criteria_sets_are_switchable() {
        CourseOptions o = GU.options();
        // KDIGO 2021: CR = PROT < 0.5 and CREAT/base <= 1.15 -> R03 M12 (0.45) becomes CR
        List<SubjectCourse> kdigo = run(RenalEndpoints.endpoint("kdigo-2021", "moroni-2022", o));
        assertThat(of(kdigo, "R03").best()).isEqualTo("CR");
        // R02 M6 under KDIGO: CREAT 1.2 > 1.15 -> NR, as under Nanjing
        assertThat(states(of(kdigo, "R02"))).containsExactly("3:PR", "6:NR", "9:NR", "12:NR");
        // EULAR 2012 needs GFR, which this cohort lacks. M3/M6: PROT < 0.5, GFR unknown -> CR unknown -> NE.
        // M9: PROT 2.5 fails CR; PROT/base 0.83 fails PR -> NR whatever GFR. M12: not CR (1.0); PR needs GFR/base ->
        // NE.
        List<SubjectCourse> eular = run(RenalEndpoints.endpoint("eular-2012", "moroni-2022", o));
        assertThat(states(of(eular, "R01"))).containsExactly("3:NE", "6:NE", "9:NR", "12:NE");
        assertThat(of(eular, "R01").best()).isEqualTo("NR");
        assertThat(RenalEndpoints.criteriaSets())
                .containsExactly("nanjing-cn", "eular-2012", "eular-2019", "kdigo-2021", "acr-2006", "lunar-2012");
    }

    @Test
    void r07_ever_remission_with_all_enrolled_and_survivors_denominators() {
        List<SubjectCourse> c = run(GU);
        Set<String> remission = Set.of("CR", "PR");
        // all enrolled: R01 R02 R03 R06 R08 / 8 (R04's early death counts as non-responder)
        Proportion all =
                Summaries.computeEver("renal remission by M12", SUBJECTS, c, remission, new Denominator.Enrolled());
        assertThat(all.numerator()).containsExactly("R01", "R02", "R03", "R06", "R08");
        assertThat(all.d()).isEqualTo(8);
        // survivors at day 395 (end of the M12 window): R04 (d10) and R08 (d250) excluded -> 4/6
        Proportion alive =
                Summaries.computeEver("renal remission by M12", SUBJECTS, c, remission, new Denominator.Survivors(395));
        assertThat(alive.numerator()).containsExactly("R01", "R02", "R03", "R06");
        assertThat(alive.denominator()).containsExactly("R01", "R02", "R03", "R05", "R06", "R07");
        assertThat(Summaries.computeAlive("alive at M12", SUBJECTS, c, 395, new Denominator.Enrolled())
                        .n())
                .isEqualTo(6);
    }

    @Test
    void r08_flare_with_responders_and_enrolled_denominators() {
        List<SubjectCourse> c = run(GU);
        // Gu 2014 reports 11/49 (remitters) and 11/81 (enrolled); here 2/5 and 2/8
        Proportion responders = Summaries.computeEvent("renal flare", SUBJECTS, c, new Denominator.Responders());
        Proportion enrolled = Summaries.computeEvent("renal flare", SUBJECTS, c, new Denominator.Enrolled());
        assertThat(responders.numerator()).containsExactly("R01", "R02");
        assertThat(responders.d()).isEqualTo(5);
        assertThat(enrolled.n() + "/" + enrolled.d()).isEqualTo("2/8");
    }

    @Test
    void r09_status_at_visit_excludes_missing_and_not_evaluable_visits() {
        List<SubjectCourse> c = run(GU);
        // M3 assessed: R01 R02 R03 R07 R08 (R06 NE, R05 only out of window, R04 dead) -> CR 2/5, PR 2/5
        Proportion cr3 =
                Summaries.computeStatusAt("CR at M3", SUBJECTS, c, 3, Set.of("CR"), new Denominator.Assessed(3));
        Proportion pr3 =
                Summaries.computeStatusAt("PR at M3", SUBJECTS, c, 3, Set.of("PR"), new Denominator.Assessed(3));
        assertThat(cr3.numerator()).containsExactly("R01", "R08");
        assertThat(cr3.denominator()).containsExactly("R01", "R02", "R03", "R07", "R08");
        assertThat(pr3.numerator()).containsExactly("R02", "R03");
        // M12 assessed: R01 PR, R02 NR, R03 PR, R05 NR, R06 CR, R07 NR -> CR 1/6, PR 2/6
        Proportion cr12 =
                Summaries.computeStatusAt("CR at M12", SUBJECTS, c, 12, Set.of("CR"), new Denominator.Assessed(12));
        assertThat(cr12.n() + "/" + cr12.d()).isEqualTo("1/6");
        assertThat(Summaries.computeStatusAt("PR at M12", SUBJECTS, c, 12, Set.of("PR"), new Denominator.Assessed(12))
                        .numerator())
                .containsExactly("R01", "R03");
    }

    @Test
    void r10_adrs_records() {
        Dataset adrs = Adrs.deriveAdrs(run(GU), GU);
        List<Row> r01 = adrs.rows().stream().filter(r -> r.is("USUBJID", "R01")).toList();
        assertThat(r01)
                .extracting(r -> r.str("PARAMCD") + "=" + r.str("AVALC"))
                .containsExactly(
                        "RENRESP=CR",
                        "RENRESP=CR",
                        "RENRESP=NR",
                        "RENRESP=PR",
                        "BESTREN=CR",
                        "FRSTREN=Y",
                        "RENFLARE=PROTEINURIC");
        Row flare = r01.get(6);
        assertThat(flare.date("ADT")).isEqualTo(org.msct.derivations.Fixtures.day(273));
        assertThat(flare.str("PARCAT1")).isEqualTo("moroni-2022 v1");
        assertThat(r01.get(0).dec("AVAL")).isEqualTo(1.0);
        assertThat(r01.get(0).str("CRIT1")).startsWith("PROT24H < 0.4 AND URBC <= 5");
        // R06 M3 is NE with missing AVAL; R04 (died) has BESTREN NR and FRSTREN N, no RENFLARE record
        Row ne = adrs.rows().stream()
                .filter(r -> r.is("USUBJID", "R06") && r.is("AVISIT", "Month 3"))
                .findFirst()
                .orElseThrow();
        assertThat(ne.str("AVALC")).isEqualTo("NE");
        assertThat(ne.dec("AVAL")).isNull();
        assertThat(adrs.rows().stream()
                        .filter(r -> r.is("USUBJID", "R04"))
                        .map(r -> r.str("PARAMCD") + "=" + r.str("AVALC")))
                .containsExactly("BESTREN=NR", "FRSTREN=N");
        assertThat(adrs.rows().stream()
                        .filter(r -> r.is("USUBJID", "R03") && r.is("PARAMCD", "RENFLARE"))
                        .map(r -> r.str("AVALC")))
                .containsExactly("NONE");
    }

    @Test
    void r11_visit_state_helper() {
        SubjectCourse r06 = of(run(GU), "R06");
        assertThat(r06.stateAt(3)).contains("NE");
        assertThat(r06.stateAt(9)).isEmpty();
        assertThat(r06.states()).extracting(VisitState::state).containsExactly("NE", "PR", "CR");
    }
}
