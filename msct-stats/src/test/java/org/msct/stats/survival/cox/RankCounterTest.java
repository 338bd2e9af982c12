package org.msct.stats.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The rank counter against plain per-rank counts, summed by brute force, over random additions and removals. */
class RankCounterTest {
    @Test
    void counts_below_at_and_total_match_brute_force_for_both_sets() {
        SplittableRandom r = new SplittableRandom(9);
        for (int m : new int[] {1, 31, 32, 33, 1023, 1024, 1025, 5000}) {
            long[] start = new long[m + 1];
            int[][] brute = new int[2][m + 1];
            for (int k = 1; k <= m; k++) {
                if (r.nextInt(3) == 0) {
                    start[k] = RankCounter.unit(RankCounter.ALL);
                    brute[RankCounter.ALL][k]++;
                }
            }
            RankCounter c = r.nextBoolean() ? new RankCounter(start) : fresh(m, start);
            for (int step = 0; step < 3000; step++) {
                int rank = 1 + r.nextInt(m);
                int op = r.nextInt(4);
                if (op == 0) {
                    c.addBoth(rank);
                    brute[0][rank]++;
                    brute[1][rank]++;
                } else if (op == 1) {
                    int set = r.nextInt(2);
                    c.add(set, rank, 1);
                    brute[set][rank]++;
                } else if (op == 2 && brute[0][rank] > 0) {
                    c.add(RankCounter.ALL, rank, -1);
                    brute[0][rank]--;
                }
                int q = 1 + r.nextInt(m);
                for (int set = 0; set < 2; set++) {
                    int below = 0;
                    int total = 0;
                    for (int k = 0; k <= m; k++) {
                        if (k < q) below += brute[set][k];
                        total += brute[set][k];
                    }
                    assertThat(c.below(set, q))
                            .as("m %d rank %d set %d", m, q, set)
                            .isEqualTo(below);
                    assertThat(c.at(set, q)).isEqualTo(brute[set][q]);
                    assertThat(c.total(set)).isEqualTo(total);
                }
                long both = c.belowBoth(q);
                assertThat((int) (both >>> 32)).isEqualTo(c.below(RankCounter.ALL, q));
                assertThat((int) both).isEqualTo(c.below(RankCounter.DEAD, q));
            }
        }
    }

    /** The same starting counts added one by one to an empty counter. */
    private static RankCounter fresh(int m, long[] start) {
        RankCounter c = new RankCounter(m);
        for (int k = 0; k <= m; k++) if (start[k] != 0) c.add(RankCounter.ALL, k, 1);
        return c;
    }
}
