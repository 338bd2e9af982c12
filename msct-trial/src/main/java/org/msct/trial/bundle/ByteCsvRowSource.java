package org.msct.trial.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset CSV read at the byte level (cdisc-terms.md §1: UTF-8, optional BOM, RFC 4180 quoting, CR, LF or CRLF
 * line ends, empty lines skipped), with the same results as fastcsv's strict parser through
 * {@link SharingCsvHandler} (checked against it by a test), only without decoding the file to characters first.
 * Repeated values are shared: per column, a direct-mapped cache of recent distinct values (slot from a hash of
 * the bytes, computed while scanning) is checked against the field's bytes before a String is made, so the same
 * value in the same column is the same String instance (which {@link Cells} relies on). The array returned by
 * {@link #next()} is reused for the next row: callers copy what they keep.
 *
 * <p>Files starting with a UTF-16 or UTF-32 byte order mark are not read here (see {@link #open(Path)}).
 */
final class ByteCsvRowSource implements RowSource {
    /** The longest field; as fastcsv's default buffer limit, so that an unclosed quote fails early. */
    static final int MAX_FIELD = 16 * 1024 * 1024;

    private static final int SLOTS = 256;
    private static final int SLOT_BITS = 8;
    /** Integers 1 to 9999 (no leading zero) are shared through a table per column, not the hashed slots. */
    private static final int SMALL_INTS = 10_000;

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long COMMAS = ONES * ',';
    private static final long LFS = ONES * '\n';
    private static final long CRS = ONES * '\r';

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    /** Physical line number (1-based) at {@link #pos}. */
    private long line = 1;

    private String[] row = new String[32];
    /**
     * The value cache, {@link #SLOTS} slots per column, four longs a slot: the bytes 0-7, 8-15 and the last 8 of
     * the value (masked to its length; 0 where it has none), and its length; then all its bytes (only kept when
     * longer than 24) and the shared String. Before the slot, the column's value in the previous row is tried.
     */
    private long[] keys = new long[32 * SLOTS * 4];

    private byte[][] keyBytes = new byte[32 * SLOTS][];
    private String[] vals = new String[32 * SLOTS];
    private long[] prevKeys = new long[32 * 4];
    private String[] prevVals = new String[32];
    private int[] prevSlots = new int[32];
    private @Nullable String[][] ints = new String[32][];
    /** Per field of the current row, its slot (see {@link RowSource#slots()}). */
    private int[] slotOf = new int[32];

    private int[] exactSlots = new int[0];
    /** The slot of the value {@link #share} returned last. */
    private int shared;

    /** A quoted field's value; 8 spare bytes at the end for whole-word reads. */
    private byte[] unquoted = new byte[256 + 8];

    /** A UTF-8 (or BOM-less) CSV file; UTF-16/32 files go to fastcsv, which decodes them. */
    static RowSource open(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream s = Files.newInputStream(file)) {
            n = s.readNBytes(head, 0, 4);
        }
        if (otherBom(head, n)) return new CsvRowSource(file);
        return new ByteCsvRowSource(Files.newInputStream(file), 1 << 20);
    }

    private static boolean otherBom(byte[] b, int n) {
        if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return true;
        if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return true;
        return n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF;
    }

    ByteCsvRowSource(InputStream in, int bufferSize) throws IOException {
        this(in, bufferSize, Long.MAX_VALUE, true);
    }

    /**
     * Reads at most {@code length} bytes of {@code in}; {@code atStart}: the stream is at the start of the file (a
     * BOM is skipped), else at the start of a line in it (see {@link ChunkedCsvReader}).
     */
    ByteCsvRowSource(InputStream in, int bufferSize, long length, boolean atStart) throws IOException {
        this.in = in;
        this.left = length;
        this.buf = new byte[Math.max(bufferSize, 16) + 8];
        fill();
        if (atStart && lim - pos >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF)
            pos = 3;
    }

    /** Bytes of the input not read yet. */
    private long left;

    private boolean sawQuotedLineEnd;

    /** Whether a quoted field held a line end (then lines are not rows). */
    boolean sawQuotedLineEnd() {
        return sawQuotedLineEnd;
    }

    @Override
    public @Nullable List<String> header() throws IOException {
        String[] h = nextOrNull();
        if (h == null) return List.of();
        // fresh instances: the header is kept, the row array is reused
        String[] copy = new String[h.length];
        for (int i = 0; i < h.length; i++) copy[i] = h[i];
        return List.of(copy);
    }

    @Override
    public @Nullable String @Nullable [] next() throws IOException {
        return nextOrNull();
    }

    @Override
    public int[] slots() {
        return exactSlots;
    }

    private int fieldCount;
    private String[] exact = new String[0];

    private String @Nullable [] nextOrNull() throws IOException {
        while (true) {
            if (pos == lim && !fill()) return null;
            byte b = buf[pos];
            if (b == '\n') {
                pos++;
                line++;
                continue;
            }
            if (b == '\r') {
                pos++;
                if (pos == lim) fill();
                if (pos < lim && buf[pos] == '\n') pos++;
                line++;
                continue;
            }
            break;
        }
        long startLine = line;
        int start = pos;
        while (true) {
            int r = parseRecord(startLine);
            if (r >= 0) {
                int n = fieldCount;
                String[] o = exact;
                if (o.length != n) {
                    o = exact = new String[n];
                    exactSlots = new int[n];
                }
                System.arraycopy(row, 0, o, 0, n);
                System.arraycopy(slotOf, 0, exactSlots, 0, n);
                return o;
            }
            // ran out of buffered bytes inside the record: keep its bytes, read more, parse it again
            pos = start;
            line = startLine;
            if (!compactAndFill()) {
                // end of input inside the record: what remains is the record (eof flag makes the parse finish)
                eof = true;
            }
            start = pos;
        }
    }

    /**
     * Parses one record starting at {@link #pos}. Returns 0 when the record ended (at a line end, consumed, or at
     * the end of input), -1 when the buffer ended first and more input may exist.
     */
    private int parseRecord(long startLine) {
        byte[] b = buf;
        int p = pos;
        int end = lim;
        int field = 0;
        long ln = line;
        while (true) {
            if (p < end && b[p] == '"') {
                // quoted field
                int q = p + 1;
                int outLen = 0;
                byte[] out = unquoted;
                boolean closed = false;
                while (q < end) {
                    byte c = b[q];
                    if (c == '"') {
                        if (q + 1 >= end) {
                            if (!eof) return -1;
                            q++;
                            closed = true;
                            break;
                        }
                        if (b[q + 1] == '"') {
                            if (outLen + 8 >= out.length) out = unquoted = Arrays.copyOf(out, out.length * 2);
                            out[outLen++] = '"';
                            q += 2;
                            continue;
                        }
                        q++;
                        closed = true;
                        break;
                    }
                    if (c == '\n') {
                        ln++;
                        sawQuotedLineEnd = true;
                    } else if (c == '\r') {
                        sawQuotedLineEnd = true;
                        if (!(q + 1 < end && b[q + 1] == '\n')) {
                            if (q + 1 >= end && !eof) return -1;
                            ln++;
                        }
                    }
                    if (outLen + 8 >= out.length) {
                        if (outLen >= MAX_FIELD) throw tooLong(startLine);
                        out = unquoted = Arrays.copyOf(out, Math.min(out.length * 2, MAX_FIELD + 16));
                    }
                    out[outLen++] = c;
                    q++;
                }
                if (!closed) {
                    if (!eof) return -1;
                    // an unclosed quote at the end of input: the field is the rest of the input, as fastcsv reads
                    // it (which drops a last quote character, here the second of an escaped pair)
                    if (q - p >= 3 && b[q - 1] == '"' && b[q - 2] == '"') outLen--;
                }
                if (field >= row.length) grow(field);
                row[field] = share(field, out, 0, outLen);
                slotOf[field++] = shared;
                p = q;
                if (p >= end) {
                    if (!eof) return -1;
                    return finish(p, ln, field);
                }
                byte c = b[p];
                if (c == ',') {
                    p++;
                    continue;
                }
                if (c == '\n' || c == '\r') return lineEnd(p, ln, field);
                if (c < 0 && p + utf8Length(c) > end && !eof) return -1;
                throw unexpected(p, startLine);
            }
            // unquoted field
            int s = p;
            // eight bytes at a time: the lowest byte that is a separator or a line end (reads past the end of
            // the data stay inside the buffer's 8 spare bytes; a hit there counts as the end)
            while (p < end) {
                long w = (long) LONG.get(b, p);
                long m = zeroBytes(w ^ COMMAS) | zeroBytes(w ^ LFS) | zeroBytes(w ^ CRS);
                if (m != 0) {
                    p += Long.numberOfTrailingZeros(m) >>> 3;
                    if (p > end) p = end;
                    break;
                }
                p += 8;
                if (p > end) p = end;
            }
            if (p - s > MAX_FIELD) throw tooLong(startLine);
            if (p >= end && !eof) return -1;
            if (field >= row.length) grow(field);
            row[field] = share(field, b, s, p - s);
            slotOf[field++] = shared;
            if (p >= end) return finish(p, ln, field);
            if (b[p] == ',') {
                p++;
                if (p >= end && !eof) return -1;
                if (p >= end) {
                    // a trailing separator at the end of input: one more, empty field
                    if (field >= row.length) grow(field);
                    slotOf[field] = EMPTY;
                    row[field++] = "";
                    return finish(p, ln, field);
                }
                continue;
            }
            return lineEnd(p, ln, field);
        }
    }

    private int lineEnd(int p, long ln, int field) {
        if (buf[p] == '\r') {
            if (p + 1 >= lim && !eof) return -1;
            p++;
            if (p < lim && buf[p] == '\n') p++;
        } else {
            p++;
        }
        return finish(p, ln + 1, field);
    }

    private int finish(int p, long ln, int field) {
        pos = p;
        line = ln;
        fieldCount = field;
        return 0;
    }

    /** Bytes that are zero in {@code x} have their high bit set; exact for the lowest such byte. */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    private void grow(int field) {
        int n = Math.max(field + 1, row.length * 2);
        row = Arrays.copyOf(row, n);
        keys = Arrays.copyOf(keys, n * SLOTS * 4);
        keyBytes = Arrays.copyOf(keyBytes, n * SLOTS);
        vals = Arrays.copyOf(vals, n * SLOTS);
        prevKeys = Arrays.copyOf(prevKeys, n * 4);
        prevVals = Arrays.copyOf(prevVals, n);
        prevSlots = Arrays.copyOf(prevSlots, n);
        ints = Arrays.copyOf(ints, n);
        slotOf = Arrays.copyOf(slotOf, n);
    }

    /**
     * The shared String for bytes {@code b[off, off+len)} in column {@code col}; {@code b} has at least 8 readable
     * bytes from {@code off}.
     */
    private String share(int col, byte[] b, int off, int len) {
        if (len == 0) {
            shared = EMPTY;
            return "";
        }
        long w0 = (long) LONG.get(b, off);
        long w1 = 0;
        long w2 = 0;
        if (len < 8) {
            w0 &= (1L << (len << 3)) - 1;
        } else if (len > 8) {
            w1 = (long) LONG.get(b, off + 8);
            if (len < 16) w1 &= (1L << ((len - 8) << 3)) - 1;
            else if (len > 16) w2 = (long) LONG.get(b, off + len - 8);
        }
        long[] pk = prevKeys;
        int p = col << 2;
        if (len <= 24 && pk[p + 3] == len && pk[p] == w0 && pk[p + 1] == w1 && pk[p + 2] == w2) {
            shared = prevSlots[col];
            return prevVals[col];
        }
        if (len <= 4 && isSmallInt(w0, len)) return smallInt(col, smallInt(b, off, len), w0, len);
        long h = (w0 ^ Long.rotateLeft(w1, 21) ^ Long.rotateLeft(w2, 42) ^ len) * 0x9E3779B97F4A7C15L;
        int inColumn = (int) (h >>> (64 - SLOT_BITS));
        int slot = col * SLOTS + inColumn;
        long[] k = keys;
        int i = slot << 2;
        String v;
        if (k[i + 3] == len
                && k[i] == w0
                && k[i + 1] == w1
                && k[i + 2] == w2
                && (len <= 24 || Arrays.equals(keyBytes[slot], 0, len, b, off, off + len))) {
            v = vals[slot];
        } else {
            v = new String(b, off, len, StandardCharsets.UTF_8);
            k[i] = w0;
            k[i + 1] = w1;
            k[i + 2] = w2;
            k[i + 3] = len;
            keyBytes[slot] = len > 24 ? Arrays.copyOfRange(b, off, off + len) : null;
            vals[slot] = v;
        }
        pk[p] = w0;
        pk[p + 1] = w1;
        pk[p + 2] = w2;
        pk[p + 3] = len;
        prevVals[col] = v;
        prevSlots[col] = inColumn;
        shared = inColumn;
        return v;
    }

    /**
     * Whether the {@code len} (1 to 4) bytes in {@code w} (the rest zero) are digits, the first not '0': every byte
     * has high nibble 3, also after adding 6 (a carry out of a non-digit byte only happens where the first test
     * already failed).
     */
    private static boolean isSmallInt(long w, int len) {
        long mask = (1L << (len << 3)) - 1;
        long threes = 0x30303030L & mask;
        long his = 0xF0F0F0F0L & mask;
        return (w & his) == threes && ((w + (0x06060606L & mask)) & his) == threes && (w & 0xFF) != '0';
    }

    /** The value of {@code len} digits. */
    private static int smallInt(byte[] b, int off, int len) {
        int n = 0;
        for (int i = off; i < off + len; i++) n = n * 10 + (b[i] - '0');
        return n;
    }

    /** The shared String of the integer {@code n} (1 to 9999) in column {@code col}; its slot for Cells. */
    private String smallInt(int col, int n, long w0, int len) {
        String[] t = ints[col];
        if (t == null) t = ints[col] = new String[SMALL_INTS];
        String v = t[n];
        if (v == null) v = t[n] = Integer.toString(n);
        int slot = n < RowSource.SLOTS - SLOTS ? SLOTS + n : -1;
        int p = col << 2;
        prevKeys[p] = w0;
        prevKeys[p + 1] = 0;
        prevKeys[p + 2] = 0;
        prevKeys[p + 3] = len;
        prevVals[col] = v;
        prevSlots[col] = slot;
        shared = slot;
        return v;
    }

    private SyntaxException tooLong(long startLine) {
        return new SyntaxException("malformed CSV: The maximum buffer size of " + MAX_FIELD
                + " is insufficient to read the data of a single field. This issue typically arises when a quotation"
                + " begins but does not conclude within the confines of this buffer's maximum limit. (record starting"
                + " at line " + startLine + ")");
    }

    private SyntaxException unexpected(int p, long startLine) {
        int c = buf[p] & 0xff;
        if (c >= 0x80) {
            // the character, decoded from its UTF-8 bytes (fastcsv reports the decoded char)
            int n = utf8Length(buf[p]);
            String s = new String(buf, p, Math.min(n, lim - p), StandardCharsets.UTF_8);
            c = s.charAt(0);
        }
        return new SyntaxException("malformed CSV: Unexpected character after closing quote: '" + (char) c + "' (0x"
                + Integer.toHexString(c) + ") (record starting at line " + startLine + ")");
    }

    private static int utf8Length(byte lead) {
        int c = lead & 0xff;
        return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    }

    /** Reads more input after {@link #lim}; false at the end of input. */
    private boolean fill() throws IOException {
        if (eof) return false;
        if (pos == lim) {
            pos = 0;
            lim = 0;
        }
        if (lim == buf.length - 8) return true;
        int n = read(buf, lim, buf.length - 8 - lim);
        if (n < 0) {
            eof = true;
            return false;
        }
        lim += n;
        return true;
    }

    /** Moves the bytes from {@link #pos} to the start and reads more, growing the buffer when it is full. */
    private boolean compactAndFill() throws IOException {
        if (eof) return false;
        int keep = lim - pos;
        if (pos == 0) {
            if (buf.length >= 2 * MAX_FIELD + 16) throw tooLong(line);
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, 2 * MAX_FIELD + 16) + 8);
        } else {
            System.arraycopy(buf, pos, buf, 0, keep);
            pos = 0;
            lim = keep;
        }
        while (lim < buf.length - 8) {
            int n = read(buf, lim, buf.length - 8 - lim);
            if (n < 0) {
                eof = true;
                return lim > 0;
            }
            lim += n;
            if (n > 0) return true;
        }
        return true;
    }

    private int read(byte[] b, int off, int len) throws IOException {
        if (left <= 0) return -1;
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n > 0) left -= n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
