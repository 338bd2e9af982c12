package org.msct.stats.survival.cif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.data.TteReader;
import org.msct.testkit.Oracles;

/** Hand-computed and R-checked small cases, invariants and bad input. */
class CifHandTest {
    @TempDir
    Path dir;

    private TteData csv(String body) throws IOException {
        Path f = dir.resolve("d.tte.csv");
        Files.writeString(f, "subject_id,arm,time,status\n" + body);
        return TteReader.read(f, 99, null, List.of());
    }

    private static double[] col(JsonObject o, String... path) {
        Object v = o;
        for (String p : path) v = ((JsonObject) v).get(p);
        return (double[]) v;
    }

    /**
     * Six subjects, times 1..6 with status 1, 2, 0, 1, 2, 1. Aalen–Johansen (S = event-free, F1, F2):
     * t1: n 6, one cause-1: F1 = 1/6, S = 5/6. t2: n 5, one cause-2: F2 = 5/6 · 1/5 = 1/6, S = 2/3. t3: censored.
     * t4: n 3: F1 = 1/6 + 2/3 · 1/3 = 7/18, S = 4/9. t5: n 2: F2 = 1/6 + 4/9 · 1/2 = 7/18, S = 2/9. t6: n 1:
     * F1 = 7/18 + 2/9 = 11/18, S = 0.
     *
     * <p>IJ SE at t1 (f = 5/6, h1 = 1/6, dH weight a = S(t−)/n = 1/6): U1 = −h1·a = −1/36 for the 5 without the event,
     * −1/36 + a = 5/36 for the one with it: var = (5 + 25)/1296, SE = sqrt(30)/36 = 0.15214515486254615. At t2 (f = 4/5,
     * h2 = 1/5, a = 1/6): the subject gone at t1 has U0 = −5/36 → U2 = U0·h2 = −1/36; those at risk have U2 =
     * u0·h2 − h2·a = 1/180 − 6/180 = −1/36, the cause-2 subject −1/36 + 1/6 = 5/36: var2 = (1 + 4 + 25)/1296, the same
     * SE. Later values from R: {@code f <- survfit(Surv(time, factor(status)) ~ 1, d); f$std.err} (printed with
     * digits = 17). cmprsk at t1: cinc's v = v1 + f²v3 − 2f·v2 = 0.04 + 0.04/36 − 0.04/3 = 1/36; later values from
     * {@code cuminc(d$time, d$status)}.
     */
    @Test
    void cif10_six_subjects_two_causes_one_censoring_by_hand() throws IOException {
        TteData d = csv("s1,A,1,1\ns2,A,2,2\ns3,A,3,0\ns4,A,4,1\ns5,A,5,2\ns6,A,6,1\n");
        JsonObject r = CifReport.results(d, Map.of(), null);
        JsonObject aj = (JsonObject) ((JsonObject) r.get("pooled")).get("aalen_johansen");
        assertThat((int[]) aj.get("n_risk")).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat((int[]) aj.get("n_censor")).containsExactly(0, 0, 1, 0, 0, 0);
        double e = 1e-15;
        assertThat(col(aj, "event_free"))
                .containsExactly(new double[] {5 / 6., 2 / 3., 2 / 3., 4 / 9., 2 / 9., 0}, within(e));
        assertThat(col(aj, "cif_cause1"))
                .containsExactly(new double[] {1 / 6., 1 / 6., 1 / 6., 7 / 18., 7 / 18., 11 / 18.}, within(e));
        assertThat(col(aj, "cif_cause2"))
                .containsExactly(new double[] {0, 1 / 6., 1 / 6., 1 / 6., 7 / 18., 7 / 18.}, within(e));
        double s1 = Math.sqrt(30) / 36;
        assertThat(s1).isCloseTo(0.15214515486254615, within(1e-16));
        assertThat(col(aj, "se_cif_cause1"))
                .containsExactly(
                        new double[] {s1, s1, s1, 0.21872244094477256, 0.21872244094477256, 0.21872244094477258},
                        within(1e-15));
        assertThat(col(aj, "se_cif_cause2"))
                .containsExactly(new double[] {0, s1, s1, s1, 0.21872244094477253, 0.21872244094477253}, within(1e-15));
        // zero CIF: no log limits (NA); otherwise exp(log F ± 1.96 SE/F), upper capped at 1
        assertThat(col(aj, "lower_cause2")[0]).isNaN();
        assertThat(col(aj, "upper_cause1")[0])
                .isCloseTo(Math.exp(Math.log(1 / 6.) + 1.959963984540054 * s1 * 6), within(1e-15));
        JsonObject cm = (JsonObject) ((JsonObject) r.get("pooled")).get("cmprsk");
        assertThat(col(cm, "var_cause1")[0]).isCloseTo(1 / 36., within(1e-17));
        assertThat(col(cm, "var_cause1"))
                .containsExactly(
                        new double[] {
                            0.027777777777777776, 0.027777777777777776, 0.027777777777777776,
                            0.067407407407407416, 0.067407407407407416, 0.129506172839506273
                        },
                        within(1e-15));
        assertThat(col(cm, "var_cause2"))
                .containsExactly(
                        new double[] {
                            0,
                            0.028888888888888895,
                            0.028888888888888895,
                            0.028888888888888895,
                            0.080123456790123559,
                            0.080123456790123559
                        },
                        within(1e-15));
        assertThat(r.has("gray_test")).isFalse();
        assertThat(((JsonObject) r.get("causes")).get("2")).isEqualTo("cause2");
    }

