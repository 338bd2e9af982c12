package org.msct.instruments.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.renal.EgfrOptions.Ckd2009Form;
import org.msct.instruments.units.IncompatibleUnitsException;
import org.msct.instruments.units.Quantity;
import org.msct.instruments.units.Unit;

/**
 * eGFR vectors TV-E1…E16 of instruments.md (expected values to 2 decimals: |value − expected| &lt; 0.005). Each test
 * also checks the full-precision value recomputed by hand with the §7 formula (Python 3, {@code math.pow}), written
 * in the comment.
 */
class EgfrEquationsTest {
    private static final Offset<Double> SPEC = within(0.005);
    private static final Offset<Double> EXACT = within(1e-9);

    private static Quantity mgdl(double v) {
        return Quantity.of(v, Unit.CREATININE_MG_PER_DL);
    }

    private static Quantity umol(double v) {
        return Quantity.of(v, Unit.CREATININE_UMOL_PER_L);
    }

    private static Quantity cm(double v) {
        return Quantity.of(v, Unit.HEIGHT_CM);
    }

    @Test
    void tv_E1_ckd_epi_2021_male_60_scr_1_4_is_57_54() {
        // 142 × (1.4/0.9)^−1.200 × 0.9938^60 = 57.5393905342542
        double v = Egfr.ckdEpi2021(Sex.MALE, 60, mgdl(1.4));
        assertThat(v).isCloseTo(57.54, SPEC).isCloseTo(57.5393905342542, EXACT);
    }

    @Test
    void tv_E2_ckd_epi_2009_male_60_white_scr_1_4_is_54_22() {
        // 141 × (1.4/0.9)^−1.209 × 0.993^60 = 54.223109746302526 (male non-Black: both forms use 141)
        double table = Egfr.ckdEpi2009(Sex.MALE, 60, false, mgdl(1.4), Ckd2009Form.TABLE);
        double equation = Egfr.ckdEpi2009(Sex.MALE, 60, false, mgdl(1.4), Ckd2009Form.EQUATION);
        assertThat(table).isCloseTo(54.22, SPEC).isCloseTo(54.223109746302526, EXACT);
        assertThat(equation).isCloseTo(table, EXACT);
    }

    @Test
    void tv_E3_mdrd_male_60_scr_1_4_is_54_94_non_idms_and_51_69_idms() {
        // 186 × 1.4^−1.154 × 60^−0.203 = 54.94352098964627; 175 × … = 51.69417297412956
        assertThat(Egfr.mdrd186(Sex.MALE, 60, false, mgdl(1.4)))
                .isCloseTo(54.94, SPEC)
                .isCloseTo(54.94352098964627, EXACT);
        assertThat(Egfr.mdrd175(Sex.MALE, 60, false, mgdl(1.4)))
                .isCloseTo(51.69, SPEC)
                .isCloseTo(51.69417297412956, EXACT);
    }

    @Test
    void tv_E4_bedside_schwartz_90_cm_scr_1_4_is_26_55() {
        // 0.413 × 90 / 1.4 = 26.55
        assertThat(Egfr.schwartzBedside(cm(90), mgdl(1.4)))
                .isCloseTo(26.55, SPEC)
                .isCloseTo(26.549999999999997, EXACT);
    }

    @Test
    void tv_E5_quadratic_schwartz_male_10_90_cm_scr_1_4_is_23_68() {
        // r = 90/1.4 = 64.2857; 0.68 r − 0.0008 r² + 0.48 × 10 − 21.53 = 23.678163265306125
        assertThat(Egfr.schwartzQuadratic(Sex.MALE, 10, cm(90), mgdl(1.4)))
                .isCloseTo(23.68, SPEC)
                .isCloseTo(23.678163265306125, EXACT);
    }

    @Test
    void tv_E6_ckd_epi_2021_male_50_scr_0_9_is_104_05() {
        // Scr/κ = 1: 142 × 0.9938^50 = 104.0490129932253
        assertThat(Egfr.ckdEpi2021(Sex.MALE, 50, mgdl(0.9)))
                .isCloseTo(104.05, SPEC)
                .isCloseTo(104.0490129932253, EXACT);
    }

