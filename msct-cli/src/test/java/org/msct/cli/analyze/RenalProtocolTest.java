package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.msct.cli.analyze.Cohort.lab;
import static org.msct.cli.analyze.Cohort.subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msct.derivations.input.Observation;
import org.msct.derivations.input.SubjectRecord;

/**
 * {@code --protocol gu-2014} on a hand-made renal cohort. Default definitions of the protocol: GU-CRPR-EULAR2012
 * (derivations eular-2012: CR = PROT24H &lt; 0.5 g and GFR ≥ 81 mL/min, URBC ≤ 5; PR = PROT24H ≤ 50 % of baseline and
 * &lt; 3.0 g and GFR ≥ 90 % of baseline), GU-FLARE-MORONI (moroni-2022: proteinuria up ≥ 2 g/24 h from the remission
 * visit when it was &lt; 3.5 g, creatinine unchanged), OS-KM-1, GFR-CHG-1. CREAT is 100 µmol/L and URBC 3/HPF at
 * every post-baseline visit (no nephritic flare). Baseline day −2, visits days 91 (M3), 182 (M6), 273 (M9), 365 (M12).
 *
 * <pre>
 * subject  baseline PROT/GFR   M3         M6         M9         M12           follow-up
 * G1       3.0 / 70            0.4/90 CR  0.4/90 CR  0.4/90 CR  0.4/90 CR      400 d
 * G2       2.0 / 60            1.5/60 NR  0.9/60 PR  0.9/60 PR  3.0/66 NR      400 d (flare at M12: +2.1 g)
 * G3       4.0 / 50            3.5/50 NR  3.5/50 NR  3.5/50 NR  3.5/48 NR      400 d
 * G4       2.0 / 85            0.3/85 CR  (missing)  0.3/85 CR  0.6/86 PR      400 d
 * G5       2.0 / 60            2.0/60 NR  died day 150
 * G6       2.0 / 80            0.8/80 PR  last contact day 100
 * </pre>
 *
 * Expected by hand:
 *
 * <ul>
 *   <li>RREM_EVER (best ever by M12, all enrolled): CR or PR 4/6 (G1, G2, G4, G6), CR 2/6, PR 2/6. R {@code
 *       binom.test(4, 6)}: 0.2227780955–0.9567281317; {@code binom.test(2, 6)}: 0.04327186829–0.7772219045.
 *   <li>RREM_VISIT (state at the visit, at risk = followed to the first day of the visit window: 77, 152, 335): M3 6
 *       at risk, CR+PR 3/6 (G1, G4 CR; G6 PR); M6 4 at risk (G5 died day 150, G6 last seen day 100): G1 CR, G2 PR →
 *       2/4, CR 1/4, PR 1/4 (G4's missing visit is not in remission); M12 4 at risk: G1 CR, G4 PR → 2/4.
 *   <li>RFLARE (first flare among the 4 responders): G2 → 1/4 (G4's 0.6 is +0.3 g from its 0.3 remission value).
 *   <li>OS (Kaplan–Meier, months of 30.4375 days): G6 censored at 3.29, G5 dies at 4.93 with 5 at risk → S = 4/5 =
 *       0.8 at month 12, 4 at risk; R {@code survfit}: lower 95 % (log) 0.516, upper 1.
 *   <li>TTREM (1 − KM of the first response visit; non-responders censored at their last analysis visit): events at
 *       day 91 (G1, G4, G6; G5 censored at day 91) → 1 − 3/6 = 0.5 at month 3; at day 182 one of 2 at risk (G2) →
 *       1 − 0.5·0.5 = 0.75 at months 6 and 9 (R {@code summary(survfit, times = c(3, 6))}: 0.50, 0.75).
 *   <li>GFR_CHG (complete cases at M12: G1–G4): baseline 70, 60, 50, 85 → mean 66.25, SD √(668.75/3) = 14.930; M12
 *       90, 66, 48, 86 → mean 72.5, SD √(1131/3) = 19.416; change 20, 6, −2, 1 → mean 6.25, SD √(284.75/3) = 9.7425.
 *       R {@code t.test(m12, base, paired = TRUE)$p.value} = 0.2896182; {@code wilcox.test(m12, base, paired = TRUE)}
 *       (4 pairs, no ties or zeros: exact) 0.375: the ranks of |20|, |6|, |−2|, |1| are 4, 3, 2, 1, V = 4 + 3 + 1 = 8,
 *       and 3 of the 16 sign patterns reach V ≥ 8 ({4,3,1}, {4,3,2}, {4,3,2,1}), so p = 2 · 3/16.
 * </ul>
 */
