package org.msct.instruments.sledai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.msct.instruments.model.FieldException;

/** PGA validation (instruments.md §3). */
class PgaTest {
    @Test
    void accepts_0_to_3_without_rounding() {
        assertThat(Pga.validate(0.0, "current.pga")).isZero();
        assertThat(Pga.validate(3.0, "current.pga")).isEqualTo(3.0);
        assertThat(Pga.validate(1.27, "current.pga")).isEqualTo(1.27);
    }

    @Test
    void rejects_outside_0_to_3_naming_field_and_value() {
        assertThatThrownBy(() -> Pga.validate(3.01, "current.pga"))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("current.pga")
                .hasMessageContaining("3.01")
                .hasMessageContaining("0 to 3");
        assertThatThrownBy(() -> Pga.validate(-0.1, "current.pga")).isInstanceOf(FieldException.class);
        assertThatThrownBy(() -> Pga.validate(Double.NaN, "current.pga")).isInstanceOf(FieldException.class);
        // a 0-100 mm value given without the explicit option is refused, not converted
        assertThatThrownBy(() -> Pga.validate(45, "current.pga")).hasMessageContaining("45");
    }

    @Test
    void millimetres_only_as_explicit_option() {
        assertThat(Pga.validate(50, Pga.Scale.MILLIMETRES, "current.pga")).isCloseTo(1.5, within(1e-15));
        assertThat(Pga.validate(100, Pga.Scale.MILLIMETRES, "current.pga")).isEqualTo(3.0);
        assertThatThrownBy(() -> Pga.validate(101, Pga.Scale.MILLIMETRES, "current.pga"))
                .hasMessageContaining("0 to 100 mm");
    }
}
