package org.msct.stats.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rows of one byte range of a CSV file, parsed into primitive columns (see {@link CsvColumns}). */
final class CsvChunk {
    static final int SKIP = 0;
    static final int NUMERIC = 1;
    static final int TEXT = 2;

    final int rows;
    final double[][] num;
    final int[][] codes;
    final ByteDict[] dicts;

    private CsvChunk(int rows, double[][] num, int[][] codes, ByteDict[] dicts) {
        this.rows = rows;
        this.num = num;
        this.codes = codes;
        this.dicts = dicts;
    }

    /** A parse failure at a byte position; the caller turns the position into a row number. */
    static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient int position;
        final int column;

        ParseError(int position, int column, String message) {
            super(message, null, false, false);
            this.position = position;
            this.column = column;
        }
    }

    static CsvChunk parse(byte[] buf, int from, int to, int[] kind) {
        Builder b = new Builder(kind, estimateRows(buf, from, to, to - from));
        b.feed(buf, from, to);
        return b.build();
    }

    /** Columns growing row by row over one or more byte ranges that each start at a line start. */
    static final class Builder {
        private final int[] kind;
        private int cap;
        private int rows;
        private final double[][] num;
        private final int[][] codes;
        private final ByteDict[] dicts;

        Builder(int[] kind, int capacity) {
            this.kind = kind;
            int ncol = kind.length;
            cap = Math.max(16, capacity);
            num = new double[ncol][];
            codes = new int[ncol][];
            dicts = new ByteDict[ncol];
            for (int c = 0; c < ncol; c++) {
                if (kind[c] == NUMERIC) num[c] = new double[cap];
                if (kind[c] == TEXT) {
                    codes[c] = new int[cap];
                    dicts[c] = new ByteDict();
                }
            }
        }

        /** Parses every row of {@code buf[from, to)}; the range ends at a line end or at the end of the file. */
        void feed(byte[] buf, int from, int to) {
            int ncol = kind.length;
            int lastNeeded = -1;
            for (int c = 0; c < ncol; c++) if (kind[c] != SKIP) lastNeeded = c;
            Cursor cur = new Cursor(buf, from, to);
            int row = rows;
            while (!cur.atEnd()) {
                if (cur.atLineEnd()) {
                    cur.skipLineEnd();
                    continue;
                }
                if (row == cap) grow();
                int c = 0;
                while (true) {
                    if (c >= ncol) {
                        throw new ParseError(
                                cur.position(), -1, "more fields than the " + ncol + " columns of the header");
                    }
                    switch (kind[c]) {
                        case NUMERIC -> num[c][row] = cur.nextDouble(c);
                        case TEXT -> codes[c][row] = cur.nextCode(dicts[c]);
                        default -> cur.skipField();
                    }
                    c++;
                    if (cur.atLineEnd() && !cur.moreFields()) break;
                    if (c > lastNeeded && cur.skipRestOfLine(ncol - c)) {
                        c = ncol;
                        break;
                    }
                }
                if (c != ncol) {
                    throw new ParseError(cur.position(), c, "row has " + c + " fields but the header has " + ncol);
                }
                cur.skipLineEnd();
                row++;
                rows = row;
            }
        }

        private void grow() {
            cap = cap + (cap >> 1) + 16;
            for (int c = 0; c < kind.length; c++) {
                if (num[c] != null) num[c] = Arrays.copyOf(num[c], cap);
                if (codes[c] != null) codes[c] = Arrays.copyOf(codes[c], cap);
            }
        }

        CsvChunk build() {
            return new CsvChunk(rows, num, codes, dicts);
        }
    }

    /** Rows expected in {@code total} bytes, from the line density of the sample {@code b[from, to)}. */
    static int estimateRows(byte[] b, int from, int to, long total) {
        int lines = 0;
        int sample = Math.min(to, from + 65536);
        for (int i = from; i < sample; i++) if (b[i] == '\n') lines++;
        if (sample - from >= total) return lines + 1;
        double perByte = (double) lines / Math.max(1, sample - from);
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) (perByte * total * 1.02) + 16);
    }

    /** Open-addressing dictionary of byte strings; a String is made only for a new level. */
    static final class ByteDict {
        private static final int SMALL_DICT = 8;

        private int[] slots = new int[64]; // code + 1, 0 = empty
        private int[] hashes = new int[0];
        private byte[][] keys = new byte[0][];
        private final List<String> levels = new ArrayList<>();

        List<String> levels() {
            return levels;
        }

        int code(byte[] b, int from, int to) {
            // a handful of levels (arms, strata): compare with each, no hash; C1 code calls Arrays.equals out of line
            int len = to - from;
            int nl = levels.size();
            if (nl <= SMALL_DICT) {
                for (int code = 0; code < nl; code++) {
                    byte[] k = keys[code];
                    if (k.length != len) continue;
                    int i = 0;
                    while (i < len && k[i] == b[from + i]) i++;
                    if (i == len) return code;
                }
            }
            int h = 1;
            for (int i = from; i < to; i++) h = 31 * h + b[i];
            h ^= h >>> 16;
            int mask = slots.length - 1;
            int s = h & mask;
            while (true) {
                int v = slots[s];
                if (v == 0) break;
                int code = v - 1;
                if (hashes[code] == h && Arrays.equals(keys[code], 0, keys[code].length, b, from, to)) return code;
                s = (s + 1) & mask;
            }
            int code = levels.size();
            if (code == keys.length) {
                keys = Arrays.copyOf(keys, Math.max(16, code * 2));
                hashes = Arrays.copyOf(hashes, keys.length);
            }
            keys[code] = Arrays.copyOfRange(b, from, to);
            hashes[code] = h;
            levels.add(new String(b, from, to - from, StandardCharsets.UTF_8));
            slots[s] = code + 1;
            if (levels.size() * 2 > slots.length) rehash();
            return code;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int code = 0; code < levels.size(); code++) {
                int s = hashes[code] & mask;
                while (slots[s] != 0) s = (s + 1) & mask;
                slots[s] = code + 1;
            }
        }
    }

    /** Byte cursor; positions are always at a field start or at a line end. */
    static final class Cursor {
        private final byte[] b;
        private final int end;
        private int pos;
        private boolean lastComma;

        Cursor(byte[] b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        int position() {
            return pos;
        }

        boolean atEnd() {
            return pos >= end;
        }

        boolean atLineEnd() {
            return pos >= end || b[pos] == '\n' || b[pos] == '\r';
        }

        void skipLineEnd() {
            if (pos < end && b[pos] == '\r') pos++;
            if (pos < end && b[pos] == '\n') pos++;
        }

        /** True when the previous field ended with a comma, so an empty field follows even at a line end. */
        boolean moreFields() {
            return lastComma;
        }

        private void endField() {
            lastComma = pos < end && b[pos] == ',';
            if (lastComma) pos++;
        }

        private int scanField() {
            int i = pos;
            while (i + 8 <= end) {
                long w = (long) LONG_LE.get(b, i);
                long hit = bytesEqual(w, COMMAS) | bytesEqual(w, LFS) | bytesEqual(w, CRS);
                if (hit != 0) return i + (firstByte(hit));
                i += 8;
            }
            while (i < end) {
                byte c = b[i];
                if (c == ',' || c == '\n' || c == '\r') break;
                i++;
            }
            return i;
        }

        /**
         * At the start of a field after the last column wanted: moves to the line end when exactly {@code fields}
         * unquoted fields remain, in one scan instead of one per field (the benchmark files end with two unused
         * 17-digit columns for a log-rank test). Otherwise stays put and returns false, and the fields are read one
         * by one, which also reports a wrong field count or a quoted line break as before.
         */
        boolean skipRestOfLine(int fields) {
            int i = pos;
            int commas = 0;
            while (i + 8 <= end) {
                long w = (long) LONG_LE.get(b, i);
                long stop = bytesEqual(w, LFS) | bytesEqual(w, CRS) | bytesEqual(w, QUOTES);
                long comma = bytesEqual(w, COMMAS);
                if (stop != 0) {
                    // count the commas before the first stop byte only; the byte loop below takes it from there
                    int k = firstByte(stop);
                    commas += bytesSet(comma & ((1L << 8 * k) - 1));
                    i += k;
                    break;
                }
                commas += bytesSet(comma);
                i += 8;
            }
            while (i < end) {
                byte c = b[i];
                if (c == ',') commas++;
                else if (c == '\n' || c == '\r') break;
                else if (c == '"') return false;
                i++;
            }
            if (commas + 1 != fields) return false;
            pos = i;
            lastComma = false;
            return true;
        }

        void skipField() {
            if (pos < end && b[pos] == '"') {
                nextString();
                return;
            }
            pos = scanField();
            endField();
        }

        int nextCode(ByteDict dict) {
            if (pos < end && b[pos] == '"') {
                String s = nextString();
                if (s.isEmpty()) return -1;
                byte[] u = s.getBytes(StandardCharsets.UTF_8);
                return dict.code(u, 0, u.length);
            }
            int start = pos;
            int stop = scanField();
            pos = stop;
            endField();
            return stop == start ? -1 : dict.code(b, start, stop);
        }

        String nextString() {
            if (pos < end && b[pos] == '"') {
                StringBuilder sb = new StringBuilder();
                int start = ++pos;
                while (true) {
                    if (pos >= end) throw new ParseError(start, -1, "unterminated quoted field");
                    if (b[pos] == '"') {
                        sb.append(new String(b, start, pos - start, StandardCharsets.UTF_8));
                        pos++;
                        if (pos < end && b[pos] == '"') {
                            sb.append('"');
                            start = ++pos;
                            continue;
                        }
                        break;
                    }
                    pos++;
                }
                endField();
                return sb.toString();
            }
            int start = pos;
            pos = scanField();
            String s = new String(b, start, pos - start, StandardCharsets.UTF_8);
            endField();
            return s;
        }

        private static final VarHandle LONG_LE =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long[] POW10_LONG = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

        /**
         * Index 0-7 of the lowest byte whose top bit is set in a mask of 0x80 bits (the first such byte in file
         * order): the lowest bit isolated, then one multiplication moves its byte number into the top byte. C1 calls
         * Long.numberOfTrailingZeros out of line, which cost more than the scan it serves.
         */
        static int firstByte(long mask) {
            long low = mask & -mask;
            return (int) (((low >>> 7) * 0x0001020304050607L) >>> 56);
        }

        /** Digits of b[from, to) from the first non-zero one on (the dot is skipped). */
        private static int significantDigits(byte[] b, int from, int to) {
            int i = from;
            while (i < to && (b[i] == '0' || b[i] == '.')) i++;
            int n = 0;
            for (; i < to; i++) if (b[i] != '.') n++;
            return n;
        }

        private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
        private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
        private static final long CRS = 0x0D0D0D0D0D0D0D0DL;
        private static final long QUOTES = 0x2222222222222222L;
        private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

        /**
         * 0x80 in each byte of {@code w} equal to the byte repeated in {@code pattern}, 0 elsewhere. Exact for every
         * byte (no carry crosses a byte), so the bits can be counted, not only the first one trusted.
         */
        private static long bytesEqual(long w, long pattern) {
            long t = w ^ pattern;
            return ~(((t & LOW7) + LOW7) | t | LOW7);
        }

        /**
         * Number of bytes flagged in a mask of 0x80 bits: the flags moved to the bytes' low bits are summed into the
         * top byte by one multiplication (at most 8, no carry). C1 does not intrinsify Long.bitCount: a call of ~4 ns.
         */
        static int bytesSet(long mask) {
            return (int) (((mask >>> 7) * 0x0101010101010101L) >>> 56);
        }

        /**
         * The value of eight ASCII digits read little-endian (the first digit in the lowest byte), as fast_float's
         * parse_eight_digits_unrolled: pairs, then quads, then the whole in three multiplications.
         */
        static long eightDigits(long w) {
            long v = w - 0x3030303030303030L;
            v = v * 10 + (v >>> 8);
            long mask = 0x000000FF000000FFL;
            v = ((v & mask) * 0x000F424000000064L + ((v >>> 16) & mask) * 0x0000271000000001L) >>> 32;
            return v & 0xFFFFFFFFL;
        }

        private static final double[] POW10 = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
            1e19, 1e20, 1e21, 1e22
        };

        /**
         * Parses a number. Decimals whose digits form a long below 2^53, with an optional exponent, take Clinger's fast
         * path when the power of ten is exact (|e| &lt;= 22): both operands are exact doubles, so one multiplication or
         * division is correctly rounded, as {@link Double#parseDouble} is. Anything else goes through parseDouble. The
         * integer and fraction digits are separate loops: on a million rows of four numeric columns this parser is
         * a third of the CPU time of a Cox fit, and it runs as C1 code.
         */
        double nextDouble(int column) {
            final byte[] b = this.b;
            final int end = this.end;
            int start = pos;
            if (start < end && b[start] == '"') return parseSlow(nextString(), column, pos);
            int i = start;
            boolean neg = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                neg = b[i] == '-';
                i++;
            }
            int digitsStart = i;
            long mant = 0;
            int c = 0;
            while (i < end && (c = b[i] - '0') >= 0 && c <= 9) {
                mant = mant * 10 + c;
                i++;
            }
            int nDigits = i - digitsStart;
            int fracDigits = 0;
            if (i < end && b[i] == '.') {
                int fracStart = ++i;
                // eight bytes at a time while they are whole (the 14-15 fraction digits R writes)
                while (i + 8 <= end) {
                    long w = (long) LONG_LE.get(b, i);
                    long notDigit = ((w + 0x4646464646464646L) | (w - 0x3030303030303030L)) & 0x8080808080808080L;
                    if (notDigit == 0) {
                        mant = mant * 100_000_000L + eightDigits(w);
                        i += 8;
                        continue;
                    }
                    int k = firstByte(notDigit);
                    if (k > 0) {
                        // the k digits first in the file are the low bytes; shifted up, the rest reads as zeros
                        mant = mant * POW10_LONG[k]
                                + eightDigits((w << (64 - 8 * k)) | (0x3030303030303030L >>> 8 * k));
                        i += k;
                    }
                    break;
                }
                while (i < end && (c = b[i] - '0') >= 0 && c <= 9) {
                    mant = mant * 10 + c;
                    i++;
                }
                fracDigits = i - fracStart;
                nDigits += fracDigits;
            }
            int exp10 = -fracDigits;
            int mantEnd = i;
            if (nDigits > 0 && i < end && (b[i] == 'e' || b[i] == 'E')) {
                int j = i + 1;
                boolean eneg = false;
                if (j < end && (b[j] == '-' || b[j] == '+')) {
                    eneg = b[j] == '-';
                    j++;
                }
                int e = 0;
                int eStart = j;
                while (j < end && (c = b[j] - '0') >= 0 && c <= 9 && e < 10_000) {
                    e = e * 10 + c;
                    j++;
                }
                if (j > eStart) {
                    exp10 += eneg ? -e : e;
                    i = j;
                } else {
                    nDigits = 0; // "1e" or "1e-": not a number
                }
            }
            boolean ended = i >= end || b[i] == ',' || b[i] == '\n' || b[i] == '\r';
            // at most 18 digits cannot overflow the long; below 2^53 it is an exact double
            // leading zeros ("0.000221063559436087") do not count towards the 18
            boolean fits = nDigits <= 18 || significantDigits(b, digitsStart, mantEnd) <= 18;
            if (ended && nDigits > 0 && fits && mant < (1L << 53) && exp10 >= -22 && exp10 <= 22) {
                pos = i;
                endField();
                double v = exp10 == 0 ? mant : exp10 < 0 ? mant / POW10[-exp10] : mant * POW10[exp10];
                return neg ? -v : v;
            }
            pos = scanField();
            String s = new String(b, start, pos - start, StandardCharsets.UTF_8);
            int at = start;
            endField();
            return parseSlow(s, column, at);
        }

        private static double parseSlow(String raw, int column, int at) {
            String s = raw.strip();
            if (s.isEmpty() || s.equals("NA")) return Double.NaN;
            boolean javaOnly = s.endsWith("d")
                    || s.endsWith("D")
                    || s.endsWith("f")
                    || s.endsWith("F")
                    || s.contains("x")
                    || s.contains("X")
                    || s.contains("N")
                    || s.contains("I");
            try {
                if (!javaOnly) return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
            throw new ParseError(at, column, "value '" + raw + "' is not a number");
        }
    }
}
