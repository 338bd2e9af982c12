package org.msct.stats.survival.cox;

import org.jspecify.annotations.Nullable;

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
    /**
     * Fixed counts added to every answer (the rows of later times, counted by another thread), or null:
     * baseBelow[2 r + set] = items with rank &lt; r, baseAt[2 r + set] = items with rank r.
     */
    private final int @Nullable [] baseBelow;

    private final int @Nullable [] baseAt;

    RankCounter(int m) {
        node = new int[2 * (m + 1)];
        nBlocks = (m >>> SHIFT) + 2;
        blocks = new int[2 * nBlocks];
        baseBelow = null;
        baseAt = null;
    }

    /**
     * An empty counter over ranks 1..m whose answers include fixed counts: {@code base[2 r + set]} items of rank r in
     * each set.
     */
    RankCounter(int m, int[] base) {
        node = new int[2 * (m + 1)];
        nBlocks = (m >>> SHIFT) + 2;
        blocks = new int[2 * nBlocks];
        baseAt = base;
        baseBelow = new int[baseAt.length];
        for (int set = 0; set < 2; set++) {
            int below = 0;
            for (int r = 0; 2 * r + set < baseAt.length; r++) {
                baseBelow[2 * r + set] = below;
                below += baseAt[2 * r + set];
            }
        }
        for (int i = 0; i < base.length; i++) total[i & 1] += base[i];
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
        int i = 2 * rank + set;
        return baseAt == null ? node[i] : node[i] + baseAt[i];
    }

    /**
     * Items of both sets with rank &lt; {@code rank} in one walk: ALL in the high 32 bits, DEAD in the low 32 bits
     * (a lone death asks for both; one walk instead of two was ~40 % of these queries).
     */
    long belowBoth(int rank) {
        int blk = rank >>> SHIFT;
        long all = 0;
        long dead = 0;
        for (int b = blk; b > 0; b -= b & -b) {
            all += blocks[2 * b];
            dead += blocks[2 * b + 1];
        }
        for (int r = blk << SHIFT; r < rank; r++) {
            all += node[2 * r];
            dead += node[2 * r + 1];
        }
        if (baseBelow != null) {
            all += baseBelow[2 * rank];
            dead += baseBelow[2 * rank + 1];
        }
        return all << 32 | dead;
    }

    /** Adds one item of rank {@code rank} to both sets. */
    void addBoth(int rank) {
        node[2 * rank]++;
        node[2 * rank + 1]++;
        total[0]++;
        total[1]++;
        for (int b = (rank >>> SHIFT) + 1; b < nBlocks; b += b & -b) {
            blocks[2 * b]++;
            blocks[2 * b + 1]++;
        }
    }

    /** Number of items of the set with rank < {@code rank}. */
    int below(int set, int rank) {
        int blk = rank >>> SHIFT;
        int s = 0;
        for (int b = blk; b > 0; b -= b & -b) s += blocks[2 * b + set];
        for (int r = blk << SHIFT; r < rank; r++) s += node[2 * r + set];
        return baseBelow == null ? s : s + baseBelow[2 * rank + set];
    }
}
