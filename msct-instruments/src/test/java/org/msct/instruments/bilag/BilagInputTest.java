package org.msct.instruments.bilag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.BilagInput;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.FieldException;

/** Parsing of the contract's {@code bilag2004} member and rejection of bad input. */
class BilagInputTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final String P = "current.bilag2004";

    private static BilagInput parse(String json) throws Exception {
        return BilagInputParser.parse(M.readTree(json), P);
    }

    private static FieldException bad(String json) throws Exception {
        JsonNode node = M.readTree(json);
        try {
            BilagInputParser.parse(node, P);
        } catch (FieldException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void parses_the_contract_example() throws Exception {
        BilagInput in = parse("{\"items\": {\"5\": 3, \"41\": 4, \"85\": true, \"88\": true},"
                + " \"previously_involved\": [\"RENAL\"]}");
        assertThat(in.codes()).isEqualTo(Map.of(5, 3, 41, 4));
        assertThat(in.flags()).isEqualTo(Map.of(85, true, 88, true));
        assertThat(in.previouslyInvolved()).containsExactly(BilagSystem.RENAL);
        assertThat(in.notDone()).isEmpty();
    }

    @Test
    void parses_extensions_nd_ttp_and_not_attributable() throws Exception {
        BilagInput in = parse("{\"items\": {\"41\": \"ND\", \"80\": \"ND\", \"95\": 2, \"96\": false, \"43\": null},"
                + " \"not_attributable\": [94, \"90\"]}");
        assertThat(in.notDone()).containsExactlyInAnyOrder(41, 80);
        assertThat(in.codes()).isEqualTo(Map.of(95, 2));
        assertThat(in.flags()).isEqualTo(Map.of(96, false));
        assertThat(in.notAttributable()).containsExactlyInAnyOrder(90, 94);
        assertThat(parse("{\"items\": {\"95\": true}}").flags()).isEqualTo(Map.of(95, true));
        assertThat(parse("{}")).isEqualTo(BilagInput.EMPTY);
    }

    @Test
    void unknown_item_numbers_are_rejected() throws Exception {
        for (String key : new String[] {"98", "0", "abc", "05", "-1", "1.0", ""}) {
            FieldException e = bad("{\"items\": {\"" + key + "\": 1}}");
            assertThat(e.field()).isEqualTo(P + ".items." + key);
            assertThat(e.getMessage()).contains("allowed: 1–97");
        }
    }

    @Test
    void boolean_for_a_scaled_item_is_rejected() throws Exception {
        FieldException e = bad("{\"items\": {\"41\": true}}");
        assertThat(e.field()).isEqualTo("current.bilag2004.items.41");
        assertThat(e.getMessage()).contains("true", "Arthritis – severe", "allowed: 0 (not present)", "4 (new)");
    }

    @Test
    void codes_outside_the_scale_are_rejected() throws Exception {
        for (String v : new String[] {"5", "-1", "2.5", "\"3\"", "\"nd\"", "[1]"}) {
            FieldException e = bad("{\"items\": {\"41\": " + v + "}}");
            assertThat(e.field()).isEqualTo(P + ".items.41");
            assertThat(e.getMessage()).contains("not allowed", "allowed:");
        }
        assertThat(bad("{\"items\": {\"95\": 7}}").getMessage()).contains("true or false");
    }

    @Test
    void number_for_a_yes_no_item_is_rejected() throws Exception {
        FieldException e = bad("{\"items\": {\"85\": 1}}");
        assertThat(e.field()).isEqualTo(P + ".items.85");
        assertThat(e.getMessage()).contains("Nephrotic syndrome", "allowed: true, false");
    }

    @Test
    void measured_values_are_not_items() throws Exception {
        FieldException e = bad("{\"items\": {\"83\": 150}}");
        assertThat(e.field()).isEqualTo(P + ".items.83");
        assertThat(e.getMessage()).contains("labs.upcr_mg_mmol");
        assertThat(bad("{\"items\": {\"94\": \"ND\"}}").getMessage()).contains("labs.platelets_10e9_l");
    }

    @Test
    void unknown_system_names_are_rejected() throws Exception {
        FieldException e = bad("{\"previously_involved\": [\"RENAL\", \"KIDNEY\"]}");
        assertThat(e.field()).isEqualTo(P + ".previously_involved[1]");
        assertThat(e.getMessage()).contains("KIDNEY", "HAEMATOLOGICAL");
        assertThat(bad("{\"previously_involved\": \"RENAL\"}").field()).isEqualTo(P + ".previously_involved");
        assertThat(bad("{\"previously_involved\": [\"renal\"]}").field()).isEqualTo(P + ".previously_involved[0]");
    }

    @Test
    void malformed_sections_are_rejected() throws Exception {
        assertThat(bad("[]").field()).isEqualTo(P);
        assertThat(bad("{\"items\": [1, 2]}").field()).isEqualTo(P + ".items");
        FieldException e = bad("{\"itmes\": {}}");
        assertThat(e.field()).isEqualTo(P + ".itmes");
        assertThat(e.getMessage()).contains("items, previously_involved, not_attributable");
        assertThat(bad("{\"not_attributable\": [5]}").field()).isEqualTo(P + ".not_attributable[0]");
        assertThat(bad("{\"not_attributable\": [85]}").getMessage()).contains("78, 79");
    }

    @Test
    void programmatic_construction_is_checked() {
        assertThatThrownBy(() -> BilagInputParser.check(new BilagInput(Map.of(41, 5), Map.of(), Set.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BilagInputParser.check(new BilagInput(Map.of(), Map.of(41, true), Set.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BilagInputParser.check(new BilagInput(Map.of(99, 1), Map.of(), Set.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
