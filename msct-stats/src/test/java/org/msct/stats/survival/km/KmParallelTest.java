package org.msct.stats.survival.km;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.msct.stats.data.TteData;

/** On large data the pooled curve is fitted on a second thread; the output must be the one-thread output exactly. */
class KmParallelTest {
    @Test
    void pooled_curve_beside_the_arms_gives_the_same_json() {
        SplittableRandom r = new SplittableRandom(17);
        int n = 20_000;
        int[] arm = new int[n];
        double[] time = new double[n];
        int[] status = new int[n];
        int[] subj = new int[n];
        for (int i = 0; i < n; i++) {
            subj[i] = i;
            arm[i] = r.nextInt(3);
            time[i] = i % 4 == 0 ? 1 + r.nextInt(300) : -Math.log(r.nextDouble()) * 100;
            status[i] = r.nextInt(3) == 0 ? 0 : 1;
        }
        TteData d = new TteData(
                "sim.csv", subj, List.of(), arm, List.of("A", "B", "C"), null, time, status, null, null, Map.of());
        double[] at = {30, 90, 365};
        String one = KmReport.results(d, at, 200.0, true, Integer.MAX_VALUE).toJson();
        String two = KmReport.results(d, at, 200.0, true, 1).toJson();
        assertThat(two).isEqualTo(one);
        assertThat(one).contains("\"pooled\"").contains("\"by_arm\"");
    }
}
