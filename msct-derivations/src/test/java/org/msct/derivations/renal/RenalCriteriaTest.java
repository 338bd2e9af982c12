package org.msct.derivations.renal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.derivations.rules.EvalContext;
import org.msct.derivations.rules.RuleSet;
import org.msct.derivations.rules.RuleSets;
import org.msct.derivations.rules.Snapshot;

/**
 * Every renal criteria set and flare definition on hand-made values, one CR, one PR and one NR case each.
 *
 * <pre>
 * baseline: PROT24H 3.0  UPCR 3.0  CREAT 90  GFR 70  ALB 28  URBC 20  RBCCAST 1
 * CR case : PROT24H 0.15 UPCR 0.15 CREAT 85  GFR 95  ALB 38  URBC 2   RBCCAST 0   meets every CR rule
 * PR case : PROT24H 1.2  UPCR 0.9  CREAT 95  GFR 68  ALB 32  URBC 6   RBCCAST 0
 *   PROT/base 0.4; CREAT/base 1.056; GFR/base 0.971; URBC 6 (> 5 fails ACR/LUNAR CR, URBC/base 0.3);
 *   LUNAR: UPCR/base 0.3 and baseline 3.0 &lt;= 3.0 -&gt; needs UPCR &lt; 1.0: 0.9 ok
 * NR case : PROT24H 2.0  UPCR 2.0  CREAT 100 GFR 60  ALB 29  URBC 15  RBCCAST 1   PROT/base 0.67 fails every PR
 * </pre>
 */
class RenalCriteriaTest {
    static final Snapshot BASE = numbers(3.0, 3.0, 90, 70, 28, 20, 1);
    static final Snapshot CR = numbers(0.15, 0.15, 85, 95, 38, 2, 0);
    static final Snapshot PR = numbers(1.2, 0.9, 95, 68, 32, 6, 0);
    static final Snapshot NR = numbers(2.0, 2.0, 100, 60, 29, 15, 1);

    static Snapshot numbers(double prot, double upcr, double creat, double gfr, double alb, double urbc, double cast) {
        return new Snapshot(
                Map.of(
                        "PROT24H", prot, "UPCR", upcr, "CREAT", creat, "GFR", gfr, "ALB", alb, "URBC", urbc, "RBCCAST",
                        cast),
                Map.of());
    }

    static String classify(RuleSet rules, Snapshot now, Snapshot base, Optional<Snapshot> ref) {
        return RuleSets.classify(rules, new EvalContext(now, Optional.of(base), ref, Optional.empty(), List.of()));
    }

    @ParameterizedTest
    @CsvSource({"nanjing-cn", "eular-2012", "eular-2019", "kdigo-2021", "acr-2006", "lunar-2012"})
    void c01_every_criteria_set_classifies_the_hand_cases(String id) {
        RuleSet rules = RenalEndpoints.criteria(id);
        assertThat(classify(rules, CR, BASE, Optional.empty())).isEqualTo("CR");
        assertThat(classify(rules, PR, BASE, Optional.empty())).isEqualTo("PR");
        assertThat(classify(rules, NR, BASE, Optional.empty())).isEqualTo("NR");
    }

    @ParameterizedTest
    @CsvSource({
        // strict "<" at the Nanjing CR threshold: 0.4 is not < 0.4 -> falls to PR (0.4/7.0 = 0.06)
        "nanjing-cn, 0.4, PR",
        "nanjing-cn, 0.39, CR",
        // EULAR 2012 PR ceiling 3.0 g vs EULAR 2019 sub-nephrotic 3.5 g, with a baseline of 7.0 (ratio 0.46)
        "eular-2012, 3.2, NR",
        "eular-2019, 3.2, PR"
    })
    void c02_thresholds_and_operators(String id, double prot, String expected) {
        Snapshot base = numbers(7.0, 7.0, 90, 95, 28, 20, 1);
        Snapshot now = numbers(prot, prot, 85, 95, 38, 2, 0);
        assertThat(classify(RenalEndpoints.criteria(id), now, base, Optional.empty()))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        // baseline UPCR > 3.0: PR needs a halving and UPCR <= 3.0 -> 1.8 (0.45) is PR
        "4.0, 1.8, PR",
        // baseline UPCR <= 3.0: PR needs UPCR < 1.0 -> 1.4 (0.47) is NR
        "3.0, 1.4, NR"
    })
    void c03_lunar_partial_response_depends_on_baseline_upcr(double baseUpcr, double upcr, String expected) {
        Snapshot base = new Snapshot(Map.of("UPCR", baseUpcr, "CREAT", 90.0, "URBC", 20.0, "RBCCAST", 0.0), Map.of());
        Snapshot now = new Snapshot(Map.of("UPCR", upcr, "CREAT", 95.0, "URBC", 10.0, "RBCCAST", 0.0), Map.of());
        assertThat(classify(RenalEndpoints.criteria("lunar-2012"), now, base, Optional.empty()))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        // reference proteinuria >= 3.5: doubling needed; 7.0/3.6 = 1.94 no, 7.2/3.6 = 2.0 yes
        "3.6, 7.0, 80, 2, NONE",
        "3.6, 7.2, 80, 2, PROTEINURIC",
        // reference < 3.5: rise of 2 g needed; 0.5 -> 2.5 yes (CREAT 80/80 unchanged)
        "0.5, 2.5, 80, 2, PROTEINURIC",
        "0.5, 2.4, 80, 2, NONE",
        // CREAT 104/80 = 1.3 with URBC 8 > 5 -> nephritic (takes precedence even with the proteinuria rise)
        "0.5, 2.5, 104, 8, NEPHRITIC",
        // CREAT rise without nephritic sediment and proteinuria rise with creatinine change: neither
        "0.5, 2.5, 104, 2, NONE"
    })
    void c04_moroni_flare(double refProt, double prot, double creat, double urbc, String expected) {
        Snapshot ref = new Snapshot(Map.of("PROT24H", refProt, "CREAT", 80.0, "URBC", 2.0), Map.of());
        Snapshot now = new Snapshot(Map.of("PROT24H", prot, "CREAT", creat, "URBC", urbc), Map.of());
        assertThat(classify(RenalEndpoints.flare("moroni-2022"), now, BASE, Optional.of(ref)))
                .isEqualTo(expected);
    }
}
