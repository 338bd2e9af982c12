package org.msct.trial.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.trial.finding.Finding;
import org.msct.trial.model.TrialData;

class SyntheticBundleTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void s01_synthetic_bundle_is_valid_and_round_trips_through_csv_and_dataset_json() throws IOException {
        SyntheticBundle.write(tmp.resolve("syn"), 30, 9, 42L);
        ReadResult r = BundleReader.read(tmp.resolve("syn"));
        assertThat(r.findings()).filteredOn(Finding::isError).isEmpty();
        TrialData data = r.data();
        assertThat(data.subjects()).hasSize(30);
        BundleWriter w = new BundleWriter(CLOCK);
        w.writeCsv(data, tmp.resolve("csv"));
        ReadResult csv = BundleReader.read(tmp.resolve("csv"));
        assertThat(csv.findings()).isEmpty();
        w.writeDatasetJson(csv.data(), tmp.resolve("json"));
        ReadResult json = BundleReader.read(tmp.resolve("json"));
        assertThat(json.findings()).isEmpty();
        assertThat(json.data()).isEqualTo(csv.data());
    }

    @Test
    void s02_same_seed_gives_identical_files() throws IOException {
        SyntheticBundle.write(tmp.resolve("a"), 5, 7, 7L);
        SyntheticBundle.write(tmp.resolve("b"), 5, 7, 7L);
        for (String f : new String[] {"dm.csv", "lb.csv", "qs.csv", "study.json"}) {
            assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f)))
                    .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
        }
    }
}
