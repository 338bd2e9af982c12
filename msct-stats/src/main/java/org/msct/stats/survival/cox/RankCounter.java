package org.msct.stats.survival.cox;

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

    RankCounter(int m) {
        node = new long[m + 1];
        nBlocks = (m >>> SHIFT) + 2;
        blocks = new long[nBlocks];
    }

    /**
     * A counter over ranks 1..m that already holds {@code counts[r]} (packed) items of each rank r, taken over as
     * its own array; the block tree is built in O(m).
     */
    RankCounter(long[] counts) {
        node = counts;
        int m = counts.length - 1;
        nBlocks = (m >>> SHIFT) + 2;
        blocks = new long[nBlocks];
        long sum = 0;
        for (int r = 0; r <= m; r++) {
            blocks[(r >>> SHIFT) + 1] += counts[r];
            sum += counts[r];
        }
        for (int b = 1; b < nBlocks; b++) {
            int parent = b + (b & -b);
            if (parent < nBlocks) blocks[parent] += blocks[b];
        }
        total = sum;
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
        return part(node[rank], set);
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
        return s;
    }

    private static int part(long packed, int set) {
        return (int) (set == ALL ? packed >>> 32 : packed & LOW);
    }
}
