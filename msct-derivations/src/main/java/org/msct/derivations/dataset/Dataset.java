package org.msct.derivations.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable analysis dataset: name, label, ordered variables with metadata, and rows. Every value is checked
 * against its variable's type, length and codelist when it enters a dataset; a value of an undeclared variable is
 * rejected. Derivations never modify a dataset: {@code with*} methods return a new one, and check only the values
 * that are new to it (a row taken unchanged from this dataset was checked when it came in).
 */
public final class Dataset {
    private final String name;
    private final String label;
    private final List<Variable> variables;
    private final List<Row> rows;

    /**
     * @param name dataset name, e.g. {@code ADSL}
     * @param label dataset label, e.g. {@code Subject-Level Analysis Dataset}
     * @param variables variables in output order
     * @param rows records in output order
     */
    public Dataset(String name, String label, List<Variable> variables, List<Row> rows) {
        this(name, label, List.copyOf(variables), List.copyOf(rows), Checked.NONE);
    }

    /** {@code checked}: which rows were already checked against these variables. */
    private Dataset(String name, String label, List<Variable> variables, List<Row> rows, Checked checked) {
        this.name = Objects.requireNonNull(name);
        this.label = Objects.requireNonNull(label);
        this.variables = variables;
        this.rows = rows;
        Checker checker = new Checker(name, index(variables));
        for (int i = 0; i < rows.size(); i++) checked.check(checker, i, rows.get(i));
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public List<Variable> variables() {
        return variables;
    }

    public List<Row> rows() {
        return rows;
    }

    private static Map<String, Variable> index(List<Variable> variables) {
        Map<String, Variable> m = new LinkedHashMap<>();
        for (Variable v : variables) {
            if (m.put(v.name(), v) != null) throw new IllegalArgumentException("duplicate variable " + v.name());
        }
        return m;
    }

    /** The variable called {@code name}, if declared. */
    public Optional<Variable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** A copy whose rows are {@code newRows} (same variables). */
    public Dataset withRows(List<Row> newRows) {
        List<Row> copy = List.copyOf(newRows);
        return new Dataset(name, label, variables, copy, Checked.from(rows));
    }

    /** A copy with the rows that pass {@code keep}. */
    public Dataset filter(Predicate<Row> keep) {
        List<Row> kept = rows.stream().filter(keep).toList();
        return new Dataset(name, label, variables, kept, Checked.ALL);
    }

    /**
     * A copy with {@code variable} added (or replaced in place, when already declared) and its value in every row set
     * to {@code value.apply(row)} (null = missing).
     */
    public Dataset withVariable(Variable variable, Function<Row, @Nullable Object> value) {
        return withVariables(List.of(variable), r -> new Object[] {value.apply(r)});
    }

    /**
     * A copy with {@code newVariables} added (or replaced in place) and set in every row from {@code values.apply(row)},
     * an array parallel to {@code newVariables} (null = missing): one copy of each row for all of them.
     */
    public Dataset withVariables(List<Variable> newVariables, Function<Row, @Nullable Object[]> values) {
        List<Variable> vars = new ArrayList<>(variables);
        for (Variable variable : newVariables) {
            int at = -1;
            for (int i = 0; i < vars.size(); i++) if (vars.get(i).name().equals(variable.name())) at = i;
            if (at >= 0) vars.set(at, variable);
            else vars.add(variable);
        }
        List<Variable> all = List.copyOf(vars);
        Checker checker = new Checker(name, index(all));
        int k = newVariables.size();
        Object[] pairs = new Object[2 * k];
        for (int j = 0; j < k; j++) pairs[2 * j] = newVariables.get(j).name();
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            @Nullable Object[] v = values.apply(r);
            if (v.length != k) throw new IllegalArgumentException("expected " + k + " values, got " + v.length);
            for (int j = 0; j < k; j++) {
                if (v[j] != null)
                    checker.check(
                            out.size() + 1,
                            newVariables.get(j),
                            newVariables.get(j).name(),
                            v[j]);
                pairs[2 * j + 1] = v[j];
            }
            out.add(r.withAll(pairs));
        }
        return new Dataset(name, label, all, Collections.unmodifiableList(out), Checked.ALL);
    }

