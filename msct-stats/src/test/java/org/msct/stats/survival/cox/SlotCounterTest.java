package org.msct.stats.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The slot counter against plain membership arrays, counted by brute force, over random additions and removals. */
class SlotCounterTest {
    @Test
    void counts_below_between_and_total_match_brute_force_for_both_sets() {
        SplittableRandom r = new SplittableRandom(9);
        for (int n : new int[] {1, 63, 64, 65, 127, 128, 129, 4095, 4096, 4097, 20_000}) {
            boolean[][] in = new boolean[2][n];
            // a starting state built by the bulk constructor: some slots in ALL, some of those also in DEAD
            int[] slot = new int[n];
            int[] status = new int[n];
            for (int k = 0; k < n; k++) {
                slot[k] = k;
                status[k] = r.nextInt(2);
            }
            for (int k = n - 1; k > 0; k--) {
                int j = r.nextInt(k + 1);
                int t = slot[k];
                slot[k] = slot[j];
                slot[j] = t;
            }
            int from = r.nextInt(n + 1);
            SlotCounter c = new SlotCounter(n, slot, status, from, n);
            for (int k = from; k < n; k++) {
                in[SlotCounter.ALL][slot[k]] = true;
                in[SlotCounter.DEAD][slot[k]] = status[k] == 1;
            }
            for (int step = 0; step < 3000; step++) {
                int s = r.nextInt(n);
                int op = r.nextInt(4);
                if (op == 0 && !in[0][s] && !in[1][s]) {
                    c.addBoth(s);
                    in[0][s] = in[1][s] = true;
                } else if (op == 1) {
                    int set = r.nextInt(2);
                    if (!in[set][s]) {
                        c.add(set, s);
                        in[set][s] = true;
                    }
                } else if (op == 2 && in[0][s]) {
                    c.removeAll(s);
                    in[0][s] = false;
                }
                int a = r.nextInt(n + 1);
                int b = a + r.nextInt(n + 1 - a);
                int[] below = new int[2];
                int[] between = new int[2];
                int[] total = new int[2];
                for (int set = 0; set < 2; set++) {
                    for (int k = 0; k < n; k++) {
                        if (!in[set][k]) continue;
                        total[set]++;
                        if (k < a) below[set]++;
                        if (k >= a && k < b) between[set]++;
                    }
                }
                long bb = c.belowBoth(a);
                assertThat(SlotCounter.all(bb)).as("n %d slot %d ALL", n, a).isEqualTo(below[0]);
                assertThat(SlotCounter.dead(bb)).as("n %d slot %d DEAD", n, a).isEqualTo(below[1]);
                long bt = c.betweenBoth(a, b);
                assertThat(SlotCounter.all(bt)).as("n %d [%d, %d) ALL", n, a, b).isEqualTo(between[0]);
                assertThat(SlotCounter.dead(bt))
                        .as("n %d [%d, %d) DEAD", n, a, b)
                        .isEqualTo(between[1]);
                if (a < n) {
                    long one = c.betweenBoth(a, a + 1);
                    assertThat(SlotCounter.all(one)).isEqualTo(in[0][a] ? 1 : 0);
                    assertThat(SlotCounter.dead(one)).isEqualTo(in[1][a] ? 1 : 0);
                    assertThat(c.deadAt(a)).isEqualTo(in[1][a] ? 1 : 0);
                }
                assertThat(c.total(SlotCounter.ALL)).isEqualTo(total[0]);
                assertThat(c.total(SlotCounter.DEAD)).isEqualTo(total[1]);
            }
        }
    }

    @Test
    void ones_counts_set_bits() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            long x = r.nextLong();
            assertThat(SlotCounter.ones(x)).isEqualTo(Long.bitCount(x));
        }
        assertThat(SlotCounter.ones(-1L)).isEqualTo(64);
        assertThat(SlotCounter.ones(0L)).isZero();
    }
}
