package org.msct.trial.bundle;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Parses a dataset file on a background thread while the caller decodes rows, so that parsing and decoding of one
 * file use two cores. Rows travel in batches of {@value #BATCH} through a bounded queue (memory stays small);
 * order is kept, so row numbers and findings do not depend on timing. A parse failure is rethrown to the caller at
 * the row where it happened.
 */
final class PrefetchingRowSource implements RowSource {
    static final int BATCH = 4096;
    private static final Object[] END = new Object[0];

    private final RowSource inner;
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
    private @Nullable Thread thread;
    private Object[] batch = new Object[0];
    private int pos;
    private boolean ended;

    PrefetchingRowSource(RowSource inner) {
        this.inner = inner;
    }

    @Override
    public @Nullable List<String> header() throws IOException {
        List<String> h = inner.header();
        if (h != null) {
            Thread t = new Thread(this::produce, "msct-bundle-parser");
            t.setDaemon(true);
            thread = t;
            t.start();
        }
        return h;
    }

    private void produce() {
        try {
            Object[] b = new Object[BATCH];
            int n = 0;
            String[] row;
            while ((row = inner.next()) != null) {
                b[n++] = row.clone();
                if (n == BATCH) {
                    if (!put(b)) return;
                    b = new Object[BATCH];
                    n = 0;
                }
            }
            if (n > 0 && !put(java.util.Arrays.copyOf(b, n))) return;
            put(END);
        } catch (RuntimeException | IOException e) {
            put(new Object[] {e});
        }
    }

    /** False when the consumer went away (interrupted). */
    private boolean put(Object[] b) {
        try {
            while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                if (Thread.currentThread().isInterrupted()) return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public @Nullable String @Nullable [] next() throws IOException {
        if (ended || thread == null) return null;
        if (pos == batch.length) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            pos = 0;
            if (batch == END) {
                ended = true;
                return null;
            }
            if (batch.length == 1 && batch[0] instanceof Exception e) {
                ended = true;
                if (e instanceof IOException io) throw io;
                throw (RuntimeException) e;
            }
        }
        return (String[]) batch[pos++];
    }

    @Override
    public void finish() throws IOException {
        inner.finish();
    }

    @Override
    public void close() throws IOException {
        Thread t = thread;
        if (t != null && t.isAlive()) {
            t.interrupt();
            queue.clear();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        inner.close();
    }
}
