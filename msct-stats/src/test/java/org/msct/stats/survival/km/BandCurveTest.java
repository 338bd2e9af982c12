package org.msct.stats.survival.km;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.survival.common.TimeOrder;

/** The on-demand confidence limits used without the table: bounds hold and the quantiles equal the table's. */
class BandCurveTest {

    private static TteData random(SplittableRandom r, int n, int mode) {
        double[] t = new double[n];
        int[] st = new int[n];
        int[] arm = new int[n];
        int[] subj = new int[n];
        double cens = r.nextDouble();
        for (int i = 0; i < n; i++) {
            arm[i] = r.nextInt(2);
            double e = -Math.log(r.nextDouble()) * 100;
            t[i] = switch (mode) {
                case 0 -> Math.floor(e);
                case 1 -> e;
                case 2 -> Math.floor(e / 20);
                default -> e * 1e-3;
            };
            st[i] = r.nextDouble() < cens ? 0 : 1;
            subj[i] = i;
        }
        return new TteData("x", subj, List.of(), arm, List.of("A", "B"), null, t, st, null, null, Map.of());
    }

    @Test
    void bc01_block_bounds_contain_every_limit() {
        SplittableRandom r = new SplittableRandom(17);
        double[] bnd = new double[2];
        double[] buf = new double[Curve.BLOCK];
        for (int rep = 0; rep < 40; rep++) {
            TteData d = random(r, 50 + r.nextInt(5000), rep % 4);
            KmCurve c = KmCurve.fit(TimeOrder.sort(d.time(), d.status()));
            for (ConfType ct : ConfType.values()) {
                for (boolean upper : new boolean[] {false, true}) {
                    BandCurve b = new BandCurve(c, ct, upper);
                    for (int from = 0; from < c.size(); from += Curve.BLOCK) {
                        int to = Math.min(c.size(), from + Curve.BLOCK);
                        b.bounds(from, to, bnd);
                        b.fill(from, to, buf);
                        for (int i = 0; i < to - from; i++) {
                            if (Double.isNaN(buf[i])) continue;
                            assertThat(buf[i]).as(ct + " " + upper).isBetween(bnd[0], bnd[1]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void bc02_quantiles_without_the_table_equal_those_with_it() {
        SplittableRandom r = new SplittableRandom(3);
        for (int rep = 0; rep < 40; rep++) {
            TteData d = random(r, 100 + r.nextInt(rep % 10 == 0 ? 20000 : 2000), rep % 4);
            JsonObject a = KmReport.results(d, null, null, true);
            JsonObject b = KmReport.results(d, null, null, false);
            for (String g : List.of("A", "B")) {
                Object qa = ((JsonObject) ((JsonObject) a.get("by_arm")).get(g)).get("quantiles");
                Object qb = ((JsonObject) ((JsonObject) b.get("by_arm")).get(g)).get("quantiles");
                assertThat(String.valueOf(qb)).as("rep " + rep).isEqualTo(String.valueOf(qa));
            }
        }
    }
}