class RenalProtocolTest {
    static Results.ProtocolSection s;
    static BundleMapper.Mapped cohort;

    @BeforeAll
    static void analyse() {
        List<SubjectRecord> subjects = List.of(
                subject("G1", 400, null),
                subject("G2", 400, null),
                subject("G3", 400, null),
                subject("G4", 400, null),
                subject("G5", 150, 150),
                subject("G6", 100, null));
        List<Observation> o = new ArrayList<>();
        double[][] base = {{3.0, 70}, {2.0, 60}, {4.0, 50}, {2.0, 85}, {2.0, 60}, {2.0, 80}};
        for (int i = 0; i < 6; i++) renal(o, "G" + (i + 1), -2, base[i][0], base[i][1], 10);
        int[] days = {91, 182, 273, 365};
        double[][][] visits = {
            {{0.4, 90}, {0.4, 90}, {0.4, 90}, {0.4, 90}},
            {{1.5, 60}, {0.9, 60}, {0.9, 60}, {3.0, 66}},
            {{3.5, 50}, {3.5, 50}, {3.5, 50}, {3.5, 48}},
            {{0.3, 85}, null, {0.3, 85}, {0.6, 86}},
            {{2.0, 60}},
            {{0.8, 80}}
        };
        for (int i = 0; i < 6; i++)
            for (int v = 0; v < visits[i].length; v++)
                if (visits[i][v] != null) renal(o, "G" + (i + 1), days[v], visits[i][v][0], visits[i][v][1], 3);
        cohort = Cohort.mapped(subjects, o, List.of(), Set.of("LB"));
        s = Cohort.analyse("gu-2014", cohort);
    }

    private static void renal(List<Observation> o, String id, int d, double prot, double gfr, double urbc) {
        o.add(lab(id, d, "PROT24H", prot, "g/24h"));
        o.add(lab(id, d, "GFR", gfr, "mL/min"));
        o.add(lab(id, d, "CREAT", 100, "umol/L"));
        o.add(lab(id, d, "URBC", urbc, "/HPF"));
        o.add(lab(id, d, "ALB", 40, "g/L"));
    }

    @Test
    void ever_remission_with_cr_pr_split_and_exact_ci() {
        assertThat(Cohort.counts(s, "RREM_EVER.m12")).containsExactly(4, 6);
        assertThat(Cohort.counts(s, "RREM_EVER.m12.CR")).containsExactly(2, 6);
        assertThat(Cohort.counts(s, "RREM_EVER.m12.PR")).containsExactly(2, 6);
        var p = Cohort.prop(s, "RREM_EVER.m12");
        assertThat(p.lower()).isCloseTo(0.2227780955, within(1e-9));
        assertThat(p.upper()).isCloseTo(0.9567281317, within(1e-9));
        assertThat(Cohort.endpoint(s, "RREM_EVER").derivation()).startsWith("renal-response/eular-2012");
        var t = Cohort.value(s, "RREM_EVER.m12").target();
        assertThat(t).isNotNull();
        assertThat(List.of(t.numerator(), t.denominator())).containsExactly(49, 81);
    }

    @Test
    void status_at_visit_among_subjects_followed_to_the_visit() {
        assertThat(Cohort.counts(s, "RREM_VISIT.m3")).containsExactly(3, 6);
        assertThat(Cohort.counts(s, "RREM_VISIT.m3.CR")).containsExactly(2, 6);
        assertThat(Cohort.counts(s, "RREM_VISIT.m3.PR")).containsExactly(1, 6);
        assertThat(Cohort.counts(s, "RREM_VISIT.m6")).containsExactly(2, 4);
        assertThat(Cohort.counts(s, "RREM_VISIT.m6.CR")).containsExactly(1, 4);
        assertThat(Cohort.counts(s, "RREM_VISIT.m12")).containsExactly(2, 4);
        assertThat(Cohort.counts(s, "RREM_VISIT.m12.PR")).containsExactly(1, 4);
        // the published CR share at month 3 (18 %, ACR abstract) sits beside the CR row
        var t = Cohort.value(s, "RREM_VISIT.m3.CR").target();
        assertThat(t).isNotNull();
        assertThat(t.percent()).isEqualTo(18.0);
    }

    @Test
    void flare_among_responders() {
        assertThat(Cohort.counts(s, "RFLARE.m12")).containsExactly(1, 4);
        assertThat(Cohort.endpoint(s, "RFLARE").derivation()).contains("renal-flare/moroni-2022");
    }

