package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.msct.cli.analyze.Cohort.bilag;
import static org.msct.cli.analyze.Cohort.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;

/**
 * {@code --protocol wang-2014} on a hand-made cohort with classic BILAG grades (systems GEN MUC NEU MSK CAR VAS REN
 * HAE; ART-MCR-1: no A or B; ART-PCR-1: no A, one B in a system that was A/B at baseline, classic 9/3/1 total below
 * baseline; ART-REL-1: ≥ 1 new A or ≥ 2 new B against the response visit).
 *
 * <p>Every subject: baseline (day −2) {@code CBEBEEAC} (MUC B, MSK B, REN A; total 1+3+0+3+0+0+9+1 = 17). Visits on
 * days 91 (month 3), 182 (6), 273 (9), 365 (12).
 *
 * <ul>
 *   <li>P1: {@code CCECEECC} from month 3 on → MCR at month 3, never relapses. Best MCR.
 *   <li>P2: month 3 {@code CCECEEBC} (REN B, was A; total 1+1+0+1+0+0+3+1 = 7 &lt; 17) → PCR; month 6 the same;
 *       month 9 {@code CCEAEEBC}: MSK A is new against the response visit → relapse at month 9. Best PCR.
 *   <li>P3: {@code CBECEEBC} at every visit: two B → NR.
 *   <li>P4: month 3 {@code CBECEEBC} (NR), month 6 {@code CCECEECC} MCR, month 9 MCR, month 12 {@code CBEBEECC}: MUC
 *       and MSK B are two new B against month 6 → relapse at month 12. Best MCR.
 *   <li>P5: died on day 100 before any post-baseline assessment → NR (counts in the enrolled denominator).
 *   <li>P6: no post-baseline visit (lost after baseline) → NR.
 * </ul>
 *
 * Expected (denominator all enrolled = 6): MCR 2/6 (P1, P4), PCR 1/6 (P2). Relapse new per visit among the 3
 * responders: month 9 1/3 (P2), month 12 1/3 (P4). Overall survival crude at month 12 (day 365): 5/6. Adverse events
 * (P1 non-serious on day 3, P3 serious on day 200, P4 on day 400 after month 12): any AE by day 365 2/6, serious 1/6.
 *
 * <p>Clopper–Pearson 95% CIs from R: {@code binom.test(2, 6)} 0.04327187–0.77722190; {@code binom.test(1, 6)}
 * 0.004210745–0.641234579; {@code binom.test(1, 3)} 0.008403759–0.905700675; {@code binom.test(5, 6)}
 * 0.3587654–0.9957893.
 */
class ClinicalResponseProtocolTest {
    static Results.ProtocolSection s;

    @BeforeAll
    static void analyse() {
        List<SubjectRecord> subjects = List.of(
                subject("P1", 400, null),
                subject("P2", 400, null),
                subject("P3", 400, null),
                subject("P4", 400, null),
                subject("P5", 100, 100),
                subject("P6", 10, null));
        List<Observation> o = new ArrayList<>();
        for (SubjectRecord x : subjects) o.addAll(bilag(x.usubjid(), -2, "CBEBEEAC"));
        int[] days = {91, 182, 273, 365};
        String[][] grades = {
            {"CCECEECC", "CCECEECC", "CCECEECC", "CCECEECC"},
            {"CCECEEBC", "CCECEEBC", "CCEAEEBC", "CCEAEEBC"},
            {"CBECEEBC", "CBECEEBC", "CBECEEBC", "CBECEEBC"},
            {"CBECEEBC", "CCECEECC", "CCECEECC", "CBEBEECC"}
        };
        for (int p = 0; p < 4; p++) for (int v = 0; v < 4; v++) o.addAll(bilag("P" + (p + 1), days[v], grades[p][v]));
        var ae = List.of(
                new BundleMapper.AdverseEventStart("P1", Cohort.day(3), false),
                new BundleMapper.AdverseEventStart("P3", Cohort.day(200), true),
                new BundleMapper.AdverseEventStart("P4", Cohort.day(400), false));
        s = Cohort.analyse("wang-2014", Cohort.mapped(subjects, o, ae, Set.of("QS", "AE")));
    }