    @Test
    void cif11_event_free_plus_cifs_is_one_at_every_time_on_bmt() {
        TteData d = TteReader.read(Oracles.caseFile("bmt_cr.tte.csv"), 99, null, List.of());
        JsonObject r = CifReport.results(d, Map.of(1, "relapse", 2, "trm"), null);
        List<JsonObject> groups = new java.util.ArrayList<>();
        ((JsonObject) r.get("by_arm")).members().values().forEach(g -> groups.add((JsonObject) g));
        groups.add((JsonObject) r.get("pooled"));
        for (JsonObject g : groups) {
            JsonObject aj = (JsonObject) g.get("aalen_johansen");
            double[] s = col(aj, "event_free");
            double[] f1 = col(aj, "cif_relapse");
            double[] f2 = col(aj, "cif_trm");
            assertThat(s).isNotEmpty();
            for (int i = 0; i < s.length; i++) assertThat(s[i] + f1[i] + f2[i]).isCloseTo(1, within(1e-12));
        }
    }

    /**
     * R: {@code d <- read.csv("gray2.csv"); print(cuminc(d$time, d$status, d$arm)$Tests, digits = 17)} printed
     * stat 0.97343054276364049 / 0.26706466507949933, pv 0.32382609913661720 / 0.60530765122485031, df 1.
     */
    @Test
    void cif12_gray_test_two_arms_with_ties_matches_cuminc() throws IOException {
        TteData d = csv("1,ctl,2,1\n2,ctl,3,1\n3,ctl,3,2\n4,ctl,5,2\n5,ctl,7,1\n"
                + "6,trt,3,2\n7,trt,4,0\n8,trt,6,1\n9,trt,8,2\n10,trt,9,2\n");
        JsonObject g = (JsonObject) CifReport.results(d, Map.of(), null).get("gray_test");
        assertThat((String[]) g.get("cause")).containsExactly("cause1", "cause2");
        assertThat(col(g, "stat")[0]).isCloseTo(0.97343054276364049, within(1e-14));
        assertThat(col(g, "stat")[1]).isCloseTo(0.26706466507949933, within(1e-14));
        assertThat(col(g, "p")[0]).isCloseTo(0.32382609913661720, within(1e-14));
        assertThat(col(g, "p")[1]).isCloseTo(0.60530765122485031, within(1e-14));
        assertThat((int[]) g.get("df")).containsExactly(1, 1);
    }

