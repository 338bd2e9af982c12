package org.msct.instruments.sledai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.Ri50State;
import org.msct.instruments.model.SledaiInput;

/** Parsing of the {@code sledai2k} contract section and refusal of bad input. */
class SledaiInputTest {
    static SledaiInput parse(String json) {
        return SledaiInputParser.parse(Json.tree(json), "current.sledai2k");
    }

    static FieldException refused(String json) {
        try {
            parse(json);
        } catch (FieldException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void contract_example_parses() {
        SledaiInput in = parse("{'present': ['ARTHRITIS', 'rash'], 'not_attributable': ['THROMBOCYTOPENIA']}");
        assertThat(in.present()).containsExactlyInAnyOrder("ARTHRITIS", "RASH");
        assertThat(in.notAttributable()).containsExactly("THROMBOCYTOPENIA");
        assertThat(in.arthritisJoints()).isNull();
        assertThat(in.ri50()).isEmpty();
    }

    @Test
    void both_lists_optional_and_duplicates_collapse() {
        assertThat(parse("{}").present()).isEmpty();
        assertThat(parse("{'present': ['RASH', 'RASH']}").present()).containsExactly("RASH");
    }

    @Test
    void unknown_descriptor_names_field_value_and_allowed_codes() {
        FieldException e = refused("{'present': ['ARTHRITIS', 'HEADACHE']}");
        assertThat(e.field()).isEqualTo("current.sledai2k.present[1]");
        assertThat(e.getMessage())
                .contains("HEADACHE")
                .contains("allowed: SEIZURE, PSYCHOSIS")
                .contains("LEUKOPENIA");
        assertThat(refused("{'not_attributable': ['PLATELETS']}").field())
                .isEqualTo("current.sledai2k.not_attributable[0]");
    }

    @Test
    void descriptor_both_present_and_not_attributable_is_refused() {
        FieldException e = refused("{'present': ['FEVER'], 'not_attributable': ['FEVER']}");
        assertThat(e.field()).isEqualTo("current.sledai2k.not_attributable[0]");
        assertThat(e.getMessage()).contains("FEVER").contains("also listed in present");
    }

    @Test
    void wrong_types_and_unknown_members_are_refused() {
        assertThat(refused("{'present': 'RASH'}").getMessage()).contains("array");
        assertThat(refused("{'present': [3]}").field()).isEqualTo("current.sledai2k.present[0]");
        assertThat(refused("{'notAttributable': []}").getMessage()).contains("not_attributable");
        assertThat(refused("{'window': 30}").getMessage()).contains("allowed");
        assertThatThrownBy(() -> SledaiInputParser.parse(Json.tree("[]"), "current.sledai2k"))
                .isInstanceOf(FieldException.class);
    }

    @Test
    void joint_count_range() {
        assertThat(parse("{'arthritis_joints': 4}").arthritisJoints()).isEqualTo(4);
        assertThat(refused("{'arthritis_joints': -1}").field()).isEqualTo("current.sledai2k.arthritis_joints");
        assertThat(refused("{'arthritis_joints': 69}").getMessage())
                .contains("69")
                .contains("0 to 68");
        assertThat(refused("{'arthritis_joints': 2.5}").getMessage()).contains("integer");
    }

    @Test
    void ri50_states_parse_case_insensitively() {
        SledaiInput in = parse("{'ri50': {'proteinuria': 'improved_ge50', 'ARTHRITIS': 'RESOLVED'}}");
        assertThat(in.ri50())
                .isEqualTo(Map.of("PROTEINURIA", Ri50State.IMPROVED_GE50, "ARTHRITIS", Ri50State.RESOLVED));
    }

    @Test
    void ri50_bad_code_or_state_is_refused() {
        FieldException e = refused("{'ri50': {'PROTEINURIA': 'HALF'}}");
        assertThat(e.field()).isEqualTo("current.sledai2k.ri50.PROTEINURIA");
        assertThat(e.getMessage()).contains("HALF").contains("RESOLVED, IMPROVED_GE50, NOT_IMPROVED");
        assertThat(refused("{'ri50': {'KIDNEY': 'RESOLVED'}}").getMessage()).contains("KIDNEY");
        assertThat(refused("{'ri50': ['RESOLVED']}").field()).isEqualTo("current.sledai2k.ri50");
    }
}
