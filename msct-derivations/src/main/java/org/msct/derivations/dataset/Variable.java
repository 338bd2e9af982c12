package org.msct.derivations.dataset;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Metadata of one analysis variable, enough for a define-style variable list.
 *
 * <p>ADaM rules checked here (cdisc-terms.md §8): name of 1–8 characters, upper-case letters, digits or underscore,
 * starting with a letter; label of at most 40 characters. A {@code CHAR} variable has a length ≥ 1 (values longer
 * than it are rejected by {@link Dataset}).
 *
 * @param name variable name, e.g. {@code PCHG}
 * @param label variable label, e.g. {@code Percent Change from Baseline}
 * @param type value type
 * @param length maximum length of character values (CHAR only)
 * @param codelist allowed values of a character variable, empty when not restricted
 * @param derivation define-style derivation text (method), empty for source variables
 * @param keySequence position in the dataset key, when the variable is a key
 */
public record Variable(
        String name,
        String label,
        VarType type,
        OptionalInt length,
        List<String> codelist,
        String derivation,
        OptionalInt keySequence) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,7}");

    public Variable {
        if (!NAME.matcher(name).matches())
            throw new IllegalArgumentException("variable name " + name + " is not a valid ADaM name");
        if (label.isBlank() || label.length() > 40)
            throw new IllegalArgumentException("label of " + name + " must be 1-40 characters: " + label);
        if (type == VarType.CHAR && (length.isEmpty() || length.getAsInt() < 1)) {
            throw new IllegalArgumentException("character variable " + name + " needs a length >= 1");
        }
        if (type != VarType.CHAR && (length.isPresent() || !codelist.isEmpty())) {
            throw new IllegalArgumentException("numeric variable " + name + " cannot have a length or codelist");
        }
        codelist = List.copyOf(codelist);
    }

    /** A character variable. */
    public static Variable chr(String name, String label, int length) {
        return new Variable(name, label, VarType.CHAR, OptionalInt.of(length), List.of(), "", OptionalInt.empty());
    }

    /** An integer variable. */
    public static Variable integer(String name, String label) {
        return new Variable(name, label, VarType.INTEGER, OptionalInt.empty(), List.of(), "", OptionalInt.empty());
    }

    /** A decimal variable. */
    public static Variable decimal(String name, String label) {
        return new Variable(name, label, VarType.DECIMAL, OptionalInt.empty(), List.of(), "", OptionalInt.empty());
    }

    /** A date variable. */
    public static Variable date(String name, String label) {
        return new Variable(name, label, VarType.DATE, OptionalInt.empty(), List.of(), "", OptionalInt.empty());
    }

    /** This variable with a derivation text. */
    public Variable derivedAs(String text) {
        return new Variable(name, label, type, length, codelist, text, keySequence);
    }

    /** This variable restricted to a codelist. */
    public Variable codes(String... values) {
        return new Variable(name, label, type, length, List.of(values), derivation, keySequence);
    }

    /** This variable as key number {@code seq} (1-based). */
    public Variable key(int seq) {
        return new Variable(name, label, type, length, codelist, derivation, OptionalInt.of(seq));
    }
}
