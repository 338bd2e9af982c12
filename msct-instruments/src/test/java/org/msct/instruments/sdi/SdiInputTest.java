package org.msct.instruments.sdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.SdiInput;
import org.msct.instruments.sledai.Json;

/** Parsing of the {@code sdi} section and refusal of bad input. */
class SdiInputTest {
    static SdiInput parse(String json) {
        return SdiInputParser.parse(Json.tree(json), "current.sdi");
    }

    @Test
    void contract_example_parses() {
        SdiInput in = parse("{'items': {'cataract': 1}}");
        assertThat(in.items()).isEqualTo(Map.of("CATARACT", 1));
        assertThat(in.monthsPresent()).isEmpty();
        assertThat(parse("{}").items()).isEmpty();
    }

    @Test
    void unknown_item_names_field_value_and_allowed_codes() {
        assertThatThrownBy(() -> parse("{'items': {'CATARACTS': 1}}"))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("current.sdi.items.CATARACTS")
                .hasMessageContaining("allowed: CATARACT, RETINAL_CHANGE_OR_OPTIC_ATROPHY");
        assertThatThrownBy(() -> parse("{'months_present': {'FOO': 3}}")).hasMessageContaining("FOO");
    }

    @Test
    void points_above_the_item_maximum_or_not_allowed_are_refused() {
        assertThatThrownBy(() -> parse("{'items': {'CATARACT': 2}}"))
                .hasMessageContaining("current.sdi.items.CATARACT")
                .hasMessageContaining("value 2")
                .hasMessageContaining("allowed points: 0, 1");
        assertThatThrownBy(() -> parse("{'items': {'AVASCULAR_NECROSIS': 3}}")).hasMessageContaining("0, 1, 2");
        assertThatThrownBy(() -> parse("{'items': {'ESRD': 1}}")).hasMessageContaining("0, 3");
        assertThatThrownBy(() -> parse("{'items': {'DIABETES': -1}}")).hasMessageContaining("-1");
        assertThatThrownBy(() -> parse("{'items': {'DIABETES': 0.5}}")).hasMessageContaining("0.5");
        assertThatThrownBy(() -> parse("{'items': {'DIABETES': 'yes'}}")).hasMessageContaining("yes");
    }

    @Test
    void bad_months_and_members_are_refused() {
        assertThatThrownBy(() -> parse("{'months_present': {'DIABETES': -2}}"))
                .hasMessageContaining("current.sdi.months_present.DIABETES")
                .hasMessageContaining("0 to 1200");
        assertThatThrownBy(() -> parse("{'items': [1]}")).hasMessageContaining("current.sdi.items");
        assertThatThrownBy(() -> parse("{'score': 3}")).hasMessageContaining("allowed");
        assertThatThrownBy(() -> SdiInputParser.check(new SdiInput(Map.of("CATARACT", 5))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
