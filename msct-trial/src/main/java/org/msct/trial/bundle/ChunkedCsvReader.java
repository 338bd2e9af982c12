package org.msct.trial.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;

/**
 * Reads a big dataset CSV as two halves on two threads (the second half starts at a line start near the middle;
 * its first row number is the number of line ends before it, less the header's). This is only a faster way to the
 * same result: the halves' records are kept only when nothing in the file could make the two-halves reading differ
 * from reading it row after row, that is when no quoted field holds a line end (lines are rows then), the first half has exactly as many rows as line ends, no row has a finding, and no subject
 * uses a --SEQ in both halves. Otherwise {@link #read} returns null having reported nothing, and the caller reads the
 * file the ordinary way (which reports what is wrong, in order).
 */
final class ChunkedCsvReader {
    /** Smaller files are read the ordinary way (the second thread would not pay for itself). */
    static final long MIN_BYTES = 32L << 20;

    private static final int BUFFER = 1 << 20;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ChunkedCsvReader() {}

    /**
     * The records of {@code file} (a child dataset: not DM or SV), or null when it is to be read the ordinary way.
     * {@code interner} serves the first half (read on this thread), {@code secondInterner} the second; files
     * smaller than {@code minBytes} are left to the caller.
     */
    static <T> @Nullable List<T> read(
            Codec<T> codec,
            Path file,
            String name,
            @Nullable String studyId,
            Set<String> subjects,
            Findings findings,
            Interner interner,
            Interner secondInterner,
            long minBytes) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < minBytes) return null;
            long split = lineStartAfter(ch, size / 2);
            if (split <= 0 || split >= size) return null;
            Findings f1 = new Findings();
            DomainReader<T> r1 = new DomainReader<>(codec, name, studyId, subjects, f1, interner);
            try (ByteCsvRowSource s1 = new ByteCsvRowSource(Channels.newInputStream(ch), BUFFER, split, true)) {
                List<String> header = s1.header();
                if (header == null || header.isEmpty()) return null;
                int[] varOf = r1.mapHeader(header);
                List<Finding> headerFindings = f1.list();
                if (varOf == null || f1.hasError() || headerFindings.size() >= Findings.MAX_PER_RULE) return null;
                Findings f2 = new Findings();
                DomainReader<T> r2 = new DomainReader<>(codec, name, studyId, subjects, f2, secondInterner);
                List<T> out2 = new ArrayList<>();
                CompletableFuture<Long> second = new CompletableFuture<>();
                Thread t = new Thread(
                        () -> {
                            try {
                                second.complete(readSecond(file, split, size, header, varOf, r2, out2));
                            } catch (Throwable e) {
                                second.completeExceptionally(e);
                            }
                        },
                        "msct-bundle-half");
                t.setDaemon(true);
                t.start();
                List<T> out1 = new ArrayList<>();
                boolean firstOk;
                try {
                    r1.rows(s1, header, varOf, 0, out1);
                    firstOk = true;
                } catch (IOException | RuntimeException e) {
                    firstOk = false;
                }
                long rowsBefore;
                try {
                    rowsBefore = second.get();
                } catch (ExecutionException e) {
                    return null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                if (!firstOk || rowsBefore < 0 || s1.sawQuotedLineEnd() || r1.rowReached() != rowsBefore) return null;
                if (f1.list().size() != headerFindings.size() || !f2.list().isEmpty()) return null;
                if (!r1.keys.isEmpty() || !r2.keys.isEmpty()) return null;
                for (Map.Entry<String, BitSet> e : r2.seqs.entrySet()) {
                    BitSet before = r1.seqs.get(e.getKey());
                    if (before != null && before.intersects(e.getValue())) return null;
                }
                for (Finding x : headerFindings) findings.add(x);
                out1.addAll(out2);
                return out1;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the second half; returns the number of rows before it, or -1 when a quoted field held a line end (then
     * line ends are not row ends).
     */
    private static <T> long readSecond(
            Path file, long split, long size, List<String> header, int[] varOf, DomainReader<T> r, List<T> out)
            throws IOException {
        long rowsBefore = lineEnds(file, split) - 1;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
                ByteCsvRowSource s = new ByteCsvRowSource(
                        Channels.newInputStream(ch.position(split)), BUFFER, size - split, false)) {
            r.rows(s, header, varOf, rowsBefore, out);
            return s.sawQuotedLineEnd() ? -1 : rowsBefore;
        }
    }

    /** The position after the first '\n' at or after {@code from}, or -1. */
    private static long lineStartAfter(FileChannel ch, long from) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(64 * 1024);
        long at = from;
        int n;
        while ((n = ch.read(b.clear(), at)) > 0) {
            for (int i = 0; i < n; i++) if (b.get(i) == '\n') return at + i + 1;
            at += n;
        }
        return -1;
    }

    /** The number of '\n' bytes in the first {@code length} bytes of {@code file}, 8 bytes at a time. */
    static long lineEnds(Path file, long length) throws IOException {
        byte[] b = new byte[BUFFER + 8];
        long count = 0;
        long left = length;
        try (InputStream in = Channels.newInputStream(FileChannel.open(file, StandardOpenOption.READ))) {
            while (left > 0) {
                int n = in.readNBytes(b, 0, (int) Math.min(BUFFER, left));
                if (n <= 0) break;
                left -= n;
                int i = 0;
                for (; i + 8 <= n; i += 8) {
                    long x = (long) LONG.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
                    // a zero byte of x (a '\n') has its high bit set, exactly: no borrow crosses bytes here
                    long z = ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
                    count += Long.bitCount(z);
                }
                for (; i < n; i++) if (b[i] == '\n') count++;
            }
        }
        return count;
    }
}