    @Test
    void tv_E7_ckd_epi_2021_female_60_scr_0_8_is_84_30() {
        // 142 × (0.8/0.7)^−1.200 × 0.9938^60 × 1.012 = 84.29815414309144
        assertThat(Egfr.ckdEpi2021(Sex.FEMALE, 60, mgdl(0.8)))
                .isCloseTo(84.30, SPEC)
                .isCloseTo(84.29815414309144, EXACT);
    }

    @Test
    void tv_E8_ckd_epi_2021_female_30_scr_60_umol_is_120_13() {
        // Scr = 60/88.4 = 0.678733 mg/dL < 0.7: 142 × (0.678733/0.7)^−0.241 × 0.9938^30 × 1.012 = 120.13451553311747
        assertThat(Egfr.ckdEpi2021(Sex.FEMALE, 30, umol(60)))
                .isCloseTo(120.13, SPEC)
                .isCloseTo(120.13451553311747, EXACT);
    }

    @Test
    void tv_E10_ckd_epi_2009_male_28_scr_50_and_100_umol_is_140_19_and_87_85() {
        // 50/88.4 = 0.565611: 141 × (0.565611/0.9)^−0.411 × 0.993^28 = 140.18674470261476
        // 100/88.4 = 1.131222: 141 × (1.131222/0.9)^−1.209 × 0.993^28 = 87.84924893132695
        assertThat(Egfr.ckdEpi2009(Sex.MALE, 28, false, umol(50), Ckd2009Form.TABLE))
                .isCloseTo(140.19, SPEC)
                .isCloseTo(140.18674470261476, EXACT);
        assertThat(Egfr.ckdEpi2009(Sex.MALE, 28, false, umol(100), Ckd2009Form.TABLE))
                .isCloseTo(87.85, SPEC)
                .isCloseTo(87.84924893132695, EXACT);
    }

    @Test
    void tv_E12_mdrd_male_64_scr_3_is_22_50_non_idms_and_21_17_idms() {
        // 186 × 3^−1.154 × 64^−0.203 = 22.50403950537085; 175 × … = 21.17315544860161
        assertThat(Egfr.mdrd186(Sex.MALE, 64, false, mgdl(3)))
                .isCloseTo(22.50, SPEC)
                .isCloseTo(22.50403950537085, EXACT);
        assertThat(Egfr.mdrd175(Sex.MALE, 64, false, mgdl(3)))
                .isCloseTo(21.17, SPEC)
                .isCloseTo(21.17315544860161, EXACT);
    }

    @Test
    void tv_E13_mdrd_non_idms_female_black_33_scr_6_is_10_40() {
        // 186 × 6^−1.154 × 33^−0.203 × 0.742 × 1.212 = 10.403383222264662
        assertThat(Egfr.mdrd186(Sex.FEMALE, 33, true, mgdl(6)))
                .isCloseTo(10.40, SPEC)
                .isCloseTo(10.403383222264662, EXACT);
    }

    @Test
    void tv_E14_cockcroft_gault_male_50_80_kg_scr_1_0_is_100_ml_min() {
        // (140 − 50) × 80 / (72 × 1.0) = 100.0; same with Scr 88.4 µmol/L
        Quantity kg = Quantity.of(80, Unit.WEIGHT_KG);
        assertThat(Egfr.cockcroftGault(Sex.MALE, 50, kg, mgdl(1.0)))
                .isCloseTo(100.0, SPEC)
                .isCloseTo(100.0, EXACT);
        assertThat(Egfr.cockcroftGault(Sex.MALE, 50, kg, umol(88.4))).isCloseTo(100.0, EXACT);
    }

    @Test
    void tv_E16_bedside_schwartz_180_cm_scr_2_is_37_17() {
        // 0.413 × 180 / 2 = 37.17
        assertThat(Egfr.schwartzBedside(cm(180), mgdl(2)))
                .isCloseTo(37.17, SPEC)
                .isCloseTo(37.17, EXACT);
    }

