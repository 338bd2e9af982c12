package org.msct.reports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private static final List<Column> TWO = List.of(Column.left("a"), Column.right("b"));

    @Test
    void rows_must_cover_every_column_counting_spans() {
        assertThatThrownBy(() -> new Table("t", TWO, List.of(List.of(Cell.of("x"))), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1 spans 1 columns, table has 2");
        Table ok = new Table("t", TWO, List.of(List.of(Cell.of("x").spanning(2))), List.of());
        assertThat(ok.rows()).hasSize(1);
    }

    @Test
    void header_groups_must_cover_every_column() {
        assertThatThrownBy(() -> new Table("t", TWO, List.of(new HeaderGroup("g", 1)), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header groups span 1 columns");
        Table t = new Table("t", TWO, List.of(new HeaderGroup("", 1), new HeaderGroup("g", 1)), List.of(), List.of());
        assertThat(t.hasGroups()).isTrue();
        assertThat(t.groupLabelPerColumn()).containsExactly("", "g");
    }

    @Test
    void rows_are_copied() {
        List<Cell> row = new ArrayList<>(List.of(Cell.of("x"), Cell.of("y")));
        Table t = new Table("t", TWO, List.of(row), List.of());
        row.set(0, Cell.of("changed"));
        assertThat(t.rows().get(0).get(0).text()).isEqualTo("x");
    }

    @Test
    void cell_nan_value_is_absent_and_indent_is_bounded() {
        assertThat(Cell.of("–", Double.NaN).value()).isEmpty();
        assertThat(Cell.of("1.0", 1.0).value()).hasValue(1.0);
        assertThatThrownBy(() -> Cell.of("x").indented(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cell.of("x").spanning(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
