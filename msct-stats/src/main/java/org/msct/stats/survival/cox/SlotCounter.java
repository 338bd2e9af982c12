package org.msct.stats.survival.cox;

/**
 * Two sets of slots 0..n−1 (survival's concordance keeps one of the rows at risk and one of the deaths) with the number
 * of members below a slot. Every row owns one slot, its place in the order of the linear predictor, so each set is a
 * bit set: 2 × n/8 bytes (250 kB for a million rows) where per-rank counts took 8 MB, which the concordance sweep
 * missed in the cache at nearly every row. A count adds up, for both sets at once, a Fenwick tree over superblocks of
 * 1,024 slots, the packed counts of the 128-slot blocks before it in its superblock, and the bits before it in its
 * block. Counts are packed in one long (ALL in the high 32 bits, DEAD in the low 32 bits); they never go below zero (a
 * removal follows its addition), so no borrow crosses from one half into the other.
 */
final class SlotCounter {
    static final int ALL = 0;
    static final int DEAD = 1;
    private static final int BLOCK = 7;
    private static final int SUPER = 10;
    private static final long ONE_ALL = 1L << 32;
    private static final long ONE_DEAD = 1L;
    private static final long LOW = 0xFFFFFFFFL;

    /** bits[2 w + set]: bit b set when slot 64 w + b is in the set (the two sets of a word side by side). */
    private final long[] bits;
    /** block[b]: packed counts of slots [128 b, 128 b + 128). */
    private final long[] block;
    /** Fenwick tree over the packed superblock totals (1-based). */
    private final long[] tree;

    private long total;

    /** Empty sets over slots 0..n−1. */
    SlotCounter(int n) {
        bits = new long[2 * ((n >>> 6) + 1)];
        block = new long[(n >>> BLOCK) + 1];
        tree = new long[(n >>> SUPER) + 2];
    }

    /**
     * Sets holding the slots {@code slot[k]} for k in [from, to): all in ALL, those with {@code status[k] == 1} also in
     * DEAD; the counts and the tree are built in O(n).
     */
    SlotCounter(int n, int[] slot, int[] status, int from, int to) {
        this(n);
        for (int k = from; k < to; k++) {
            int s = slot[k];
            long bit = 1L << s;
            bits[2 * (s >>> 6)] |= bit;
            if (status[k] == 1) bits[2 * (s >>> 6) + 1] |= bit;
        }
        for (int w = 0; 2 * w < bits.length; w++) {
            long c = (long) ones(bits[2 * w]) << 32 | ones(bits[2 * w + 1]);
            block[w >>> (BLOCK - 6)] += c;
            tree[(w >>> (SUPER - 6)) + 1] += c;
            total += c;
        }
        for (int i = 1; i < tree.length; i++) {
            int parent = i + (i & -i);
            if (parent < tree.length) tree[parent] += tree[i];
        }
    }

    /** Puts {@code slot} into {@code set} (it must not be there). */
    void add(int set, int slot) {
        bits[2 * (slot >>> 6) + set] |= 1L << slot;
        change(slot, set == ALL ? ONE_ALL : ONE_DEAD);
    }

    /** Puts {@code slot} into both sets (it must be in neither). */
    void addBoth(int slot) {
        bits[2 * (slot >>> 6)] |= 1L << slot;
        bits[2 * (slot >>> 6) + 1] |= 1L << slot;
        change(slot, ONE_ALL | ONE_DEAD);
    }

    /** Takes {@code slot} out of ALL (it must be there). */
    void removeAll(int slot) {
        bits[2 * (slot >>> 6)] &= ~(1L << slot);
        change(slot, -ONE_ALL);
    }

    private void change(int slot, long packed) {
        block[slot >>> BLOCK] += packed;
        total += packed;
        for (int i = (slot >>> SUPER) + 1; i < tree.length; i += i & -i) tree[i] += packed;
    }

    int total(int set) {
        return part(total, set);
    }

    /** Members of both sets among slots [0, slot), packed: ALL in the high 32 bits, DEAD in the low 32 bits. */
    long belowBoth(int slot) {
        int sup = slot >>> SUPER;
        long s = 0;
        for (int i = sup; i > 0; i -= i & -i) s += tree[i];
        int blk = slot >>> BLOCK;
        for (int b = sup << (SUPER - BLOCK); b < blk; b++) s += block[b];
        int w = slot >>> 6;
        for (int v = blk << (BLOCK - 6); v < w; v++) s += (long) ones(bits[2 * v]) << 32 | ones(bits[2 * v + 1]);
        long mask = (1L << slot) - 1; // slot & 63 low bits (Java shifts by slot mod 64)
        return s + ((long) ones(bits[2 * w] & mask) << 32 | ones(bits[2 * w + 1] & mask));
    }

    /** Members of both sets among slots [from, to), packed as {@link #belowBoth}. */
    long betweenBoth(int from, int to) {
        if (to - from == 1) {
            int w = 2 * (from >>> 6);
            return (bits[w] >>> from & 1L) << 32 | bits[w + 1] >>> from & 1L;
        }
        return belowBoth(to) - belowBoth(from);
    }

    /** 1 when {@code slot} is in DEAD, else 0. */
    int deadAt(int slot) {
        return (int) (bits[2 * (slot >>> 6) + 1] >>> slot) & 1;
    }

    static int all(long packed) {
        return (int) (packed >>> 32);
    }

    static int dead(long packed) {
        return (int) (packed & LOW);
    }

    private static int part(long packed, int set) {
        return set == ALL ? all(packed) : dead(packed);
    }

    /**
     * Set bits of a word by SWAR (C1 does not intrinsify Long.bitCount: a call of ~4 ns, twice what this costs).
     */
    static int ones(long x) {
        x = x - ((x >>> 1) & 0x5555555555555555L);
        x = (x & 0x3333333333333333L) + ((x >>> 2) & 0x3333333333333333L);
        x = (x + (x >>> 4)) & 0x0F0F0F0F0F0F0F0FL;
        return (int) ((x * 0x0101010101010101L) >>> 56);
    }
}
