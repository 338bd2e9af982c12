package org.msct.derivations.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable analysis dataset: name, label, ordered variables with metadata, and rows. Every value is checked
 * against its variable's type, length and codelist at construction; a value of an undeclared variable is rejected.
 * Derivations never modify a dataset: {@code with*} methods return a new one.
 *
 * @param name dataset name, e.g. {@code ADSL}
 * @param label dataset label, e.g. {@code Subject-Level Analysis Dataset}
 * @param variables variables in output order
 * @param rows records in output order
 */
public record Dataset(String name, String label, List<Variable> variables, List<Row> rows) {
    public Dataset {
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
        Map<String, Variable> byName = index(variables);
        for (int i = 0; i < rows.size(); i++) {
            for (Map.Entry<String, Object> e : rows.get(i).values().entrySet()) {
                check(name, i + 1, byName.get(e.getKey()), e.getKey(), e.getValue());
            }
        }
    }

    private static Map<String, Variable> index(List<Variable> variables) {
        Map<String, Variable> m = new LinkedHashMap<>();
        for (Variable v : variables) {
            if (m.put(v.name(), v) != null) throw new IllegalArgumentException("duplicate variable " + v.name());
        }
        return m;
    }

    private static void check(String ds, int row, @Nullable Variable v, String var, Object value) {
        String where = ds + " row " + row + " variable " + var;
        if (v == null) throw new IllegalArgumentException(where + ": variable is not declared");
        if (!v.type().accepts(value))
            throw new IllegalArgumentException(where + ": value " + value + " is not " + v.type());
        if (value instanceof String s) {
            if (s.length() > v.length().orElseThrow())
                throw new IllegalArgumentException(
                        where + ": value " + s + " is longer than " + v.length().getAsInt());
            if (!v.codelist().isEmpty() && !v.codelist().contains(s))
                throw new IllegalArgumentException(where + ": value " + s + " is not in " + v.codelist());
        }
    }

    /** The variable called {@code name}, if declared. */
    public Optional<Variable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** A copy whose rows are {@code newRows} (same variables). */
    public Dataset withRows(List<Row> newRows) {
        return new Dataset(name, label, variables, newRows);
    }

    /** A copy with the rows that pass {@code keep}. */
    public Dataset filter(Predicate<Row> keep) {
        return withRows(rows.stream().filter(keep).toList());
    }

    /**
     * A copy with {@code variable} added (or replaced in place, when already declared) and its value in every row set
     * to {@code value.apply(row)} (null = missing).
     */
    public Dataset withVariable(Variable variable, Function<Row, @Nullable Object> value) {
        List<Variable> vars = new ArrayList<>(variables);
        int at = -1;
        for (int i = 0; i < vars.size(); i++) if (vars.get(i).name().equals(variable.name())) at = i;
        if (at >= 0) vars.set(at, variable);
        else vars.add(variable);
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(r.with(variable.name(), value.apply(r)));
        return new Dataset(name, label, vars, out);
    }

    /**
     * Row indices grouped by the values of {@code keys}, groups in order of first appearance, indices ascending (a
     * missing key value is a {@code null} element of the group key).
     */
    public Map<List<@Nullable Object>, List<Integer>> groupBy(String... keys) {
        Map<List<@Nullable Object>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<@Nullable Object> key = new ArrayList<>(keys.length);
            for (String k : keys) key.add(rows.get(i).get(k));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** A copy with the rows of {@code more} appended (they must use this dataset's variables). */
    public Dataset withAddedRows(List<Row> more) {
        List<Row> out = new ArrayList<>(rows);
        out.addAll(more);
        return withRows(out);
    }
}
