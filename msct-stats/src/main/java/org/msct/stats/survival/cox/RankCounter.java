package org.msct.stats.survival.cox;

/**
 * Two multisets of ranks 1..m (survival's concordance keeps one of all rows at risk and one of the deaths) with
 * counts below a rank: per-rank counts, per-block counts (32 ranks) and a Fenwick tree over superblocks (32 blocks,
 * 1,024 ranks). A query adds up the superblocks before it in the tree (about 1,000 of them for a million ranks, so the
 * tree stays in the first-level cache), then the blocks before it in its superblock and the ranks before it in its
 * block, both short sequential scans. A Fenwick tree over 16-rank blocks (62,500 of them, 500 kB) missed the cache
 * at most of its 16 levels: ~200 ns per row of the concordance sweep. Both sets share one long per entry (ALL in the
 * high 32 bits, DEAD in the low 32 bits), so a query of either set or of both loads each entry once. Counts never go
 * below zero (a removal follows its addition), so no borrow crosses from one half into the other.
 */
final class RankCounter {
    static final int ALL = 0;
    static final int DEAD = 1;
    private static final int BLOCK = 5;
    private static final int SUPER = 10;
    private static final long ONE_ALL = 1L << 32;
    private static final long ONE_DEAD = 1L;
    private static final long LOW = 0xFFFFFFFFL;

    /** node[r]: packed counts of rank r. */
    private final long[] node;
    /** block[b]: packed counts of ranks [32 b, 32 b + 32). */
    private final long[] block;
    /** Fenwick tree over the packed superblock totals (1-based). */
    private final long[] tree;

    private long total;

    RankCounter(int m) {
        this(new long[m + 1]);
    }

    /**
     * A counter over ranks 1..m that already holds {@code counts[r]} (packed) items of each rank r, taken over as
     * its own array; the block counts and the tree are built in O(m).
     */
    RankCounter(long[] counts) {
        node = counts;
        int m = counts.length - 1;
        block = new long[(m >>> BLOCK) + 1];
        tree = new long[(m >>> SUPER) + 2];
        long sum = 0;
        for (int r = 0; r <= m; r++) {
            long c = counts[r];
            block[r >>> BLOCK] += c;
            tree[(r >>> SUPER) + 1] += c;
            sum += c;
        }
        for (int i = 1; i < tree.length; i++) {
            int parent = i + (i & -i);
            if (parent < tree.length) tree[parent] += tree[i];
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
        block[rank >>> BLOCK] += packed;
        total += packed;
        for (int i = (rank >>> SUPER) + 1; i < tree.length; i += i & -i) tree[i] += packed;
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
        int blk = rank >>> BLOCK;
        int sup = rank >>> SUPER;
        long s = 0;
        for (int i = sup; i > 0; i -= i & -i) s += tree[i];
        for (int b = sup << (SUPER - BLOCK); b < blk; b++) s += block[b];
        for (int r = blk << BLOCK; r < rank; r++) s += node[r];
        return s;
    }

    private static int part(long packed, int set) {
        return (int) (set == ALL ? packed >>> 32 : packed & LOW);
    }
}
