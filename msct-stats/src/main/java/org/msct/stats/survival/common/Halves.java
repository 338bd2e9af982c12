package org.msct.stats.survival.common;

import java.util.concurrent.CompletableFuture;

/**
 * Work on the rows [0, h) on this thread and on [h, n) on another: the passes over all rows of the sorts and the
 * survival fits, which split a large input in two halves for the two cores.
 */
public final class Halves {
    private Halves() {}

    /** Work on the rows [from, to) that gives a result. */
    public interface Work<T> {
        T run(int from, int to);
    }

    /** Work on the rows [from, to). */
    public interface Rows {
        void run(int from, int to);
    }

    /** The results of the two halves. */
    public record Pair<T>(T first, T second) {}

    /** Runs {@code work} on [0, h) here and on [h, n) on another thread; with h &ge; n, on [0, n) and [n, n) here. */
    public static <T> Pair<T> run(int h, int n, Work<T> work) {
        if (h >= n) return new Pair<>(work.run(0, n), work.run(n, n));
        CompletableFuture<T> second = CompletableFuture.supplyAsync(() -> work.run(h, n));
        T first = work.run(0, h);
        return new Pair<>(first, second.join());
    }

    /** Runs {@code work} over rows [0, n): in two halves on two threads from {@code parallelMin} rows, else here. */
    public static void each(int n, int parallelMin, Rows work) {
        run(n >= parallelMin ? n / 2 : n, n, (from, to) -> {
            work.run(from, to);
            return null;
        });
    }
}
