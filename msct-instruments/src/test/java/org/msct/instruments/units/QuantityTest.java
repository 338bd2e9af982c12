package org.msct.instruments.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Unit conversions of instruments.md §8 (TV-U1…U3 and hand-computed cases). */
class QuantityTest {

    @Test
    void tv_U1_creatinine_79_56_umol_is_0_900_mg_dl() {
        // 79.56 / 88.4 = 0.9000 exactly in decimal
        assertThat(Quantity.of(79.56, Unit.CREATININE_UMOL_PER_L).in(Unit.CREATININE_MG_PER_DL))
                .isCloseTo(0.900, within(1e-12));
    }

    @Test
    void tv_U1_creatinine_conversion_equals_the_model_labs_helper_bit_for_bit() {
        // Labs.creatinineMgPerDlAny divides by 88.4; the library must give the identical double
        for (double umol : new double[] {44.2, 60, 79.56, 88.4, 100, 123.7, 707.2}) {
            assertThat(Quantity.of(umol, Unit.CREATININE_UMOL_PER_L).in(Unit.CREATININE_MG_PER_DL))
                    .isEqualTo(umol / 88.4);
        }
    }

    @Test
    void unit01_creatinine_mg_dl_to_umol_and_mmol() {
        assertThat(Quantity.of(1.0, Unit.CREATININE_MG_PER_DL).in(Unit.CREATININE_UMOL_PER_L))
                .isEqualTo(88.4);
        // 1.4 mg/dL × 88.4 = 123.76 µmol/L = 0.12376 mmol/L
        assertThat(Quantity.of(1.4, Unit.CREATININE_MG_PER_DL).in(Unit.CREATININE_MMOL_PER_L))
                .isCloseTo(0.12376, within(1e-12));
        assertThat(Quantity.of(0.12376, Unit.CREATININE_MMOL_PER_L).in(Unit.CREATININE_MG_PER_DL))
                .isCloseTo(1.4, within(1e-12));
    }

