package org.msct.stats.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.msct.core.error.InputDataException;
import org.msct.core.error.UsageException;

/**
 * Column-oriented CSV reader (RFC 4180, UTF-8, comma separated, first line is the header). Only the requested columns
 * are materialised: numeric ones as {@code double[]} (empty field or {@code NA} = NaN), text ones dictionary-encoded.
 * Parsing works on raw bytes because the 1,000,000-row benchmark files are tens of megabytes.
 */
public final class CsvColumns {
    private final String file;
    private final List<String> header;
    private final int rows;
    private final Map<String, double[]> numeric;
    private final Map<String, TextColumn> text;

    private CsvColumns(
            String file, List<String> header, int rows, Map<String, double[]> numeric, Map<String, TextColumn> text) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.numeric = numeric;
        this.text = text;
    }

    /** A dictionary-encoded text column; code -1 marks an empty field. */
    public record TextColumn(int[] codes, List<String> levels) {
        public String value(int row) {
            int c = codes[row];
            return c < 0 ? "" : levels.get(c);
        }
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public boolean hasColumn(String name) {
        return header.contains(name);
    }

    public int rows() {
        return rows;
    }

    public double[] numeric(String name) {
        double[] v = numeric.get(name);
        if (v == null) throw new IllegalStateException("column not requested as numeric: " + name);
        return v;
    }

    public TextColumn text(String name) {
        TextColumn v = text.get(name);
        if (v == null) throw new IllegalStateException("column not requested as text: " + name);
        return v;
    }

    /**
     * Reads {@code path}. Every column in {@code required} must exist; {@code numericColumns} and {@code textColumns}
     * name what to load (columns absent from the file are skipped unless required).
     */
    public static CsvColumns read(
            Path path, Set<String> required, Set<String> numericColumns, Set<String> textColumns) {
        String file = path.toString();
        byte[] buf;
        try {
            buf = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("input file not found: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read input file " + file + ": " + e.getMessage());
        }
        return parse(file, buf, required, numericColumns, textColumns);
    }

    static CsvColumns parse(
            String file, byte[] buf, Set<String> required, Set<String> numericColumns, Set<String> textColumns) {
        int len = buf.length;
        int pos = 0;
        if (len >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) pos = 3;
        if (pos >= len || onlyWhitespace(buf, pos, len)) {
            throw new InputDataException(file, 0, null, "file is empty (expected a header line and data rows)");
        }
        FieldCursor cur = new FieldCursor(file, buf, pos);
        List<String> header = new ArrayList<>();
        do {
            header.add(cur.nextString().strip());
        } while (!cur.atLineEnd() || cur.moreFields());
        cur.skipLineEnd();
        for (String r : required) {
            if (!header.contains(r)) {
                throw new InputDataException(
                        file, 0, r, "required column '" + r + "' is missing (header has " + header + ")");
            }
        }
        int ncol = header.size();
        int[] kind = new int[ncol]; // 0 skip, 1 numeric, 2 text
        for (int c = 0; c < ncol; c++) {
            String h = header.get(c);
            if (numericColumns.contains(h)) kind[c] = 1;
            else if (textColumns.contains(h)) kind[c] = 2;
        }
        int cap = Math.max(16, estimateRows(buf, cur.pos));
        double[][] num = new double[ncol][];
        int[][] codes = new int[ncol][];
        List<Map<String, Integer>> dict = new ArrayList<>();
        List<List<String>> levels = new ArrayList<>();
        for (int c = 0; c < ncol; c++) {
            if (kind[c] == 1) num[c] = new double[cap];
            if (kind[c] == 2) codes[c] = new int[cap];
            dict.add(kind[c] == 2 ? new HashMap<>() : null);
            levels.add(kind[c] == 2 ? new ArrayList<>() : null);
        }
        int row = 0;
        while (!cur.atEnd()) {
            if (cur.atLineEnd()) { // blank line
                cur.skipLineEnd();
                continue;
            }
            if (row == cap) {
                cap = cap * 2;
                for (int c = 0; c < ncol; c++) {
                    if (num[c] != null) num[c] = java.util.Arrays.copyOf(num[c], cap);
                    if (codes[c] != null) codes[c] = java.util.Arrays.copyOf(codes[c], cap);
                }
            }
            int c = 0;
            while (true) {
                if (c >= ncol) {
                    throw new InputDataException(
                            file, row + 1, null, "more fields than the " + ncol + " columns of the header");
                }
                switch (kind[c]) {
                    case 1 -> num[c][row] = cur.nextDouble(row + 1, header.get(c));
                    case 2 -> {
                        String s = cur.nextString();
                        if (s.isEmpty()) {
                            codes[c][row] = -1;
                        } else {
                            Map<String, Integer> d = dict.get(c);
                            Integer code = d.get(s);
                            if (code == null) {
                                code = d.size();
                                d.put(s, code);
                                levels.get(c).add(s);
                            }
                            codes[c][row] = code;
                        }
                    }
                    default -> cur.skipField();
                }
                c++;
                if (cur.atLineEnd() && !cur.moreFields()) break;
            }
            if (c != ncol) {
                throw new InputDataException(
                        file, row + 1, header.get(c), "row has " + c + " fields but the header has " + ncol);
            }
            cur.skipLineEnd();
            row++;
        }
        if (row == 0) throw new InputDataException(file, 0, null, "file has a header but no data rows");
        Map<String, double[]> numeric = new HashMap<>();
        Map<String, TextColumn> text = new HashMap<>();
        for (int c = 0; c < ncol; c++) {
            if (kind[c] == 1) numeric.put(header.get(c), row == cap ? num[c] : java.util.Arrays.copyOf(num[c], row));
            if (kind[c] == 2) {
                text.put(
                        header.get(c),
                        new TextColumn(
                                row == cap ? codes[c] : java.util.Arrays.copyOf(codes[c], row),
                                List.copyOf(levels.get(c))));
            }
        }
        return new CsvColumns(file, List.copyOf(header), row, numeric, text);
    }

    private static boolean onlyWhitespace(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] > ' ') return false;
        return true;
    }

    private static int estimateRows(byte[] b, int from) {
        int lines = 0;
        int sample = Math.min(b.length, from + 65536);
        for (int i = from; i < sample; i++) if (b[i] == '\n') lines++;
        if (sample == b.length) return lines + 1;
        double perByte = (double) lines / (sample - from);
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) (perByte * (b.length - from) * 1.05) + 16);
    }

    /** Byte cursor over the file; positions are always at a field start or at a line end. */
    private static final class FieldCursor {
        private final String file;
        private final byte[] b;
        private int pos;
        private boolean lastComma;

        FieldCursor(String file, byte[] b, int pos) {
            this.file = file;
            this.b = b;
            this.pos = pos;
        }

        boolean atEnd() {
            return pos >= b.length;
        }

        boolean atLineEnd() {
            return pos >= b.length || b[pos] == '\n' || b[pos] == '\r';
        }

        void skipLineEnd() {
            if (pos < b.length && b[pos] == '\r') pos++;
            if (pos < b.length && b[pos] == '\n') pos++;
        }

        /** After a field: consume the comma (if any) leaving the cursor at the next field or line end. */
        private void endField() {
            lastComma = pos < b.length && b[pos] == ',';
            if (lastComma) pos++;
        }

        /** True when the previous field ended with a comma, so an empty field follows even at a line end. */
        boolean moreFields() {
            return lastComma;
        }

        void skipField() {
            if (pos < b.length && b[pos] == '"') {
                nextString();
                return;
            }
            while (pos < b.length) {
                byte c = b[pos];
                if (c == ',' || c == '\n' || c == '\r') break;
                pos++;
            }
            endField();
        }

        String nextString() {
            if (pos < b.length && b[pos] == '"') {
                StringBuilder sb = new StringBuilder();
                int start = ++pos;
                while (true) {
                    if (pos >= b.length) throw new InputDataException(file, 0, null, "unterminated quoted field");
                    if (b[pos] == '"') {
                        sb.append(new String(b, start, pos - start, StandardCharsets.UTF_8));
                        pos++;
                        if (pos < b.length && b[pos] == '"') {
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
            while (pos < b.length) {
                byte c = b[pos];
                if (c == ',' || c == '\n' || c == '\r') break;
                pos++;
            }
            String s = new String(b, start, pos - start, StandardCharsets.UTF_8);
            endField();
            return s;
        }

        private static final double[] POW10 = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
            1e19, 1e20, 1e21, 1e22
        };

        double nextDouble(long row, String column) {
            if (pos < b.length && b[pos] == '"') return parseSlow(nextString(), row, column);
            int start = pos;
            int i = pos;
            boolean neg = false;
            if (i < b.length && (b[i] == '-' || b[i] == '+')) {
                neg = b[i] == '-';
                i++;
            }
            long mant = 0;
            int digits = 0;
            int fracDigits = 0;
            boolean seenDot = false;
            boolean simple = true;
            while (i < b.length) {
                byte c = b[i];
                if (c >= '0' && c <= '9') {
                    if (mant == 0 && c == '0') {
                        if (seenDot) fracDigits++;
                    } else {
                        mant = mant * 10 + (c - '0');
                        digits++;
                        if (seenDot) fracDigits++;
                    }
                    i++;
                } else if (c == '.' && !seenDot) {
                    seenDot = true;
                    i++;
                } else if (c == ',' || c == '\n' || c == '\r') {
                    break;
                } else {
                    simple = false;
                    break;
                }
            }
            if (simple && digits <= 15 && fracDigits <= 22 && i > start + (neg ? 1 : 0)) {
                pos = i;
                endField();
                double v = fracDigits == 0 ? mant : mant / POW10[fracDigits];
                return neg ? -v : v;
            }
            pos = start;
            while (pos < b.length) {
                byte c = b[pos];
                if (c == ',' || c == '\n' || c == '\r') break;
                pos++;
            }
            String s = new String(b, start, pos - start, StandardCharsets.US_ASCII);
            endField();
            return parseSlow(s, row, column);
        }

        private double parseSlow(String raw, long row, String column) {
            String s = raw.strip();
            if (s.isEmpty() || s.equals("NA")) return Double.NaN;
            try {
                double v = Double.parseDouble(s);
                if (Double.isNaN(v) || s.startsWith("0x") || s.endsWith("d") || s.endsWith("f"))
                    throw new NumberFormatException();
                return v;
            } catch (NumberFormatException e) {
                throw new InputDataException(file, row, column, "value '" + raw + "' is not a number");
            }
        }
    }
}
