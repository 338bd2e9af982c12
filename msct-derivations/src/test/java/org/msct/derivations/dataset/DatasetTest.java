package org.msct.derivations.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dataset invariant (every value fits its variable) survives the checks it skips for unchanged values. */
class DatasetTest {
    private static final List<Variable> VARS = List.of(
            Variable.chr("USUBJID", "Subject", 8),
            Variable.decimal("AVAL", "Value"),
            Variable.chr("FL", "Flag", 1).codes("Y"));

    private static Dataset two() {
        return new Dataset(
                "ADXX", "Test", VARS, List.of(Row.of("USUBJID", "S1", "AVAL", 1.5), Row.of("USUBJID", "S2")));
    }

    @Test
    void a_changed_value_is_checked_even_when_the_rest_of_the_row_is_reused() {
        Dataset d = two();
        List<Row> rows = new ArrayList<>(d.rows());
        rows.set(0, rows.get(0).with("FL", "N"));
        assertThatThrownBy(() -> d.withRows(rows)).hasMessage("ADXX row 1 variable FL: value N is not in [Y]");
        rows.set(0, d.rows().get(0).with("USUBJID", "TOO-LONG-ID"));
        assertThatThrownBy(() -> d.withRows(rows)).hasMessageContaining("is longer than 8");
        rows.set(0, d.rows().get(0).with("AVAL", Double.NaN));
        assertThatThrownBy(() -> d.withRows(rows)).hasMessageContaining("value NaN is not");
    }

    @Test
    void a_moved_row_is_checked_in_full_and_an_undeclared_variable_is_rejected() {
        Dataset d = two();
        Row bad = d.rows().get(1).with("XX", "1");
        assertThatThrownBy(() -> d.withRows(List.of(bad, d.rows().get(0))))
                .hasMessage("ADXX row 1 variable XX: variable is not declared");
        assertThat(d.withRows(List.of(d.rows().get(1), d.rows().get(0)))
                        .rows()
                        .get(0)
                        .str("USUBJID"))
                .isEqualTo("S2");
    }

    @Test
    void with_variables_sets_several_values_with_one_copy_and_checks_them() {
        Dataset d = two().withVariables(List.of(Variable.integer("N", "Count"), Variable.chr("C", "Code", 2)), r ->
                new Object[] {r.str("USUBJID").length(), r.dec("AVAL") == null ? null : "OK"});
        assertThat(d.rows().get(0).values()).isEqualTo(Map.of("USUBJID", "S1", "AVAL", 1.5, "N", 2, "C", "OK"));
        assertThat(d.rows().get(1).values()).isEqualTo(Map.of("USUBJID", "S2", "N", 2));
        assertThat(d.variables()).extracting(Variable::name).containsExactly("USUBJID", "AVAL", "FL", "N", "C");
        assertThatThrownBy(() -> two().withVariables(List.of(Variable.chr("C", "Code", 1)), r -> new Object[] {"XY"}))
                .hasMessageContaining("ADXX row 1 variable C: value XY is longer than 1");
    }

    @Test
    void concat_keeps_order_and_needs_the_same_variables() {
        Dataset d = Dataset.concat(List.of(two(), two().filter(r -> r.is("USUBJID", "S2"))));
        assertThat(d.rows()).extracting(r -> r.str("USUBJID")).containsExactly("S1", "S2", "S2");
        Dataset other = new Dataset("ADYY", "Other", VARS.subList(0, 2), List.of());
        assertThatThrownBy(() -> Dataset.concat(List.of(two(), other)))
                .hasMessage("ADYY does not have the variables of ADXX");
    }

    @Test
    void rows_compare_by_present_values_whatever_their_construction() {
        Row a = Row.of("A", 1, "B", null, "C", "x");
        Row b = Row.empty().with("C", "x").with("A", 1);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.values()).containsExactly(Map.entry("A", 1), Map.entry("C", "x"));
        assertThat(a.withAll("A", null, "D", 2.0).values()).isEqualTo(Map.of("C", "x", "D", 2.0));
        assertThat(a.withAll("A", 1)).isSameAs(a);
    }

    @Test
    void decimals_are_written_in_the_shortest_plain_form() {
        // the BigDecimal form the writers used before: BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
        double[] cases = {100.0, 1.5, -66.66666666666667, 0.001, 0.00025, 1e-5, 1.0e7, 123456789.125, -0.0, 0.0, 3e21};
        for (double d : cases) {
            String expected =
                    java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            assertThat(Values.decimal(d)).as("%s", d).isEqualTo(expected.equals("-0") ? "0" : expected);
        }
        assertThat(Values.decimal(100.0)).isEqualTo("100");
        assertThat(Values.decimal(1e-5)).isEqualTo("0.00001");
    }
}