    @Test
    void tv_U2_urea_10_mmol_is_bun_28_mg_dl() {
        // 10 × 2.8 = 28
        assertThat(Quantity.of(10, Unit.UREA_MMOL_PER_L).in(Unit.BUN_MG_PER_DL)).isCloseTo(28.0, within(1e-12));
        assertThat(Quantity.of(28, Unit.BUN_MG_PER_DL).in(Unit.UREA_MMOL_PER_L)).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void unit02_urea_mg_dl_uses_6_006_and_bun_from_urea_mg_dl_divides_by_2_145() {
        // urea 10 mmol/L × 6.006 = 60.06 mg/dL; 60.06 / (6.006 / 2.8) = 28 (spec rounds 2.145 to 2.14)
        assertThat(Quantity.of(10, Unit.UREA_MMOL_PER_L).in(Unit.UREA_MG_PER_DL))
                .isCloseTo(60.06, within(1e-12));
        assertThat(Quantity.of(60.06, Unit.UREA_MG_PER_DL).in(Unit.BUN_MG_PER_DL))
                .isCloseTo(28.0, within(1e-12));
    }

    @Test
    void unit03_protein_24h_g_and_mg() {
        assertThat(Quantity.of(0.51, Unit.PROTEIN_G_PER_24H).in(Unit.PROTEIN_MG_PER_24H))
                .isCloseTo(510.0, within(1e-9));
        assertThat(Quantity.of(500, Unit.PROTEIN_MG_PER_24H).in(Unit.PROTEIN_G_PER_24H))
                .isEqualTo(0.5);
    }

    @Test
    void tv_U3_upcr_100_mg_mmol_is_884_mg_g_and_0_884_g_g() {
        // 100 × 8.84 = 884 mg/g; ÷ 1000 = 0.884 g/g
        assertThat(Quantity.of(100, Unit.UPCR_MG_PER_MMOL).in(Unit.UPCR_MG_PER_G))
                .isCloseTo(884.0, within(1e-9));
        assertThat(Quantity.of(100, Unit.UPCR_MG_PER_MMOL).in(Unit.UPCR_G_PER_G))
                .isCloseTo(0.884, within(1e-12));
    }

    @Test
    void tv_U3_upcr_500_mg_g_is_56_6_mg_mmol() {
        // 500 / 8.84 = 56.561… → 56.6 to one decimal
        double v = Quantity.of(500, Unit.UPCR_MG_PER_G).in(Unit.UPCR_MG_PER_MMOL);
        assertThat(v).isCloseTo(56.6, within(0.05));
        assertThat(v).isCloseTo(500 / 8.84, within(1e-12));
        assertThat(Quantity.of(0.5, Unit.UPCR_G_PER_G).in(Unit.UPCR_MG_PER_MMOL))
                .isCloseTo(500 / 8.84, within(1e-12));
    }

    @Test
    void unit04_uacr_uses_the_same_creatinine_factor() {
        assertThat(Quantity.of(30, Unit.UACR_MG_PER_G).in(Unit.UACR_MG_PER_MMOL))
                .isCloseTo(30 / 8.84, within(1e-12));
        assertThat(Quantity.of(3, Unit.UACR_MG_PER_MMOL).in(Unit.UACR_G_PER_G)).isCloseTo(0.02652, within(1e-12));
    }

    @Test
    void unit05_temperature_fever_threshold_38_c_is_100_4_f() {
        assertThat(Quantity.of(38.0, Unit.TEMPERATURE_C).in(Unit.TEMPERATURE_F)).isCloseTo(100.4, within(1e-12));
        assertThat(Quantity.of(100.4, Unit.TEMPERATURE_F).in(Unit.TEMPERATURE_C))
                .isCloseTo(38.0, within(1e-12));
        assertThat(Quantity.of(32, Unit.TEMPERATURE_F).in(Unit.TEMPERATURE_C)).isCloseTo(0.0, within(1e-12));
        assertThat(Quantity.of(-40, Unit.TEMPERATURE_C).in(Unit.TEMPERATURE_F)).isCloseTo(-40.0, within(1e-12));
    }

    @Test
    void unit06_haemoglobin_counts_complement_height_weight_dose() {
        assertThat(Quantity.of(95, Unit.HAEMOGLOBIN_G_PER_L).in(Unit.HAEMOGLOBIN_G_PER_DL))
                .isCloseTo(9.5, within(1e-12));
        assertThat(Quantity.of(6, Unit.HAEMOGLOBIN_MMOL_PER_L).in(Unit.HAEMOGLOBIN_G_PER_DL))
                .isCloseTo(9.666, within(1e-12));
        assertThat(Quantity.of(99000, Unit.COUNT_PER_MM3).in(Unit.COUNT_E9_PER_L))
                .isCloseTo(99.0, within(1e-12));
        assertThat(Quantity.of(2.9, Unit.COUNT_E3_PER_UL).in(Unit.COUNT_E9_PER_L))
                .isEqualTo(2.9);
        assertThat(Quantity.of(0.9, Unit.COMPLEMENT_G_PER_L).in(Unit.COMPLEMENT_MG_PER_DL))
                .isCloseTo(90.0, within(1e-12));
        assertThat(Quantity.of(70, Unit.HEIGHT_IN).in(Unit.HEIGHT_CM)).isCloseTo(177.8, within(1e-12));
        assertThat(Quantity.of(176.369809, Unit.WEIGHT_LB).in(Unit.WEIGHT_KG)).isCloseTo(80.0, within(1e-6));
        assertThat(Quantity.of(1, Unit.DOSE_G_PER_DAY).in(Unit.DOSE_MG_PER_DAY)).isEqualTo(1000.0);
    }

    @Test
    void unit07_to_returns_a_quantity_in_the_target_unit_and_same_unit_is_identity() {
        Quantity q = Quantity.of(1.4, Unit.CREATININE_MG_PER_DL);
        assertThat(q.to(Unit.CREATININE_MG_PER_DL)).isSameAs(q);
        Quantity u = q.to(Unit.CREATININE_UMOL_PER_L);
        assertThat(u.unit()).isEqualTo(Unit.CREATININE_UMOL_PER_L);
        assertThat(u.value()).isCloseTo(123.76, within(1e-9));
        assertThat(u.to(Unit.CREATININE_MG_PER_DL).value()).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void unit08_every_unit_round_trips_through_every_unit_of_its_dimension() {
        for (Unit a : Unit.values()) {
            for (Unit b : Unit.values()) {
                if (a.dimension() != b.dimension()) continue;
                double back = Quantity.of(37.5, a).to(b).in(a);
                assertThat(back).as(a + "→" + b + "→" + a).isCloseTo(37.5, within(1e-9));
            }
        }
    }

    @Test
    void unit09_bad_units_incompatible_conversion_names_both_units() {
        Quantity upcr = Quantity.of(100, Unit.UPCR_MG_PER_MMOL);
        assertThatThrownBy(() -> upcr.in(Unit.CREATININE_MG_PER_DL))
                .isInstanceOf(IncompatibleUnitsException.class)
                .hasMessageContaining("UPCR_MG_PER_MMOL")
                .hasMessageContaining("CREATININE_MG_PER_DL")
                .hasMessageContaining("mg/mmol")
                .hasMessageContaining("mg/dL");
        assertThatThrownBy(() -> Quantity.of(28, Unit.BUN_MG_PER_DL).to(Unit.CREATININE_MG_PER_DL))
                .isInstanceOf(IncompatibleUnitsException.class)
                .hasMessageContaining("BUN_MG_PER_DL")
                .hasMessageContaining("CREATININE_MG_PER_DL");
        assertThatThrownBy(() -> Quantity.of(100, Unit.UACR_MG_PER_MMOL).in(Unit.UPCR_MG_PER_MMOL))
                .isInstanceOf(IncompatibleUnitsException.class);
    }

    @Test
    void unit10_bad_values_negative_nan_infinite_and_missing_unit_are_rejected() {
        assertThatThrownBy(() -> Quantity.of(-1, Unit.CREATININE_UMOL_PER_L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0")
                .hasMessageContaining("CREATININE_UMOL_PER_L")
                .hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> Quantity.of(Double.NaN, Unit.HEIGHT_CM)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Quantity.of(Double.POSITIVE_INFINITY, Unit.WEIGHT_KG))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new Quantity(1, null)).hasMessageContaining("unit is required");
        assertThat(Quantity.of(-5, Unit.TEMPERATURE_C).value()).isEqualTo(-5.0);
    }

    @Test
    void unit11_symbols_come_from_the_definition() {
        assertThat(Unit.CREATININE_UMOL_PER_L.symbol()).isEqualTo("µmol/L");
        assertThat(Unit.UPCR_MG_PER_G.symbol()).isEqualTo("mg/g");
        assertThat(Quantity.of(1.4, Unit.CREATININE_MG_PER_DL)).hasToString("1.4 mg/dL");
    }
}
