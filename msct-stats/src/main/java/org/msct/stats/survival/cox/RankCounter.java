package org.msct.stats.survival.cox;

import org.jspecify.annotations.Nullable;

/**
 * Two multisets of ranks 1..m (survival's concordance keeps one of all rows at risk and one of the deaths) with
 * counts below a rank in O(log m): a Fenwick tree over blocks of 16 ranks plus the per-rank counts, scanned within a
 * block. Both sets share one long per entry (ALL in the high 32 bits, DEAD in the low 32 bits), so a query or an
 * update of either set, or of both, loads each entry once; the block tree is small enough to stay in cache for a
 * million ranks, where a Fenwick tree over single ranks misses at nearly every level. Counts never go below zero
 * (a removal follows its addition), so no borrow crosses from one half into the other.
 */
final class RankCounter {
    static final int ALL = 0;
    static final int DEAD = 1;
    private static final int SHIFT = 4;
    private static final long ONE_ALL = 1L << 32;
    private static final long ONE_DEAD = 1L;
    private static final long LOW = 0xFFFFFFFFL;

    /** node[r]: counts of rank r, packed. */
    private final long[] node;
    /** blocks[b]: Fenwick tree over the packed block totals (1-based b). */
    private final long[] blocks;

    private final int nBlocks;
    private long total;
    /**
     * Fixed counts added to every answer (the rows of later times, counted by another thread), or null, packed:
     * baseBelow[r] = items with rank &lt; r, baseAt[r] = items with rank r.
     */
    private final long @Nullable [] baseBelow;

    private final long @Nullable [] baseAt;

    RankCounter(int m) {
        node = new long[m + 1];
        nBlocks = (m >>> SHIFT) + 2;
        blocks = new long[nBlocks];
        baseBelow = null;
        baseAt = null;
    }

    /** An empty counter over ranks 1..m whose answers include fixed counts: {@code base[r]} packed counts of rank r. */
    RankCounter(int m, long[] base) {
        node = new long[m + 1];
        nBlocks = (m >>> SHIFT) + 2;
        blocks = new long[nBlocks];
        baseAt = base;
        baseBelow = new long[base.length];
        long below = 0;
        for (int r = 0; r < base.length; r++) {
            baseBelow[r] = below;
            below += base[r];
        }
        total = below;
    }

    /** The packed unit of one item of {@code set}. */
    static long unit(int set) {
        return set == ALL ? ONE_ALL : ONE_DEAD;
    }

    void add(int set, int rank, int w) {
        add(rank, w * unit(set));
    }

    /** Adds one item of rank {@code rank} to both sets. */
    void addBoth(int rank) {
        add(rank, ONE_ALL | ONE_DEAD);
    }

    private void add(int rank, long packed) {
        node[rank] += packed;
        total += packed;
        for (int b = (rank >>> SHIFT) + 1; b < nBlocks; b += b & -b) blocks[b] += packed;
    }

    int total(int set) {
        return part(total, set);
    }

    int at(int set, int rank) {
        long v = baseAt == null ? node[rank] : node[rank] + baseAt[rank];
        return part(v, set);
    }

    /** Number of items of the set with rank &lt; {@code rank}. */
    int below(int set, int rank) {
        return part(belowBoth(rank), set);
    }

    /** Items of both sets with rank &lt; {@code rank}, packed: ALL in the high 32 bits, DEAD in the low 32 bits. */
    long belowBoth(int rank) {
        int blk = rank >>> SHIFT;
        long s = 0;
        for (int b = blk; b > 0; b -= b & -b) s += blocks[b];
        for (int r = blk << SHIFT; r < rank; r++) s += node[r];
        return baseBelow == null ? s : s + baseBelow[rank];
    }

    private static int part(long packed, int set) {
        return (int) (set == ALL ? packed >>> 32 : packed & LOW);
    }
}
