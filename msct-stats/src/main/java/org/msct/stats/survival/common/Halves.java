package org.msct.stats.survival.common;

import java.util.concurrent.CompletableFuture;

/** Work on the rows [0, h) on this thread and on [h, n) on another, for the sorts' passes over all rows. */
final class Halves {
    private Halves() {}

    /** Work on the rows [from, to). */
    interface Work<T> {
        T run(int from, int to);
    }

    /** The results of the two halves. */
    record Pair<T>(T first, T second) {}

    static <T> Pair<T> run(int h, int n, Work<T> work) {
        CompletableFuture<T> second = CompletableFuture.supplyAsync(() -> work.run(h, n));
        T first = work.run(0, h);
        return new Pair<>(first, second.join());
    }
}
