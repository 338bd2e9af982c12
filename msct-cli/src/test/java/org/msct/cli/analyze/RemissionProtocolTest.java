package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.msct.cli.analyze.Cohort.score;
import static org.msct.cli.analyze.Cohort.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;

/**
 * {@code --protocol wang-2018} on a hand-made cohort: SCR-REM-1 (CCR: SLEDAI-2K ≤ 4 and prednisone ≤ 10 mg/day; PCR:
 * SLEDAI ≤ 50 % of baseline and ≤ 7 and prednisone ≤ 15 mg/day) and SCR-REL-1 (SLEDAI rise ≥ 4 over the remission
 * visit). PRED is the prednisone-equivalent dose on the assessment date. Baseline day −2; visits at the yearly grid
 * days 365, 730, 1095, 1460, 1825 (months 12–60).
 *
 * <pre>
 * subject  baseline SLEDAI/PRED  M12         M24 .. M60          notes
 * W1       12 / 30               3 / 7.5 CCR 3 / 7.5 CCR
 * W2       14 / 30               6 / 12.5 PCR 6 / 12.5 PCR        PRED 12.5 &gt; 10: not CCR
 * W3       10 / 20               2 / 20 NR   2 / 20 NR            PRED 20 &gt; 15: neither (SLEDAI alone would be CCR)
 * W4       12 / 30               4 / 10 CCR  M24 9 / 10: +5 → relapse
 * W5       12 / 30               3 / 5 CCR   M24 CCR; died day 1000
 * W6       12 / —                2 / — NE    no steroid record: PRED unknown, the visit is not evaluable
 * </pre>
 *
 * Expected (denominator all enrolled = 6, the protocol's default remissionDenominator): ever CCR or PCR by month 60
 * 4/6 (W1, W2, W4, W5), CCR 3/6, PCR 1/6; in remission at 5 years (alive at day 1825, no relapse, best category): CCR
 * 1/6 (W1), PCR 1/6 (W2), either 2/6; relapse among the 4 remitters 1/4 (W4; W5's death is not a relapse); alive at
 * day 1825 5/6. R {@code binom.test}: (4, 6) 0.2227780955–0.9567281317; (1, 4) 0.00630946321–0.80587955032.
 */
class RemissionProtocolTest {
    static Results.ProtocolSection s;

    @BeforeAll
    static void analyse() {
        List<SubjectRecord> subjects = List.of(
                subject("W1", 1900, null),
                subject("W2", 1900, null),
                subject("W3", 1900, null),
                subject("W4", 1900, null),
                subject("W5", 1000, 1000),
                subject("W6", 1900, null));
        List<Observation> o = new ArrayList<>();
        double[][] base = {{12, 30}, {14, 30}, {10, 20}, {12, 30}, {12, 30}, {12, -1}};
        double[][] later = {{3, 7.5}, {6, 12.5}, {2, 20}, {4, 10}, {3, 5}, {2, -1}};
        int[] days = {365, 730, 1095, 1460, 1825};
        for (int i = 0; i < 6; i++) {
            String id = "W" + (i + 1);
            add(o, id, -2, base[i][0], base[i][1]);
            for (int d : days) {
                if (id.equals("W5") && d > 1000) break;
                double sledai = id.equals("W4") && d >= 730 ? 9 : later[i][0];
                add(o, id, d, sledai, later[i][1]);
            }
        }
        s = Cohort.analyse("wang-2018", Cohort.mapped(subjects, o, List.of(), Set.of("QS", "CM")));
    }

    private static void add(List<Observation> o, String id, int d, double sledai, double pred) {
        o.add(score(id, d, "SLEDAI", sledai));
        if (pred >= 0) o.add(score(id, d, "PRED", pred));
    }

    @Test
    void ever_remission_by_month_60() {
        assertThat(Cohort.counts(s, "EVER_REM.m60")).containsExactly(4, 6);
        assertThat(Cohort.counts(s, "EVER_REM.m60.CCR")).containsExactly(3, 6);
        assertThat(Cohort.counts(s, "EVER_REM.m60.PCR")).containsExactly(1, 6);
        var p = Cohort.prop(s, "EVER_REM.m60");
        assertThat(p.lower()).isCloseTo(0.2227780955, within(1e-9));
        assertThat(p.upper()).isCloseTo(0.9567281317, within(1e-9));
    }

    @Test
    void in_remission_at_five_years_by_category() {
        assertThat(Cohort.counts(s, "CCR5.m60")).containsExactly(1, 6);
        assertThat(Cohort.counts(s, "PCR5.m60")).containsExactly(1, 6);
        assertThat(Cohort.counts(s, "REM5.m60")).containsExactly(2, 6);
        var t = Cohort.value(s, "CCR5.m60").target();
        assertThat(t).isNotNull();
        assertThat(List.of(t.numerator(), t.denominator())).containsExactly(22, 81);
    }

    @Test
    void relapse_among_remitters_and_crude_survival() {
        assertThat(Cohort.counts(s, "RELAPSE.m60")).containsExactly(1, 4);
        var r = Cohort.prop(s, "RELAPSE.m60");
        assertThat(r.lower()).isCloseTo(0.00630946321, within(1e-9));
        assertThat(r.upper()).isCloseTo(0.80587955032, within(1e-9));
        assertThat(Cohort.counts(s, "OS5.m60")).containsExactly(5, 6);
    }
}
