package org.msct.trial.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.msct.trial.finding.Finding;
import org.msct.trial.protocol.ProtocolLoader;

/** Cells to release = weight (kg) × cells/kg, hand-computed; unit and range refusals; the infused-dose tolerance. */
class MscDosingTest {

    static DoseCalculation.Computed computed(double kg, double dose, String unit) {
        DoseCalculation c = MscDosing.cellsToRelease(kg, "kg", dose, unit);
        assertThat(c).as("%s", c).isInstanceOf(DoseCalculation.Computed.class);
        return (DoseCalculation.Computed) c;
    }

    static Finding rejected(double weight, String wUnit, double dose, String dUnit) {
        DoseCalculation c = MscDosing.cellsToRelease(weight, wUnit, dose, dUnit);
        assertThat(c).isInstanceOf(DoseCalculation.Rejected.class);
        assertThat(((DoseCalculation.Rejected) c).findings()).hasSize(1);
        return ((DoseCalculation.Rejected) c).findings().get(0);
    }

    @Test
    void md01_sixty_kg_at_one_million_per_kg_is_sixty_million_cells() {
        // 60 kg x 1e6 cells/kg = 6.0e7 cells = 60.00 x 10^6: already a multiple of 1e4
        DoseCalculation.Computed c = computed(60, 1, "10^6/kg");
        assertThat(c.cellsPerKg()).isEqualTo(1e6);
        assertThat(c.exactCells()).isEqualTo(6.0e7);
        assertThat(c.cellsToRelease()).isEqualTo(60_000_000L);
        assertThat(c.cellsToRelease1e6()).isEqualTo(60.0);
    }

    @Test
    void md02_release_is_rounded_up_to_the_next_ten_thousand_cells() {
        // 48.456 kg x 1e6 = 48 456 000 cells; / 1e4 = 4845.6 -> up to 4846 -> 48 460 000 (48.46 x 10^6)
        DoseCalculation.Computed c = computed(48.456, 1, "10^6/kg");
        assertThat(c.exactCells()).isEqualTo(48_456_000.0);
        assertThat(c.cellsToRelease()).isEqualTo(48_460_000L);
        // 55.3 kg x 1e6 = 55 300 000 exactly in decimal (no binary rounding pushes it to 55 310 000)
        assertThat(computed(55.3, 1, "10^6/kg").cellsToRelease()).isEqualTo(55_300_000L);
        // 62.37 kg x 2e6 cells/kg = 124 740 000
        assertThat(computed(62.37, 2_000_000, "cells/kg").cellsToRelease()).isEqualTo(124_740_000L);
    }

    @Test
    void md03_the_three_dose_spellings_agree() {
        assertThat(computed(70, 1, "10^6/kg").cellsToRelease())
                .isEqualTo(computed(70, 1, "10^6 cells/kg").cellsToRelease())
                .isEqualTo(computed(70, 1e6, "cells/kg").cellsToRelease())
                .isEqualTo(70_000_000L);
    }

    @Test
    void md04_weight_in_grams_or_pounds_is_refused() {
        Finding g = rejected(60000, "g", 1, "10^6/kg");
        assertThat(g.ruleId()).isEqualTo("DOSE-UNIT");
        assertThat(g.value()).isEqualTo("g");
        assertThat(g.message()).contains("grams").contains("kg");
        assertThat(rejected(132, "lb", 1, "10^6/kg").message()).contains("allowed: kg");
    }

    @Test
    void md05_dose_unit_and_range_checks() {
        assertThat(rejected(60, "kg", 1, "cells").message()).contains("allowed: cells/kg, 10^6/kg, 10^6 cells/kg");
        assertThat(rejected(60, "kg", 1e9, "cells/kg").ruleId()).isEqualTo("DOSE-RANGE");
        assertThat(rejected(60, "kg", 9_999, "cells/kg").ruleId()).isEqualTo("DOSE-RANGE");
        assertThat(rejected(60, "kg", 101, "10^6/kg").message()).contains("101000000 cells/kg is outside 1e4 to 1e8");
        computed(60, 1e4, "cells/kg"); // bounds are inclusive
        computed(60, 100, "10^6/kg");
    }

    @Test
    void md06_weight_range_is_2_to_300_kg_inclusive() {
        assertThat(rejected(1.9, "kg", 1, "10^6/kg").ruleId()).isEqualTo("DOSE-RANGE");
        assertThat(rejected(300.1, "kg", 1, "10^6/kg").message()).contains("2 to 300 kg");
        assertThat(computed(2, 1, "10^6/kg").cellsToRelease()).isEqualTo(2_000_000L);
        assertThat(computed(300, 1, "10^6/kg").cellsToRelease()).isEqualTo(300_000_000L);
    }

    @Test
    void md07_protocol_dose_is_one_million_per_kg() {
        var dose = ProtocolLoader.require("wang-2014").regimen().dose();
        DoseCalculation c = MscDosing.cellsToRelease(55, "kg", dose);
        assertThat(((DoseCalculation.Computed) c).cellsToRelease()).isEqualTo(55_000_000L);
        assertThat(dose.tolerancePercent()).isEqualTo(10.0);
    }

    @Test
    void md08_infused_dose_within_the_default_10_percent_but_not_within_5() {
        DoseCalculation.Computed rx = computed(60, 1, "10^6/kg"); // 60e6 prescribed
        // 55e6 given: (55 - 60) / 60 = -8.333 %
        InfusedDose ok = MscDosing.checkInfused(rx, 55e6, 10);
        assertThat(ok.deviationPercent()).isCloseTo(-8.3333333, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ok.givenCellsPerKg()).isCloseTo(916_666.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ok.withinTolerance()).isTrue();
        assertThat(ok.findings()).isEmpty();
        InfusedDose tight = MscDosing.checkInfused(rx, 55e6, 5);
        assertThat(tight.withinTolerance()).isFalse();
        assertThat(tight.findings()).singleElement().extracting(Finding::ruleId).isEqualTo("DOSE-TOLERANCE");
        assertThat(tight.findings().get(0).message()).contains("-8.33 %").contains("+/-5 %");
    }

    @Test
    void md09_tolerance_bound_is_inclusive_and_invalid_inputs_are_refused() {
        DoseCalculation.Computed rx = computed(60, 1, "10^6/kg");
        assertThat(MscDosing.checkInfused(rx, 66e6, 10).withinTolerance()).isTrue(); // +10 % exactly
        assertThat(MscDosing.checkInfused(rx, 54e6, 10).withinTolerance()).isTrue(); // -10 % exactly
        assertThat(MscDosing.checkInfused(rx, 66.1e6, 10).withinTolerance()).isFalse();
        assertThat(MscDosing.checkInfused(rx, 0, 10).findings())
                .extracting(Finding::ruleId)
                .containsExactly("DOSE-RANGE");
        assertThatThrownBy(() -> MscDosing.checkInfused(rx, 60e6, 0)).hasMessageContaining("tolerancePercent");
    }
}
