package org.msct.trial.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.msct.trial.validate.ValidatorFixtureTest.fixture;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.trial.bundle.BundleReader;
import org.msct.trial.bundle.BundleWriter;
import org.msct.trial.finding.Finding;
import org.msct.trial.model.IsoDate;
import org.msct.trial.product.ReleaseOptions;

/** Options of the rules (dose tolerance, lab tolerance), Dataset-JSON file names and the study-day arithmetic. */
class ValidatorOptionsTest {
    static ValidationReport withDoseTolerance(String fixture, double tol) {
        var v = new Validator(Rules.standard(), new ValidationOptions(tol, ReleaseOptions.DEFAULT, 0.01));
        return v.validate(fixture(fixture));
    }

    @Test
    void o01_dose_tolerance_default_10_percent_flags_plus_19_66_percent_but_25_percent_does_not() {
        // 70,000,000 / (58.5 kg x 1e6/kg) - 1 = +19.66 %
        assertThat(withDoseTolerance("infusion-dose-off", 10).findings())
                .extracting(Finding::ruleId)
                .containsExactly("VAL-EX-001");
        assertThat(withDoseTolerance("infusion-dose-off", 25).findings()).isEmpty();
        // base: infusion 1 58,800,000 vs 58,500,000 = +0.51 %; infusion 2 57,100,000 = -2.39 %
        assertThat(withDoseTolerance("base", 3).findings()).isEmpty();
        assertThat(withDoseTolerance("base", 2).findings())
                .extracting(Finding::row)
                .containsExactly(2L);
    }

    @Test
    void o02_options_are_validated() {
        assertThatThrownBy(() -> new ValidationOptions(0, ReleaseOptions.DEFAULT, 0.01))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValidationOptions(10, ReleaseOptions.DEFAULT, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void o03_dataset_json_bundle_findings_name_the_json_files(@TempDir Path dir) throws Exception {
        var read = BundleReader.read(fixture("ae-end-before-start"));
        new BundleWriter(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC))
                .writeDatasetJson(read.data(), dir);
        ValidationReport r = Validator.standard().validate(dir);
        assertThat(r.findings())
                .extracting(Finding::file, Finding::row, Finding::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ae.json", 1L, "VAL-AE-001"));
    }

    @Test
    void o04_study_day_has_no_day_zero_and_is_null_for_partial_dates() {
        IsoDate rf = IsoDate.parse("2013-06-29");
        assertThat(ValidationContext.studyDay(IsoDate.parse("2013-06-29"), rf)).isEqualTo(1);
        assertThat(ValidationContext.studyDay(IsoDate.parse("2013-07-05"), rf)).isEqualTo(7);
        assertThat(ValidationContext.studyDay(IsoDate.parse("2013-06-28"), rf)).isEqualTo(-1);
        assertThat(ValidationContext.studyDay(IsoDate.parse("2013-07"), rf)).isNull();
    }

    @Test
    void o05_creatinine_mg_dl_converts_with_88_4() {
        var creat = LabCatalog.standard().test("CREAT").orElseThrow();
        // 0.95 mg/dL x 88.4 = 83.98 umol/L (units.v1.json factor)
        assertThat(creat.toStandard(0.95, "mg/dL").getAsDouble())
                .isCloseTo(83.98, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(creat.toStandard(1, "mg/L")).isEmpty();
        assertThat(LabCatalog.standard().contains("EGFR")).isFalse(); // cdisc-terms.md: never EGFR
    }
}