    /**
     * Arm B's only subject has a cause-2 event before any cause-1 event, so cause 1's score variance is 0:
     * cuminc's qr() finds rank 0 and reports stat -1, p = 1 - pchisq(-1, 1) = 1. R printed
     * {@code stat -1, pv 1; stat 4, pv 0.04550026389635842}.
     */
    @Test
    void cif13_gray_test_with_singular_variance_reports_minus_one_and_p_one() throws IOException {
        TteData d = csv("1,A,1,1\n2,A,2,1\n3,A,3,2\n4,A,4,0\n5,B,0.5,2\n");
        JsonObject g = (JsonObject) CifReport.results(d, Map.of(), null).get("gray_test");
        assertThat(col(g, "stat")).containsExactly(new double[] {-1, 4}, within(1e-13));
        assertThat(col(g, "p")).containsExactly(new double[] {1, 0.04550026389635842}, within(1e-15));
    }

    /** R: survfit stops in survcheck2 ("'x' must be an array of at least two dimensions") when nothing happens. */
    @Test
    void cif14_no_events_at_all_is_an_input_error() throws IOException {
        TteData d = csv("1,A,2,0\n2,A,3,0\n3,B,3,0\n");
        assertThatThrownBy(() -> CifReport.results(d, Map.of(), null))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("status")
                .hasMessageContaining("no events");
    }

    /** R: cuminc on an arm without events stops with "NAs in foreign function call (arg 3)". */
    @Test
    void cif15_an_arm_without_events_is_an_input_error() throws IOException {
        TteData d = csv("1,A,2,1\n2,A,3,0\n3,A,3,2\n4,B,1,0\n5,B,4,0\n");
        assertThatThrownBy(() -> CifReport.results(d, Map.of(), null))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("arm 'B' has no events");
    }

    @Test
    void cif16_labels_of_codes_absent_from_the_data_are_ignored() throws IOException {
        TteData d = csv("1,A,2,1\n2,A,3,0\n3,A,3,2\n4,B,1,0\n5,B,4,2\n");
        JsonObject plain = CifReport.results(d, Map.of(1, "x"), new double[] {3});
        JsonObject extra = CifReport.results(d, Map.of(0, "none", 1, "x", 3, "zz"), new double[] {3});
        assertThat(extra.toJson()).isEqualTo(plain.toJson());
        assertThat(((JsonObject) plain.get("causes")).members())
                .containsExactly(Map.entry("1", "x"), Map.entry("2", "cause2"));
    }

    /** The O(K)-per-time moments used for very large inputs agree with the exact per-group sums. */
    @Test
    void cif17_moment_sums_for_large_inputs_agree_with_exact_group_sums() {
        TteData d = TteReader.read(CifOracleTest.resource("massiveties.tte.csv"), 99, null, List.of());
        TteData b = TteReader.read(Oracles.caseFile("pbc_cr.tte.csv"), 99, null, List.of());
        for (TteData data : List.of(d, b)) {
            int[] order = CifReport.orderByTime(data.time());
            double[] t = new double[order.length];
            int[] c = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                t[i] = data.time()[order[i]];
                c[i] = data.status()[order[i]];
            }
            int k = java.util.Arrays.stream(c).max().orElseThrow();
            var exact = AalenJohansen.fit(t, c, k, new DepartedSums.Exact(k));
            var moments = AalenJohansen.fit(t, c, k, new DepartedSums.Moments(k));
            for (int j = 0; j < k; j++) {
                for (int i = 0; i < exact.time().length; i++) {
                    assertThat(moments.se()[j][i]).isCloseTo(exact.se()[j][i], within(1e-13 * exact.se()[j][i]));
                }
            }
        }
    }
}
