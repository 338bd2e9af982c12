package org.msct.instruments.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Glucocorticoid equivalence of instruments.md §6.4 (5 mg prednisone ≡ …). */
class GlucocorticoidEquivalenceTest {
    private static double pred(Glucocorticoid drug, double mgPerDay) {
        Quantity q = GlucocorticoidEquivalence.prednisoneEquivalent(drug, Quantity.of(mgPerDay, Unit.DOSE_MG_PER_DAY));
        assertThat(q.unit()).isEqualTo(Unit.DOSE_MG_PER_DAY);
        return q.value();
    }

    @Test
    void gc01_every_listed_dose_is_5_mg_prednisone() {
        assertThat(pred(Glucocorticoid.PREDNISONE, 5)).isEqualTo(5.0);
        assertThat(pred(Glucocorticoid.PREDNISOLONE, 5)).isEqualTo(5.0);
        assertThat(pred(Glucocorticoid.METHYLPREDNISOLONE, 4)).isEqualTo(5.0);
        assertThat(pred(Glucocorticoid.TRIAMCINOLONE, 4)).isEqualTo(5.0);
        assertThat(pred(Glucocorticoid.HYDROCORTISONE, 20)).isEqualTo(5.0);
        assertThat(pred(Glucocorticoid.CORTISONE, 25)).isEqualTo(5.0);
        assertThat(pred(Glucocorticoid.DEXAMETHASONE, 0.75)).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void gc02_medcalc_ratios_prednisone_6_67_dexamethasone_1_methylpred_5_33_hydrocortisone_26_67() {
        // 1 mg dexamethasone = 5/0.75 = 6.667 mg prednisone; 1 mg dex = 4/0.75 = 5.333 mg methylpred; 20/0.75 = 26.67
        // hydrocortisone
        assertThat(pred(Glucocorticoid.DEXAMETHASONE, 1)).isCloseTo(6.67, within(0.005));
        GlucocorticoidEquivalence eq = GlucocorticoidEquivalence.standard();
        Quantity oneMg = Quantity.of(1, Unit.DOSE_MG_PER_DAY);
        assertThat(eq.convert(Glucocorticoid.DEXAMETHASONE, oneMg, Glucocorticoid.METHYLPREDNISOLONE)
                        .value())
                .isCloseTo(5.33, within(0.005));
        assertThat(eq.convert(Glucocorticoid.DEXAMETHASONE, oneMg, Glucocorticoid.HYDROCORTISONE)
                        .value())
                .isCloseTo(26.67, within(0.005));
    }

    @Test
    void gc03_methylprednisolone_6_mg_is_7_5_mg_prednisone_the_lldas_limit() {
        assertThat(pred(Glucocorticoid.METHYLPREDNISOLONE, 6)).isEqualTo(7.5);
    }

    @Test
    void gc04_grams_per_day_are_converted_and_other_units_rejected() {
        Quantity oneGram = Quantity.of(1, Unit.DOSE_G_PER_DAY);
        assertThat(GlucocorticoidEquivalence.prednisoneEquivalent(Glucocorticoid.METHYLPREDNISOLONE, oneGram)
                        .value())
                .isEqualTo(1250.0);
        assertThatThrownBy(() -> GlucocorticoidEquivalence.prednisoneEquivalent(
                        Glucocorticoid.PREDNISONE, Quantity.of(5, Unit.WEIGHT_KG)))
                .isInstanceOf(IncompatibleUnitsException.class)
                .hasMessageContaining("WEIGHT_KG")
                .hasMessageContaining("DOSE_MG_PER_DAY");
    }
}
