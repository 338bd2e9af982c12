package org.msct.instruments.renal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.model.Labs;
import org.msct.instruments.model.Patient;
import org.msct.instruments.renal.EgfrOptions.Ckd2009Form;
import org.msct.instruments.renal.EgfrOptions.RaceWhenAbsent;

/** {@link Egfr#all}: contract keys, missing inputs, options, applicability warnings, bad input. */
class EgfrAllTest {
    private static Labs creat(@Nullable Double mgDl, @Nullable Double umol) {
        return new Labs(
                null, null, null, null, null, null, null, null, null, null, null, null, null, umol, mgDl, null, null,
                null, null, null, null, null);
    }

    private static final Patient FULL_MALE_60 = new Patient("M", 60.0, 80.0, 175.0, false);

    @Test
    void e01_all_contract_equations_in_contract_order_with_full_precision() {
        EgfrResult r = Egfr.all(FULL_MALE_60, creat(1.4, null));
        assertThat(r.byKey())
                .containsOnlyKeys(
                        "ckd_epi_2021", "ckd_epi_2009", "mdrd_175", "mdrd_186", "cockcroft_gault", "schwartz_bedside");
        assertThat(List.copyOf(r.byKey().keySet()))
                .containsExactly(
                        "ckd_epi_2021", "ckd_epi_2009", "mdrd_175", "mdrd_186", "cockcroft_gault", "schwartz_bedside");
        // TV-E1, TV-E2, TV-E3 values, unrounded
        assertThat(r.byKey().get("ckd_epi_2021")).isCloseTo(57.5393905342542, within(1e-9));
        assertThat(r.byKey().get("ckd_epi_2009")).isCloseTo(54.223109746302526, within(1e-9));
        assertThat(r.byKey().get("mdrd_175")).isCloseTo(51.69417297412956, within(1e-9));
        assertThat(r.byKey().get("mdrd_186")).isCloseTo(54.94352098964627, within(1e-9));
        // (140 − 60) × 80 / (72 × 1.4) = 63.492063…
        assertThat(r.byKey().get("cockcroft_gault")).isCloseTo(80.0 * 80 / (72 * 1.4), within(1e-9));
        // 0.413 × 175 / 1.4 = 51.625; adult → applicability warning, still computed
        assertThat(r.byKey().get("schwartz_bedside")).isCloseTo(51.625, within(1e-9));
        assertThat(r.values().get(5).warnings())
                .singleElement()
                .asString()
                .contains("schwartz_bedside")
                .contains("60.0")
                .contains("not a refusal");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.values().get(0).warnings()).isEmpty();
        assertThat(r.values().get(1).method()).contains("table form").contains("egfr v1");
        assertThat(r.value(EgfrEquation.SCHWARTZ_QUADRATIC)).isEmpty();
    }

    @Test
    void e02_no_creatinine_gives_nothing() {
        EgfrResult r = Egfr.all(FULL_MALE_60, Labs.EMPTY);
        assertThat(r.isEmpty()).isTrue();
        assertThat(r.byKey()).isEmpty();
    }

    @Test
    void e03_missing_sex_leaves_only_the_height_equation() {
        EgfrResult r = Egfr.all(new Patient(null, 60.0, 80.0, 175.0, false), creat(1.4, null));
        assertThat(r.byKey()).containsOnlyKeys("schwartz_bedside");
    }

    @Test
    void e04_missing_age_leaves_schwartz_with_an_unchecked_applicability_warning() {
        EgfrResult r = Egfr.all(new Patient("F", null, 60.0, 90.0, false), creat(1.4, null));
        assertThat(r.byKey()).containsOnlyKeys("schwartz_bedside");
        assertThat(r.byKey().get("schwartz_bedside")).isCloseTo(26.549999999999997, within(1e-12)); // TV-E4
        assertThat(r.values().get(0).warnings()).singleElement().asString().contains("age not given");
    }

    @Test
    void e05_missing_weight_omits_cockcroft_gault_missing_height_omits_schwartz() {
        EgfrResult r = Egfr.all(new Patient("M", 60.0, null, null, false), creat(1.4, null));
        assertThat(r.byKey()).containsOnlyKeys("ckd_epi_2021", "ckd_epi_2009", "mdrd_175", "mdrd_186");
    }

    @Test
    void e06_option_race_absent_not_black_default_computes_with_warning() {
        EgfrResult r = Egfr.all(new Patient("M", 60.0, null, null, null), creat(1.4, null));
        assertThat(r.byKey()).containsOnlyKeys("ckd_epi_2021", "ckd_epi_2009", "mdrd_175", "mdrd_186");
        assertThat(r.byKey().get("ckd_epi_2009")).isCloseTo(54.223109746302526, within(1e-9));
        assertThat(r.warnings()).singleElement().asString().contains("patient.black not given");
    }

    @Test
    void e07_option_race_absent_omit_leaves_out_2009_and_mdrd() {
        EgfrOptions o = EgfrOptions.DEFAULT.withRaceWhenAbsent(RaceWhenAbsent.OMIT);
        EgfrResult r = Egfr.all(new Patient("M", 60.0, null, null, null), creat(1.4, null), o);
        assertThat(r.byKey()).containsOnlyKeys("ckd_epi_2021");
        assertThat(r.warnings()).isEmpty();
        // with race given, OMIT changes nothing
        EgfrResult given = Egfr.all(new Patient("M", 60.0, null, null, true), creat(1.4, null), o);
        // 163 × (1.4/0.9)^−1.209 × 0.993^60 (table, Black male)
        assertThat(given.byKey().get("ckd_epi_2009"))
                .isCloseTo(163 * Math.pow(1.4 / 0.9, -1.209) * Math.pow(0.993, 60), within(1e-9));
        // 175 × 1.4^−1.154 × 60^−0.203 × 1.212
        assertThat(given.byKey().get("mdrd_175")).isCloseTo(51.69417297412956 * 1.212, within(1e-9));
    }

    @Test
    void e08_option_ckd_epi_2009_form_both_settings() {
        Patient f = new Patient("F", 60.0, null, null, false);
        double core = Math.pow(0.8 / 0.7, -1.209) * Math.pow(0.993, 60);
        EgfrResult table = Egfr.all(f, creat(0.8, null));
        EgfrResult eq = Egfr.all(f, creat(0.8, null), EgfrOptions.DEFAULT.withCkdEpi2009Form(Ckd2009Form.EQUATION));
        assertThat(table.byKey().get("ckd_epi_2009")).isCloseTo(144 * core, within(1e-9));
        assertThat(eq.byKey().get("ckd_epi_2009")).isCloseTo(141 * 1.018 * core, within(1e-9));
        assertThat(eq.values().get(1).method()).contains("equation form");
    }

    @Test
    void e09_option_quadratic_schwartz_both_settings_tv_E5() {
        Patient child = new Patient("M", 10.0, null, 90.0, false);
        assertThat(Egfr.all(child, creat(1.4, null)).value(EgfrEquation.SCHWARTZ_QUADRATIC))
                .isEmpty();
        EgfrResult r = Egfr.all(child, creat(1.4, null), EgfrOptions.DEFAULT.withQuadraticSchwartz(true));
        assertThat(r.value(EgfrEquation.SCHWARTZ_QUADRATIC).getAsDouble()).isCloseTo(23.68, within(0.005));
        assertThat(r.byKey()).containsKey("schwartz_quadratic");
    }

    @Test
    void e10_adult_equations_in_a_child_warn_but_compute() {
        EgfrResult r = Egfr.all(new Patient("M", 10.0, 30.0, 90.0, false), creat(1.4, null));
        assertThat(r.byKey()).hasSize(6);
        assertThat(r.values().get(0).warnings())
                .singleElement()
                .asString()
                .contains("ckd_epi_2021")
                .contains("≥ 18")
                .contains("10.0");
        assertThat(r.values().get(4).warnings()).singleElement().asString().contains("cockcroft_gault");
        assertThat(r.values().get(5).warnings()).isEmpty(); // Schwartz at 10 y is in range
    }

    @Test
    void e11_umol_input_is_converted_and_mg_dl_wins_when_both_are_given() {
        // TV-E8 through Patient/Labs: female 30 y, 60 µmol/L → 120.13
        EgfrResult r = Egfr.all(new Patient("F", 30.0, null, null, false), creat(null, 60.0));
        assertThat(r.byKey().get("ckd_epi_2021")).isCloseTo(120.13, within(0.005));
        EgfrResult both = Egfr.all(new Patient("M", 60.0, null, null, false), creat(1.4, 123.76));
        assertThat(both.byKey().get("ckd_epi_2021")).isCloseTo(57.5393905342542, within(1e-9));
        assertThat(both.warnings()).isEmpty(); // 123.76 µmol/L = 1.4 mg/dL
        EgfrResult disagree = Egfr.all(new Patient("M", 60.0, null, null, false), creat(1.4, 150.0));
        assertThat(disagree.byKey().get("ckd_epi_2021")).isCloseTo(57.5393905342542, within(1e-9));
        assertThat(disagree.warnings())
                .singleElement()
                .asString()
                .contains("disagree")
                .contains("mg/dL value is used");
    }

    @Test
    void e12_bad_input_is_rejected_with_the_field_path() {
        Labs ok = creat(1.4, null);
        assertThatThrownBy(() -> Egfr.all(new Patient("X", 60.0, null, null, false), ok))
                .isInstanceOf(FieldException.class)
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("patient.sex"))
                .hasMessageContaining("value X is not allowed; allowed: F, M");
        assertThatThrownBy(() -> Egfr.all(new Patient("M", -1.0, null, null, false), ok))
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("patient.age"));
        // age 0 would make MDRD's age^−0.203 infinite
        assertThatThrownBy(() -> Egfr.all(new Patient("M", 0.0, null, null, false), ok))
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("patient.age"))
                .hasMessageContaining("> 0 and ≤ 130");
        assertThatThrownBy(() -> Egfr.all(new Patient("M", 60.0, 0.0, null, false), ok))
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("patient.weight_kg"));
        assertThatThrownBy(() -> Egfr.all(new Patient("M", 60.0, null, 400.0, false), ok))
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("patient.height_cm"))
                .hasMessageContaining("≤ 300");
        assertThatThrownBy(() -> Egfr.all(FULL_MALE_60, creat(null, -5.0)))
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("labs.creatinine_umol_l"))
                .hasMessageContaining("µmol/L");
        assertThatThrownBy(() -> Egfr.all(FULL_MALE_60, creat(0.0, null)))
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("labs.creatinine_mg_dl"))
                .hasMessageContaining("> 0");
        assertThatThrownBy(() -> Egfr.all(FULL_MALE_60, creat(Double.NaN, null)))
                .isInstanceOf(FieldException.class);
    }
}
