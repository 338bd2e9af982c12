package org.msct.core.error;

/**
 * Invalid input data; maps to exit code 3. The message names the file, where in it (a CSV data row, or an NDJSON
 * line), the column or JSON field, and the offending value.
 */
public final class InputDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long row;
    private final String column;

    /**
     * A CSV problem: {@code row} is the 1-based data row (the header is not counted; 0 = not about one row), {@code
     * column} may be null.
     */
    public InputDataException(String file, long row, String column, String message) {
        this(file, row, column, message, false);
    }

    private InputDataException(String file, long row, String column, String message, boolean lineBased) {
        super(format(file, row, column, message, lineBased), null, false, false);
        this.file = file;
        this.row = row;
        this.column = column;
    }

    /**
     * A problem in a JSON or NDJSON input: {@code line} is the 1-based line of an NDJSON stream (0 for a single JSON
     * document) and {@code field} the JSON path of the offending value.
     */
    public static InputDataException atLine(String file, long line, String field, String message) {
        return new InputDataException(file, line, field, message, true);
    }

    private static String format(String file, long row, String column, String message, boolean lineBased) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file);
        if (row > 0 && lineBased) sb.append(": line ").append(row);
        if (row > 0 && !lineBased) {
            sb.append(": row ").append(row).append(" (line ").append(row + 1).append(')');
        }
        if (column != null) {
            sb.append(row > 0 ? ", " : ": ").append(lineBased ? "field '" : "column '");
            sb.append(column).append('\'');
        }
        sb.append(": ").append(message);
        return sb.toString();
    }

    public String file() {
        return file;
    }

    public long row() {
        return row;
    }

    public String column() {
        return column;
    }
}