    @Test
    void kaplan_meier_survival_and_time_to_remission() {
        var os = (Results.Km) Cohort.value(s, "OS.m12").value();
        assertThat(os.estimate()).isCloseTo(0.8, within(1e-12));
        assertThat(os.nRisk()).isEqualTo(4);
        assertThat(os.lower()).isCloseTo(0.516, within(5e-4));
        var m3 = (Results.Km) Cohort.value(s, "TTREM.m3").value();
        var m6 = (Results.Km) Cohort.value(s, "TTREM.m6").value();
        assertThat(m3.estimate()).isCloseTo(0.5, within(1e-12));
        assertThat(m6.estimate()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void gfr_change_from_baseline_complete_cases() {
        var c = (Results.Change) Cohort.value(s, "GFR_CHG.m12").value();
        assertThat(c.n()).isEqualTo(4);
        assertThat(c.baselineMean()).isCloseTo(66.25, within(1e-9));
        assertThat(c.baselineSd()).isCloseTo(Math.sqrt(668.75 / 3), within(1e-9));
        assertThat(c.mean()).isCloseTo(72.5, within(1e-9));
        assertThat(c.sd()).isCloseTo(Math.sqrt(1131.0 / 3), within(1e-9));
        assertThat(c.changeMean()).isCloseTo(6.25, within(1e-9));
        assertThat(c.changeSd()).isCloseTo(Math.sqrt(284.75 / 3), within(1e-9));
        assertThat(c.tP()).isCloseTo(0.2896182, within(1e-7));
        assertThat(c.wilcoxonP()).isCloseTo(0.375, within(1e-12));
    }

    /**
     * RREM_EVER under its alternative GU-CRPR-CN (nanjing-cn: CR = PROT24H &lt; 0.4 g, URBC ≤ 5, ALB ≥ 35, CREAT ≤ 106;
     * PR = PROT24H ≤ 50 % of baseline and &lt; 3.5 g, ALB ≥ 30, CREAT ≤ 115 % of baseline; ALB is 40 and CREAT 100
     * throughout): G1's 0.4 is not below 0.4 → PR (was CR under EULAR 2012), G4's 0.3 → CR, G2 and G6 PR. CR or PR
     * stays 4/6, the split becomes CR 1/6, PR 3/6; the other endpoints keep their defaults.
     */
    @Test
    void an_alternative_definition_changes_the_derivation_and_the_split() {
        ProtocolPlan plan = ProtocolPlan.of(
                org.msct.trial.protocol.ProtocolLoader.require("gu-2014"),
                ProtocolDefinitions.load(),
                Cohort.GRID,
                java.util.Map.of("RREM_EVER", "GU-CRPR-CN"));
        Derived d = Derived.derive(cohort, Cohort.GRID, 1000, true, plan.courses(), x -> {});
        var cn = ProtocolEndpointStats.compute(plan, d, cohort, VisitStats.byVisit(d));
        var e = Cohort.endpoint(cn, "RREM_EVER");
        assertThat(e.definition()).isEqualTo("GU-CRPR-CN");
        assertThat(e.alternatives()).contains("GU-CRPR-EULAR2012");
        assertThat(e.derivation()).startsWith("renal-response/nanjing-cn");
        var cr = Cohort.prop(cn, "RREM_EVER.m12.CR");
        var pr = Cohort.prop(cn, "RREM_EVER.m12.PR");
        var any = Cohort.prop(cn, "RREM_EVER.m12");
        assertThat(List.of(any.numerator(), cr.numerator(), pr.numerator())).containsExactly(4, 1, 3);
        assertThat(Cohort.endpoint(cn, "RREM_VISIT").definition()).isEqualTo("GU-CRPR-EULAR2012");
    }

    @Test
    void a_definition_the_endpoint_does_not_list_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProtocolPlan.of(
                        org.msct.trial.protocol.ProtocolLoader.require("gu-2014"),
                        ProtocolDefinitions.load(),
                        Cohort.GRID,
                        java.util.Map.of("RREM_EVER", "ART-MCR-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no definition ART-MCR-1");
    }

    @Test
    void renal_bilag_without_classic_grades_is_not_computable_with_the_reason() {
        var e = Cohort.endpoint(s, "RBILAG_CHG");
        assertThat(e.status()).isEqualTo("not-computable");
        assertThat(e.reason()).contains("BLGGEN");
    }
}
