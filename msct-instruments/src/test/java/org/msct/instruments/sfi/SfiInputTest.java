package org.msct.instruments.sfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.SfiInput;
import org.msct.instruments.sledai.Json;

/** Parsing of the {@code sfi} section and refusal of bad input. */
class SfiInputTest {
    static SfiInput parse(String json) {
        return SfiInputParser.parse(Json.tree(json), "current.sfi");
    }

    @Test
    void parses_features_and_flags() {
        SfiInput in = parse(
                "{'new_or_worse': ['arthritis', 'NEPHRITIS', 'ARTHRITIS'], 'nsaid_added': true, 'hospitalised': false}");
        assertThat(in.newOrWorse()).containsExactly("ARTHRITIS", "NEPHRITIS");
        assertThat(in.nsaidAdded()).isTrue();
        assertThat(in.hospitalised()).isFalse();
        assertThat(parse("{}")).isEqualTo(new SfiInput(List.of(), false, false));
    }

    @Test
    void unknown_feature_names_field_value_and_allowed_codes() {
        assertThatThrownBy(() -> parse("{'new_or_worse': ['ARTHRITIS', 'RASH']}"))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("current.sfi.new_or_worse[1]")
                .hasMessageContaining("RASH")
                .hasMessageContaining("allowed: DISCOID");
    }

    @Test
    void wrong_types_and_members_are_refused() {
        assertThatThrownBy(() -> parse("{'new_or_worse': 'ARTHRITIS'}")).hasMessageContaining("array");
        assertThatThrownBy(() -> parse("{'hospitalised': 'yes'}")).hasMessageContaining("current.sfi.hospitalised");
        assertThatThrownBy(() -> parse("{'hospitalized': true}")).hasMessageContaining("use hospitalised");
        assertThatThrownBy(() -> parse("{'flare': true}")).hasMessageContaining("allowed");
        assertThatThrownBy(() -> SfiInputParser.check(new SfiInput(List.of("FOO"), false)))
                .hasMessageContaining("FOO");
    }
}
