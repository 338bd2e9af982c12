package org.msct.stats.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.msct.core.error.InputDataException;
import org.msct.core.error.UsageException;

/**
 * Column-oriented CSV reader (RFC 4180, UTF-8, comma separated, first line is the header). Only the requested columns
 * are materialised: numeric ones as {@code double[]} (empty field or {@code NA} = NaN), text ones dictionary-encoded
 * in order of first appearance. Parsing works on raw bytes; a large file is read in two halves on two threads, block
 * by block ({@link CsvStream}), because the 1,000,000-row benchmark files are tens of megabytes.
 */
public final class CsvColumns {
    /** Files smaller than this are parsed on one thread; below it a second thread costs more than it saves. */
    private static final int PARALLEL_MIN_BYTES = 4 << 20;
    /** Bytes read at a time from a large file: big enough that a read's cost vanishes, small enough for the cache. */
    private static final int BLOCK_BYTES = 1 << 20;
    /** Rows from which the columns are merged on two threads. */
    private static final int PARALLEL_MERGE_ROWS = 100_000;

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

    public boolean hasTextColumn(String name) {
        return text.containsKey(name);
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
        return read(path, required, numericColumns, textColumns, PARALLEL_MIN_BYTES, BLOCK_BYTES);
    }

    static CsvColumns read(
            Path path,
            Set<String> required,
            Set<String> numericColumns,
            Set<String> textColumns,
            long parallelMinBytes,
            int blockBytes) {
        String file = path.toString();
        try {
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
                if (ch.size() >= parallelMinBytes) {
                    CsvColumns c = readInPieces(file, ch, required, numericColumns, textColumns, blockBytes);
                    if (c != null) return c;
                }
            }
            // a small file, or a piece that could not be parsed alone: the whole file at once, which also words the
            // error with its row number
            return parse(file, Files.readAllBytes(path), required, numericColumns, textColumns);
        } catch (NoSuchFileException e) {
            throw new UsageException("input file not found: " + file);
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot read input file " + file + ": " + e.getMessage());
        }
    }

    /** The rows after the header. */
    private record Layout(List<String> header, int[] kind, int dataStart) {}

    private static Layout layout(
            String file,
            byte[] buf,
            int len,
            Set<String> required,
            Set<String> numericColumns,
            Set<String> textColumns) {
        int pos = 0;
        if (len >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) pos = 3;
        if (pos >= len || onlyWhitespace(buf, pos, len)) {
            throw new InputDataException(file, 0, null, "file is empty (expected a header line and data rows)");
        }
        CsvChunk.Cursor cur = new CsvChunk.Cursor(buf, pos, len);
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
        int[] kind = new int[ncol];
        for (int c = 0; c < ncol; c++) {
            String h = header.get(c);
            if (numericColumns.contains(h)) kind[c] = CsvChunk.NUMERIC;
            else if (textColumns.contains(h)) kind[c] = CsvChunk.TEXT;
        }
        return new Layout(header, kind, cur.position());
    }

    /**
     * A large file in two halves on two threads, each read block by block ({@link CsvStream}); {@code null} when a
     * half cannot be parsed on its own (see there) or the header is not in the first block.
     */
    private static CsvColumns readInPieces(
            String file,
            FileChannel ch,
            Set<String> required,
            Set<String> numericColumns,
            Set<String> textColumns,
            int blockBytes)
            throws IOException {
        long size = ch.size();
        // enough for any header line; the halves read these bytes again, so no more than that
        byte[] head = new byte[(int) Math.min(size, 1 << 16)];
        CsvStream.readFully(ch, head, 0, head.length, 0);
        int headerEnd = head.length;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n') {
                headerEnd = i + 1;
                break;
            }
        }
        if (headerEnd == head.length || onlyWhitespace(head, 0, head.length)) return null;
        // quotes in the header could hide a line feed: leave such a file to the one-piece parser
        for (int i = 0; i < headerEnd; i++) if (head[i] == '"') return null;
        Layout l = layout(file, head, headerEnd, required, numericColumns, textColumns);
        long from = l.dataStart();
        long split = CsvStream.lineStartFrom(ch, from + (size - from) / 2, size);
        CompletableFuture<CsvChunk> second = split < size
                ? CompletableFuture.supplyAsync(() -> {
                    try {
                        return CsvStream.parse(ch, split, size, l.kind(), blockBytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                : CompletableFuture.completedFuture(null);
        CsvChunk first;
        try {
            first = CsvStream.parse(ch, from, split, l.kind(), blockBytes);
        } catch (CsvChunk.ParseError e) {
            first = null;
        }
        CsvChunk last;
        try {
            last = second.join(); // also when the first half failed: the channel must outlive the reads
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io;
            if (!(e.getCause() instanceof CsvChunk.ParseError)) throw e;
            return null;
        }
        if (first == null) return null;
        CsvChunk[] chunks = last == null ? new CsvChunk[] {first} : new CsvChunk[] {first, last};
        return merge(file, l.header(), l.kind(), chunks);
    }

    static CsvColumns parse(
            String file, byte[] buf, Set<String> required, Set<String> numericColumns, Set<String> textColumns) {
        Layout l = layout(file, buf, buf.length, required, numericColumns, textColumns);
        CsvChunk chunk;
        try {
            chunk = CsvChunk.parse(buf, l.dataStart(), buf.length, l.kind());
        } catch (CsvChunk.ParseError e) {
            throw toInputError(file, buf, l.dataStart(), l.header(), e);
        }
        return merge(file, l.header(), l.kind(), new CsvChunk[] {chunk});
    }

    private static CsvColumns merge(String file, List<String> header, int[] kind, CsvChunk[] chunks) {
        int total = 0;
        for (CsvChunk ch : chunks) total += ch.rows;
        int rows = total;
        if (rows == 0) throw new InputDataException(file, 0, null, "file has a header but no data rows");
        // the columns are independent: on a large file they are put together on both cores
        Object[] merged = new Object[kind.length];
        java.util.stream.IntStream columns = java.util.stream.IntStream.range(0, kind.length);
        (rows >= PARALLEL_MERGE_ROWS ? columns.parallel() : columns).forEach(c -> {
            if (kind[c] == CsvChunk.NUMERIC) merged[c] = numericColumn(chunks, c, rows);
            else if (kind[c] == CsvChunk.TEXT) merged[c] = textColumn(chunks, c, rows);
        });
        Map<String, double[]> numeric = new HashMap<>();
        Map<String, TextColumn> text = new HashMap<>();
        for (int c = 0; c < kind.length; c++) {
            if (merged[c] instanceof double[] v) numeric.put(header.get(c), v);
            else if (merged[c] instanceof TextColumn t) text.put(header.get(c), t);
        }
        return new CsvColumns(file, List.copyOf(header), rows, numeric, text);
    }

    private static double[] numericColumn(CsvChunk[] chunks, int c, int rows) {
        if (chunks.length == 1 && chunks[0].num[c].length == rows) return chunks[0].num[c];
        double[] out = new double[rows];
        int at = 0;
        for (CsvChunk ch : chunks) {
            System.arraycopy(ch.num[c], 0, out, at, ch.rows);
            at += ch.rows;
        }
        return out;
    }

    /** The chunks' codes renumbered into one dictionary, in order of first appearance over the whole file. */
    private static TextColumn textColumn(CsvChunk[] chunks, int c, int rows) {
        int[] out = new int[rows];
        List<String> levels = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        int at = 0;
        for (CsvChunk ch : chunks) {
            List<String> local = ch.dicts[c].levels();
            int[] remap = new int[local.size()];
            boolean same = true;
            for (int i = 0; i < remap.length; i++) {
                remap[i] = index.computeIfAbsent(local.get(i), k -> {
                    levels.add(k);
                    return levels.size() - 1;
                });
                same &= remap[i] == i;
            }
            int[] codes = ch.codes[c];
            if (same) {
                System.arraycopy(codes, 0, out, at, ch.rows); // the first chunk always, others when in step
            } else {
                for (int r = 0; r < ch.rows; r++) out[at + r] = codes[r] < 0 ? -1 : remap[codes[r]];
            }
            at += ch.rows;
        }
        return new TextColumn(out, List.copyOf(levels));
    }

    private static InputDataException toInputError(
            String file, byte[] buf, int dataStart, List<String> header, CsvChunk.ParseError e) {
        long row = 1;
        int lineStart = dataStart;
        boolean inQuotes = false; // a line break inside a quoted field does not end the row ("" toggles twice)
        for (int i = dataStart; i < e.position && i < buf.length; i++) {
            if (buf[i] == '"') inQuotes = !inQuotes;
            if (buf[i] == '\n' && !inQuotes) {
                // blank lines are not data rows
                if (i > lineStart && !(i == lineStart + 1 && buf[lineStart] == '\r')) row++;
                lineStart = i + 1;
            }
        }
        String column = e.column >= 0 && e.column < header.size() ? header.get(e.column) : null;
        return new InputDataException(file, row, column, e.getMessage());
    }

    private static boolean onlyWhitespace(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] > ' ') return false;
        return true;
    }

    static String ascii(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
}
