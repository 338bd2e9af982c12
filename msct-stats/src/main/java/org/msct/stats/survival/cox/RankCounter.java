package org.msct.stats.survival.cox;

/**
 * Two multisets of ranks 1..m (survival's concordance keeps one of all rows at risk and one of the deaths) with
 * counts below a rank in O(log m): a Fenwick tree over blocks of 16 ranks plus the per-rank counts, scanned within a
 * block. The two sets are interleaved so that the queries of one row touch one cache line, and the block trees are
 * small enough to stay in cache for a million ranks, where a Fenwick tree over single ranks misses at nearly every
 * level.
 */
final class RankCounter {
    static final int ALL = 0;
    static final int DEAD = 1;
    private static final int SHIFT = 4;

    /** node[2 r + set]: count of rank r. */
    private final int[] node;
    /** blocks[2 b + set]: Fenwick tree over the block totals (1-based b). */
    private final int[] blocks;

    private final int nBlocks;
    private final int[] total = new int[2];

    RankCounter(int m) {
        node = new int[2 * (m + 1)];
        nBlocks = (m >>> SHIFT) + 2;
        blocks = new int[2 * nBlocks];
    }

    void add(int set, int rank, int w) {
        node[2 * rank + set] += w;
        total[set] += w;
        for (int b = (rank >>> SHIFT) + 1; b < nBlocks; b += b & -b) blocks[2 * b + set] += w;
    }

    int total(int set) {
        return total[set];
    }

    int at(int set, int rank) {
        return node[2 * rank + set];
    }

    /** Number of items of the set with rank < {@code rank}. */
    int below(int set, int rank) {
        int blk = rank >>> SHIFT;
        int s = 0;
        for (int b = blk; b > 0; b -= b & -b) s += blocks[2 * b + set];
        for (int r = blk << SHIFT; r < rank; r++) s += node[2 * r + set];
        return s;
    }
}