    @Test
    void mcr_and_pcr_best_ever_by_month_12_among_all_enrolled() {
        var mcr = Cohort.prop(s, "MCR.m12");
        assertThat(mcr.numerator()).isEqualTo(2);
        assertThat(mcr.denominator()).isEqualTo(6);
        assertThat(mcr.lower()).isCloseTo(0.04327187, within(1e-7));
        assertThat(mcr.upper()).isCloseTo(0.77722190, within(1e-7));
        var pcr = Cohort.prop(s, "PCR.m12");
        assertThat(pcr.numerator()).isEqualTo(1);
        assertThat(pcr.denominator()).isEqualTo(6);
        assertThat(pcr.lower()).isCloseTo(0.004210745, within(1e-8));
        assertThat(pcr.upper()).isCloseTo(0.641234579, within(1e-8));
        assertThat(Cohort.endpoint(s, "MCR").derivation()).contains("clinical-response/art-2014-pcr1", "art-rel-1");
    }

    @Test
    void relapse_new_per_visit_among_responders() {
        var m9 = Cohort.prop(s, "RELAPSE.m9");
        var m12 = Cohort.prop(s, "RELAPSE.m12");
        assertThat(List.of(m9.numerator(), m9.denominator(), m12.numerator(), m12.denominator()))
                .containsExactly(1, 3, 1, 3);
        assertThat(m9.lower()).isCloseTo(0.008403759, within(1e-8));
        assertThat(m9.upper()).isCloseTo(0.905700675, within(1e-8));
        assertThat(m9.denominatorDefinition()).isEqualTo("responders");
    }

    @Test
    void published_targets_are_shown_beside_the_values() {
        var t = Cohort.value(s, "MCR.m12").target();
        assertThat(t).isNotNull();
        assertThat(List.of(t.numerator(), t.denominator())).containsExactly(13, 40);
        assertThat(t.percent()).isEqualTo(32.5);
        assertThat(t.provenance().tag()).hasToString("VERIFIED");
        var r9 = Cohort.value(s, "RELAPSE.m9").target();
        assertThat(r9).isNotNull();
        assertThat(List.of(r9.numerator(), r9.denominator())).containsExactly(3, 24);
    }

    @Test
    void crude_survival_and_adverse_event_incidence() {
        var os = Cohort.prop(s, "OS.m12");
        assertThat(List.of(os.numerator(), os.denominator())).containsExactly(5, 6);
        assertThat(os.lower()).isCloseTo(0.3587654, within(1e-7));
        assertThat(os.upper()).isCloseTo(0.9957893, within(1e-7));
        var any = Cohort.prop(s, "SAFETY.m12");
        var ser = Cohort.prop(s, "SAFETY.m12.serious");
        assertThat(List.of(any.numerator(), any.denominator(), ser.numerator(), ser.denominator()))
                .containsExactly(2, 6, 1, 6);
    }

    @Test
    void without_classic_grades_the_art_endpoints_give_the_reason() {
        // the same cohort with only SLEDAI: ART-MCR-1 cannot be evaluated and says which parameters are missing
        var subjects = List.of(subject("P1", 400, null));
        var o = List.of(Cohort.score("P1", -2, "SLEDAI", 12), Cohort.score("P1", 365, "SLEDAI", 4));
        var x = Cohort.analyse("wang-2014", Cohort.mapped(subjects, o, List.of(), Set.of("QS")));
        var mcr = Cohort.endpoint(x, "MCR");
        assertThat(mcr.status()).isEqualTo("not-computable");
        assertThat(mcr.reason()).contains("BLGGEN", "BLGVAS", "classic BILAG");
        var safety = Cohort.endpoint(x, "SAFETY");
        assertThat(safety.status()).isEqualTo("not-computable");
        assertThat(safety.reason()).contains("no AE domain");
    }
}