    /**
     * Row indices grouped by the values of {@code keys}, groups in order of first appearance, indices ascending (a
     * missing key value is a {@code null} element of the group key).
     */
    public Map<List<@Nullable Object>, List<Integer>> groupBy(String... keys) {
        // BDS rows come sorted by their keys: compare each row with the previous one and build a key list per group,
        // not per row (the per-row lists were most of the garbage of a 10,000-subject derivation)
        Map<List<@Nullable Object>, List<Integer>> groups = new LinkedHashMap<>();
        List<Integer> current = null;
        Row previous = null;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (current == null || !sameKeys(previous, r, keys)) {
                List<@Nullable Object> key = new ArrayList<>(keys.length);
                for (String k : keys) key.add(r.get(k));
                current = groups.computeIfAbsent(key, k -> new ArrayList<>());
            }
            current.add(i);
            previous = r;
        }
        return groups;
    }

    private static boolean sameKeys(Row a, Row b, String[] keys) {
        for (String k : keys) if (!Objects.equals(a.get(k), b.get(k))) return false;
        return true;
    }

    /**
     * The rows of {@code parts}, in order, under the first part's name, label and variables; every part must have the
     * same variables (their values were checked against them already).
     */
    public static Dataset concat(List<Dataset> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("nothing to concatenate");
        Dataset first = parts.get(0);
        List<Row> all = new ArrayList<>();
        for (Dataset d : parts) {
            if (!d.variables.equals(first.variables))
                throw new IllegalArgumentException(d.name + " does not have the variables of " + first.name);
            all.addAll(d.rows);
        }
        return new Dataset(first.name, first.label, first.variables, List.copyOf(all), Checked.ALL);
    }

    /** A copy with the rows of {@code more} appended (they must use this dataset's variables). */
    public Dataset withAddedRows(List<Row> more) {
        List<Row> out = new ArrayList<>(rows);
        out.addAll(more);
        return new Dataset(name, label, variables, List.copyOf(out), Checked.from(rows));
    }

    /** Which values of a new dataset were checked before: none, all, or those of an earlier one. */
    @FunctionalInterface
    private interface Checked {
        Checked NONE = (checker, i, r) -> checker.checkRow(i + 1, r, null);
        Checked ALL = (checker, i, r) -> {};

        void check(Checker checker, int index, Row row);

        /**
         * Values already in {@code earlier}'s row at the same index. Derivations mostly replace a few variables of each
         * row in place: comparing references slot by slot finds those without touching the millions of unchanged
         * values (touching them, not testing them, was the cost). A moved or new row is checked in full.
         */
        static Checked from(List<Row> earlier) {
            return (checker, i, r) -> {
                Row old = i < earlier.size() ? earlier.get(i) : null;
                if (old != r) checker.checkRow(i + 1, r, old);
            };
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d
                && d.name.equals(name)
                && d.label.equals(label)
                && d.variables.equals(variables)
                && d.rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, label, variables, rows);
    }

    @Override
    public String toString() {
        return "Dataset[name=" + name + ", label=" + label + ", variables=" + variables + ", rows=" + rows + "]";
    }

    /** Checks values against the variables; the variables of each row schema are looked up once. */
    private static final class Checker {
        private final String dataset;
        private final Map<String, Variable> byName;
        private final Map<Schema, @Nullable Variable[]> bySchema = new IdentityHashMap<>();

        Checker(String dataset, Map<String, Variable> byName) {
            this.dataset = dataset;
            this.byName = byName;
        }

        /** Checks the values of {@code r} that are not the same objects in the same variables of {@code before}. */
        void checkRow(int rowNumber, Row r, @Nullable Row before) {
            Schema s = r.schema();
            @Nullable
            Variable[] vars = bySchema.computeIfAbsent(s, k -> {
                Variable[] v = new Variable[k.size()];
                for (int i = 0; i < v.length; i++) v[i] = byName.get(k.name(i));
                return v;
            });
            int shared = before == null ? 0 : shared(s, before.schema());
            for (int i = 0; i < vars.length; i++) {
                Object value = r.slot(i);
                if (value == null || (i < shared && value == before.slot(i))) continue;
                check(rowNumber, vars[i], s.name(i), value);
            }
        }

        // consecutive rows have the same pair of schemas: remember the last answer
        private @Nullable Schema lastNew;
        private @Nullable Schema lastOld;
        private int lastShared;

        private int shared(Schema now, Schema before) {
            if (now != lastNew || before != lastOld) {
                lastNew = now;
                lastOld = before;
                lastShared = now.sharedPrefix(before);
            }
            return lastShared;
        }

        void check(int row, @Nullable Variable v, String var, Object value) {
            if (v == null) throw new IllegalArgumentException(where(row, var) + ": variable is not declared");
            if (value instanceof String s) {
                if (v.type() != VarType.CHAR) throw notType(row, var, value, v);
                if (s.length() > v.length().orElseThrow())
                    throw new IllegalArgumentException(where(row, var) + ": value " + s + " is longer than "
                            + v.length().getAsInt());
                if (!v.codelist().isEmpty() && !v.codelist().contains(s))
                    throw new IllegalArgumentException(where(row, var) + ": value " + s + " is not in " + v.codelist());
            } else if (!v.type().accepts(value)) {
                throw notType(row, var, value, v);
            }
        }

        private IllegalArgumentException notType(int row, String var, Object value, Variable v) {
            return new IllegalArgumentException(where(row, var) + ": value " + value + " is not " + v.type());
        }

        // built only on failure: formatting the location for every cell cost more than the checks themselves
        private String where(int row, String var) {
            return dataset + " row " + row + " variable " + var;
        }
    }
}
