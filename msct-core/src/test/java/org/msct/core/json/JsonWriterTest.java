package org.msct.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void json01_doubles_round_trip_and_non_finite_is_null() {
        double[] v = {0.1, 1.0 / 3, 48, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e300, 4.9e-324};
        String s = JsonWriter.write(v);
        assertThat(s).isEqualTo("[0.1, 0.3333333333333333, 48, 0, null, null, 1.0E300, 4.9E-324]");
        String[] parts = s.substring(1, s.length() - 1).split(", ");
        assertThat(Double.parseDouble(parts[1])).isEqualTo(1.0 / 3);
    }

    @Test
    void json02_objects_keep_insertion_order_and_escape_strings() {
        JsonObject o = JsonObject.create()
                .put("b", 1)
                .put("a", "x\"y\n")
                .put("n", null)
                .put("m", new double[][] {{1, 2}, {3, 4}})
                .put("l", List.of("p", 2));
        assertThat(o.toJson())
                .isEqualTo("{\n  \"b\": 1,\n  \"a\": \"x\\\"y\\n\",\n  \"n\": null,\n"
                        + "  \"m\": [[1, 2], [3, 4]],\n  \"l\": [\"p\", 2]\n}");
    }

    @Test
    void json03_compact_output_is_one_line() {
        JsonObject o = JsonObject.create()
                .put("a", new int[] {1, 2})
                .put(
                        "b",
                        JsonObject.create().put("c", List.of(JsonObject.create().put("d", 0.5))));
        assertThat(JsonWriter.writeCompact(o)).isEqualTo("{\"a\":[1,2],\"b\":{\"c\":[{\"d\":0.5}]}}");
    }

    @Test
    void json04_put_twice_keeps_the_first_position_also_past_the_index_threshold() {
        JsonObject o = JsonObject.create();
        for (int i = 0; i < 40; i++) o.put("k" + i, i);
        o.put("k3", "x").put("k30", "y");
        assertThat(o.size()).isEqualTo(40);
        assertThat(o.keyAt(3)).isEqualTo("k3");
        assertThat(o.get("k3")).isEqualTo("x");
        assertThat(o.get("k30")).isEqualTo("y");
        assertThat(o.has("k40")).isFalse();
        assertThat(o.members().keySet()).hasSize(40).startsWith("k0", "k1", "k2", "k3");
    }
}