    @Test
    void egfr01_ckd_epi_2009_female_and_black_forms_differ_by_the_rounded_constants() {
        // female 60 y, Scr 0.8: core = (0.8/0.7)^−1.209 × 0.993^60
        double core = Math.pow(0.8 / 0.7, -1.209) * Math.pow(0.993, 60);
        assertThat(Egfr.ckdEpi2009(Sex.FEMALE, 60, false, mgdl(0.8), Ckd2009Form.TABLE))
                .isCloseTo(144 * core, EXACT);
        assertThat(Egfr.ckdEpi2009(Sex.FEMALE, 60, false, mgdl(0.8), Ckd2009Form.EQUATION))
                .isCloseTo(141 * 1.018 * core, EXACT);
        assertThat(Egfr.ckdEpi2009(Sex.FEMALE, 60, true, mgdl(0.8), Ckd2009Form.TABLE))
                .isCloseTo(166 * core, EXACT);
        assertThat(Egfr.ckdEpi2009(Sex.FEMALE, 60, true, mgdl(0.8), Ckd2009Form.EQUATION))
                .isCloseTo(141 * 1.018 * 1.159 * core, EXACT);
        // male Black 60 y, Scr 1.4: 163 vs 141 × 1.159 = 163.419
        double m = Math.pow(1.4 / 0.9, -1.209) * Math.pow(0.993, 60);
        assertThat(Egfr.ckdEpi2009(Sex.MALE, 60, true, mgdl(1.4), Ckd2009Form.TABLE))
                .isCloseTo(163 * m, EXACT);
        assertThat(Egfr.ckdEpi2009(Sex.MALE, 60, true, mgdl(1.4), Ckd2009Form.EQUATION))
                .isCloseTo(141 * 1.159 * m, EXACT);
    }

    @Test
    void egfr02_cockcroft_gault_female_factor_and_weight_in_pounds() {
        // (140 − 30) × 60 / (72 × 0.8) × 0.85 = 97.39583333
        assertThat(Egfr.cockcroftGault(Sex.FEMALE, 30, Quantity.of(60, Unit.WEIGHT_KG), mgdl(0.8)))
                .isCloseTo(110.0 * 60 / (72 * 0.8) * 0.85, EXACT);
        Quantity lb = Quantity.of(80 / 0.45359237, Unit.WEIGHT_LB);
        assertThat(Egfr.cockcroftGault(Sex.MALE, 50, lb, mgdl(1.0))).isCloseTo(100.0, EXACT);
    }

    @Test
    void egfr03_quadratic_schwartz_female_uses_25_68() {
        // r = 120/0.6 = 200: 0.68 × 200 − 0.0008 × 40000 + 0.48 × 12 − 25.68 = 136 − 32 + 5.76 − 25.68 = 84.08
        assertThat(Egfr.schwartzQuadratic(Sex.FEMALE, 12, cm(120), mgdl(0.6))).isCloseTo(84.08, EXACT);
    }

    @Test
    void egfr04_bad_units_creatinine_must_be_a_creatinine_quantity_height_a_height() {
        assertThatThrownBy(() -> Egfr.ckdEpi2021(Sex.MALE, 60, Quantity.of(1.4, Unit.UPCR_MG_PER_MMOL)))
                .isInstanceOf(IncompatibleUnitsException.class)
                .hasMessageContaining("UPCR_MG_PER_MMOL")
                .hasMessageContaining("CREATININE_MG_PER_DL");
        assertThatThrownBy(() -> Egfr.schwartzBedside(Quantity.of(90, Unit.WEIGHT_KG), mgdl(1.4)))
                .isInstanceOf(IncompatibleUnitsException.class)
                .hasMessageContaining("WEIGHT_KG")
                .hasMessageContaining("HEIGHT_CM");
        assertThatThrownBy(() -> Egfr.cockcroftGault(Sex.MALE, 50, Quantity.of(80, Unit.HEIGHT_CM), mgdl(1)))
                .isInstanceOf(IncompatibleUnitsException.class);
    }

    @Test
    void egfr05_impossible_values_are_rejected_naming_the_field() {
        assertThatThrownBy(() -> Egfr.ckdEpi2021(Sex.MALE, 60, mgdl(0)))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("creatinine")
                .hasMessageContaining("> 0");
        assertThatThrownBy(() -> Egfr.ckdEpi2021(Sex.MALE, 131, mgdl(1)))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("ageYears")
                .hasMessageContaining("131.0")
                .hasMessageContaining("≤ 130");
        assertThatThrownBy(() -> Egfr.ckdEpi2021(Sex.MALE, Double.NaN, mgdl(1))).isInstanceOf(FieldException.class);
        assertThatThrownBy(() -> Egfr.schwartzBedside(cm(0), mgdl(1)))
                .isInstanceOf(FieldException.class)
                .hasMessageContaining("height");
    }
}
