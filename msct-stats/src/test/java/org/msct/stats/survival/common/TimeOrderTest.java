package org.msct.stats.survival.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderTest {

    /**
     * A stable ascending sort is exactly: a permutation of the rows, times non-decreasing along it, and rows
     * increasing within equal times (checked in O(n), so that large inputs stay quick to test).
     */
    private static void checkStableSort(double[] t) {
        int[] pay = IntStream.range(0, t.length).map(i -> i * 7).toArray();
        TimeOrder.Sorted s = TimeOrder.sort(t, pay);
        int[] row = s.row();
        assertThat(row).hasSize(t.length);
        boolean[] seen = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            assertThat(seen[row[i]]).as("row %d twice", row[i]).isFalse();
            seen[row[i]] = true;
            assertThat(s.time()[i]).isEqualTo(t[row[i]] + 0.0);
            assertThat(s.payload()[i]).isEqualTo(row[i] * 7);
            if (i > 0) {
                double a = t[row[i - 1]] + 0.0;
                double b = t[row[i]] + 0.0;
                assertThat(a).as("position %d", i).isLessThanOrEqualTo(b);
                if (a == b) assertThat(row[i - 1]).as("tie at position %d", i).isLessThan(row[i]);
            }
        }
        // without row indices: the same times and payloads
        TimeOrder.Sorted lean = TimeOrder.sort(t, pay, false);
        assertThat(lean.row()).isNull();
        assertThat(lean.time()).isEqualTo(s.time());
        assertThat(lean.payload()).isEqualTo(s.payload());
    }

    @Test
    void to01_sorts_stably_continuous_tied_heavy_tailed_and_tiny_times() {
        SplittableRandom r = new SplittableRandom(5);
        for (int rep = 0; rep < 40; rep++) {
            int n = rep < 10 ? rep : 1 + r.nextInt(5000);
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = switch (rep % 5) {
                    case 0 -> -Math.log(r.nextDouble()) * 365;
                    case 1 -> r.nextInt(30); // heavy ties
                    case 2 -> Math.pow(2, r.nextInt(2000) - 1000) * r.nextDouble(); // spread over many binades
                    case 3 -> Double.MIN_VALUE * r.nextInt(50); // subnormals: the linear scale overflows
                    default -> i % 3 == 0 ? -0.0 : r.nextDouble();
                };
            }
            checkStableSort(t);
        }
    }

    @Test
    void to04_negative_values_sort_by_value_as_a_linear_predictor_needs() {
        SplittableRandom r = new SplittableRandom(23);
        for (int rep = 0; rep < 30; rep++) {
            int n = rep < 5 ? rep + 1 : 1 + r.nextInt(5000);
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = switch (rep % 5) {
                    case 0 -> r.nextGaussian(); // both signs
                    case 1 -> -r.nextInt(30) / 4.0; // all negative, heavy ties, 0 and -0.0
                    case 2 -> (r.nextBoolean() ? -1 : 1) * Math.pow(2, r.nextInt(2000) - 1000);
                    case 3 -> (r.nextBoolean() ? -1 : 1) * Double.MIN_VALUE * r.nextInt(50);
                    default -> r.nextBoolean() ? -Double.MAX_VALUE : Double.MAX_VALUE * r.nextDouble();
                };
            }
            checkStableSort(t);
        }
        double[] big = new double[300_000];
        for (int i = 0; i < big.length; i++) big[i] = r.nextGaussian() * 0.3;
        checkStableSort(big);
    }

    @Test
    void to03_large_inputs_sorted_on_two_threads_are_still_stable() {
        // above PARALLEL_MIN the first-level buckets are finished in two halves
        SplittableRandom r = new SplittableRandom(11);
        for (int kind = 0; kind < 3; kind++) {
            int n = 250_000 + r.nextInt(50_000);
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = switch (kind) {
                    case 0 -> -Math.log(r.nextDouble()) * 10;
                    case 1 -> r.nextInt(7300); // integer days, heavy ties
                    default -> Math.pow(2, r.nextInt(200) - 100) * r.nextDouble();
                };
            }
            checkStableSort(t);
        }
    }

    @Test
    void to05_a_heavy_tail_inside_one_bucket_is_still_sorted() {
        // most rows spread over [0, 1000]; 5 % crowd into [0, 1e-6] over many binades, so the first bucket's linear
        // sub-buckets cannot split them and that bucket goes to the bit-pattern sort
        SplittableRandom r = new SplittableRandom(31);
        for (int n : new int[] {5_000, 300_000}) {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = r.nextInt(20) == 0 ? 1e-6 * Math.pow(2, -r.nextInt(300)) : r.nextDouble() * 1000;
            }
            checkStableSort(t);
        }
    }

    @Test
    void to06_most_rows_at_one_time_and_far_outliers_keep_the_linear_buckets() {
        // 60 % censored at the end of follow-up (one bucket of equal values), or 0.1 % far outliers (one bucket
        // holding nearly every row, split again by its own range): both more than half of the rows in one bucket
        SplittableRandom r = new SplittableRandom(41);
        for (int kind = 0; kind < 2; kind++) {
            int n = 300_000;
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                double x = -Math.log(r.nextDouble()) * 5;
                t[i] = kind == 0 ? (r.nextInt(5) < 3 ? 12 : Math.min(x, 12)) : (r.nextInt(1000) == 0 ? 1e9 : x);
            }
            checkStableSort(t);
        }
    }

    @Test
    void to02_split_keeps_order_within_groups() {
        double[] t = {3, 1, 2, 1, 5};
        int[] pay = {0, 1 << 1, 0, 1 << 1 | 1, 1 << 1};
        TimeOrder.Sorted[] g = TimeOrder.split(TimeOrder.sort(t, pay), 1, 2);
        assertThat(g[0].row()).containsExactly(2, 0);
        assertThat(g[1].row()).containsExactly(1, 3, 4);
        assertThat(g[1].time()).containsExactly(1, 1, 5);
    }
}
