package org.msct.trial.bundle;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import java.util.Arrays;

/**
 * A fastcsv callback handler that returns each row as a String array while sharing repeated values: per column, a
 * small direct-mapped cache of recent distinct values (slot chosen from the length and three characters) is checked
 * against the parser's characters before a new String is made. SDTM datasets repeat most values row after row (USUBJID, test codes, units, visit names, dates),
 * so most fields cost no allocation. The returned array is reused for the next row: callers copy what they keep.
 */
final class SharingCsvHandler extends AbstractBaseCsvCallbackHandler<String[]> {
    private static final int SLOTS = 64;

    private String[] row = new String[32];
    private String[][] cache = new String[32][];
    private char[][][] chars = new char[32][][];

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        if (index >= row.length) {
            row = Arrays.copyOf(row, index * 2);
            cache = Arrays.copyOf(cache, index * 2);
            chars = Arrays.copyOf(chars, index * 2);
        }
        if (len == 0) {
            row[index] = "";
            return;
        }
        String[] c = cache[index];
        char[][] cc = chars[index];
        if (c == null) {
            c = cache[index] = new String[SLOTS];
            cc = chars[index] = new char[SLOTS][];
        }
        // cheap slot: length and three characters; the full comparison below decides
        int h = len * 31 + buf[offset] * 7 + buf[offset + len - 1] * 13 + buf[offset + (len >> 1)];
        int slot = (h ^ (h >>> 5)) & (SLOTS - 1);
        char[] k = cc[slot];
        if (k != null && Arrays.equals(k, 0, k.length, buf, offset, offset + len)) {
            row[index] = c[slot];
            return;
        }
        String s = new String(buf, offset, len);
        c[slot] = s;
        cc[slot] = Arrays.copyOfRange(buf, offset, offset + len);
        row[index] = s;
    }

    @Override
    protected String[] buildRecord() {
        int n = getFieldCount();
        return n == row.length ? row : Arrays.copyOf(row, n);
    }
}
