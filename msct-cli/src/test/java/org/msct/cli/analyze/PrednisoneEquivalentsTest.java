package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.msct.derivations.input.Observation;
import org.msct.trial.bundle.BundleReader;
import org.msct.trial.model.ConMed;
import org.msct.trial.model.IsoDate;

/**
 * Prednisone-equivalent doses from CM. Factors (Liu 2013, Table 1): prednisolone 1, methylprednisolone 5/4 = 1.25,
 * dexamethasone 5/0.75.
 */
class PrednisoneEquivalentsTest {
    static final PrednisoneEquivalents PE = PrednisoneEquivalents.load();

    static ConMed cm(String decod, double dose, String unit, String frq, String start, @Nullable String end) {
        return new ConMed(
                "S1",
                1,
                decod,
                decod,
                ConMed.GLUCOCORTICOID,
                null,
                dose,
                unit,
                frq,
                "ORAL",
                IsoDate.parse(start),
                end == null ? null : IsoDate.parse(end),
                end == null ? "ONGOING" : null,
                0);
    }

    @Test
    void daily_doses_sum_the_courses_covering_the_date() {
        // methylprednisolone 4 mg BID = 8 mg/day x 1.25 = 10 mg prednisone; prednisolone 2.5 mg QD = 2.5;
        // dexamethasone 0.75 mg QD = 5; hydroxychloroquine is not a steroid
        var courses = PE.courses(List.of(
                cm("METHYLPREDNISOLONE", 4, "mg", "BID", "2024-01-01", "2024-01-31"),
                cm("PREDNISOLONE", 2.5, "mg", "QD", "2024-01-15", null),
                cm("DEXAMETHASONE", 0.75, "mg", "QD", "2024-03-01", "2024-03-01"),
                cm("HYDROXYCHLOROQUINE", 200, "mg", "BID", "2024-01-01", null)));
        assertThat(courses).hasSize(3);
        assertThat(PrednisoneEquivalents.doseOn(courses, LocalDate.of(2024, 1, 10)))
                .isCloseTo(10, within(1e-9));
        assertThat(PrednisoneEquivalents.doseOn(courses, LocalDate.of(2024, 1, 31)))
                .isCloseTo(12.5, within(1e-9));
        assertThat(PrednisoneEquivalents.doseOn(courses, LocalDate.of(2024, 2, 1)))
                .isCloseTo(2.5, within(1e-9));
        assertThat(PrednisoneEquivalents.doseOn(courses, LocalDate.of(2024, 3, 1)))
                .isCloseTo(2.5 + 0.75 * 5 / 0.75, within(1e-3));
        assertThat(PrednisoneEquivalents.doseOn(courses, LocalDate.of(2023, 12, 31)))
                .isZero();
    }

    @Test
    void example_bundle_prednisone_is_mapped_to_pred_on_assessment_dates() {
        // cm.csv, MSCT-UC-EX-01-00001: prednisone 30 mg QD 2012-07-08..2013-09-27, 20 mg QD 2013-09-28..2013-12-26,
        // 10 mg QD from 2013-12-27 (ongoing); QS dates 2013-06-29, 2013-09-27, 2013-12-14, 2014-04-03
        var data = Objects.requireNonNull(
                BundleReader.read(Path.of("../examples/bundle")).data());
        var m = BundleMapper.map(data);
        var pred = m.observations().stream()
                .filter(o ->
                        o.usubjid().equals("MSCT-UC-EX-01-00001") && o.paramcd().equals("PRED"))
                .toList();
        assertThat(at(pred, "2013-06-29")).isEqualTo(30.0);
        assertThat(at(pred, "2013-09-27")).isEqualTo(30.0);
        assertThat(at(pred, "2013-12-14")).isEqualTo(20.0);
        assertThat(at(pred, "2014-04-03")).isEqualTo(10.0);
        assertThat(m.domains()).contains("CM", "AE", "LB", "QS");
    }

    private static double at(List<Observation> pred, String date) {
        return pred.stream()
                .filter(o -> o.date().equals(LocalDate.parse(date)))
                .findFirst()
                .orElseThrow()
                .value()
                .orElseThrow();
    }
}
