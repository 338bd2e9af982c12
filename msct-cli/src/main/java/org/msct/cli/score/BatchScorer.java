package org.msct.cli.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.core.json.JsonWriter;
import org.msct.instruments.report.ScoreOptions;

/**
 * Streams NDJSON through the scorer: one output line per non-blank input line, in input order, with bounded memory.
 * Lines are scored in chunks on all cores and written back in order. Bad lines become error objects so a registry of
 * a million assessments is rescored in one pass.
 */
final class BatchScorer {
    private static final int CHUNK_LINES = 2048;

    private BatchScorer() {}

    private record Chunk(long firstLine, List<byte[]> lines) {}

    private record Scored(String text, List<String> errors, long scored, long bad) {}

    /** Throws InputDataException (exit 3) after the whole stream is written when some lines were invalid. */
    static void run(String file, InputStream in, PrintWriter out, PrintWriter err, ScoreOptions options)
            throws IOException {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "msct-score");
            t.setDaemon(true);
            return t;
        });
        long scored = 0;
        long bad = 0;
        try {
            LineReader reader = new LineReader(in);
            ArrayDeque<Future<Scored>> pending = new ArrayDeque<>();
            Chunk chunk;
            while ((chunk = reader.next(CHUNK_LINES)) != null) {
                Chunk c = chunk;
                pending.add(pool.submit(() -> score(file, c, options)));
                if (pending.size() >= 2 * workers) {
                    Scored s = take(pending);
                    scored += s.scored();
                    bad += s.bad();
                    write(s, out, err);
                }
            }
            while (!pending.isEmpty()) {
                Scored s = take(pending);
                scored += s.scored();
                bad += s.bad();
                write(s, out, err);
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        if (bad > 0) {
            throw new InputDataException(
                    file,
                    0,
                    null,
                    bad + " of " + (bad + scored) + " lines could not be scored (see the messages above)");
        }
    }

    private static Scored take(ArrayDeque<Future<Scored>> pending) {
        try {
            return pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void write(Scored s, PrintWriter out, PrintWriter err) {
        for (String e : s.errors()) err.println("msct: invalid input: " + e);
        out.write(s.text());
    }

    private static Scored score(String file, Chunk c, ScoreOptions options) {
        StringBuilder sb = new StringBuilder(c.lines().size() * 512);
        List<String> errors = new ArrayList<>();
        long ok = 0;
        long bad = 0;
        long line = c.firstLine();
        for (byte[] text : c.lines()) {
            long n = line++;
            if (text == null) continue; // blank line: no output, keeps numbering
            try {
                JsonWriter.append(sb, ScoreCommand.scoreOne(file, n, text, options), JsonWriter.COMPACT);
                ok++;
            } catch (InputDataException e) {
                bad++;
                errors.add(e.getMessage());
                JsonObject o = JsonObject.create()
                        .put("line", n)
                        .put(
                                "error",
                                JsonObject.create().put("field", e.column()).put("message", e.getMessage()));
                JsonWriter.append(sb, o, JsonWriter.COMPACT);
            }
            sb.append('\n');
        }
        return new Scored(sb.toString(), errors, ok, bad);
    }

    /** Splits a byte stream into lines (LF or CRLF); a blank line is returned as null so numbering is kept. */
    private static final class LineReader {
        private final InputStream in;
        private byte[] buf = new byte[1 << 20];
        private int start;
        private int end;
        private boolean eof;
        private long lineNo = 1;

        LineReader(InputStream in) {
            this.in = in;
        }

        Chunk next(int max) throws IOException {
            List<byte[]> lines = new ArrayList<>(max);
            long first = lineNo;
            while (lines.size() < max) {
                int nl = indexOf((byte) '\n');
                while (nl < 0 && !eof) {
                    fill();
                    nl = indexOf((byte) '\n');
                }
                if (nl < 0) {
                    if (start < end) {
                        lines.add(slice(start, end));
                        start = end;
                        lineNo++;
                    }
                    break;
                }
                lines.add(slice(start, nl));
                start = nl + 1;
                lineNo++;
            }
            return lines.isEmpty() ? null : new Chunk(first, lines);
        }

        private byte[] slice(int from, int to) {
            if (to > from && buf[to - 1] == '\r') to--;
            boolean blank = true;
            for (int i = from; i < to && blank; i++) blank = buf[i] == ' ' || buf[i] == '\t';
            return blank ? null : Arrays.copyOfRange(buf, from, to);
        }

        private int scanFrom;

        private int indexOf(byte b) {
            for (int i = Math.max(start, scanFrom); i < end; i++) {
                if (buf[i] == b) {
                    scanFrom = i + 1;
                    return i;
                }
            }
            scanFrom = end;
            return -1;
        }

        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, end - start);
                end -= start;
                scanFrom -= start;
                start = 0;
            }
            if (end == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) eof = true;
            else end += n;
        }
    }
}
