package org.msct.instruments.model;

/**
 * An input value that an instrument cannot accept. {@code field} is the JSON path of the value (for example
 * {@code current.labs.platelets_10e9_l}); the message names the value and what is allowed. The command line adds the
 * file and, in batch mode, the line number, and exits with code 3.
 */
public final class FieldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public FieldException(String field, String message) {
        super(field + ": " + message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
