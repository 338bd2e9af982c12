package org.msct.core.error;

/**
 * Invalid input data: the message names the file, the 1-based data row (header excluded is row 0; the first data line
 * is row 1, the line number in the file is row + 1), the column and the offending value. Maps to exit code 3.
 */
public final class InputDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long row;
    private final String column;

    public InputDataException(String file, long row, String column, String message) {
        super(format(file, row, column, message), null, false, false);
        this.file = file;
        this.row = row;
        this.column = column;
    }

    private static String format(String file, long row, String column, String message) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file);
        if (row > 0)
            sb.append(": row ").append(row).append(" (line ").append(row + 1).append(')');
        if (column != null) sb.append(", column '").append(column).append('\'');
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
