package org.msct.derivations.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.derivations.Fixtures;
import org.msct.derivations.adsl.Adsl;
import org.msct.derivations.course.Adrs;
import org.msct.derivations.renal.RenalResponseTest;
import org.msct.derivations.tte.TimeToEvent;
import org.msct.derivations.tte.TteDefinitions;

/** The whole chain on the renal cohort, written out: every dataset round-trips through CSV and Dataset-JSON. */
class ExportTest {
    @Test
    void x01_all_datasets_write_to_csv_dataset_json_and_define() throws Exception {
        Dataset adsl = Adsl.deriveAdsl(RenalResponseTest.SUBJECTS);
        Dataset adlb = Fixtures.bds(RenalResponseTest.SUBJECTS, RenalResponseTest.observations());
        Dataset adrs = Adrs.deriveAdrs(
                Fixtures.courses(RenalResponseTest.SUBJECTS, RenalResponseTest.observations(), RenalResponseTest.GU),
                RenalResponseTest.GU);
        Dataset adtte =
                TimeToEvent.deriveTte(adsl, Map.of("ADRS", adrs), TteDefinitions.standard("OS", "TTRR", "TTFLARE"));
        DatasetJsonWriter json = new DatasetJsonWriter(
                Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC), "MSCT01", "msct", "msct", "0.1.0");
        for (Dataset d : List.of(adsl, adlb, adrs, adtte)) {
            String csv = CsvWriter.write(d);
            assertThat(csv.lines().count()).as(d.name()).isEqualTo(d.rows().size() + 1);
            JsonNode n = new ObjectMapper().readTree(json.write(d));
            assertThat(n.get("records").asInt()).isEqualTo(d.rows().size());
            assertThat(n.get("columns").size()).isEqualTo(d.variables().size());
            n.get("rows")
                    .forEach(r -> assertThat(r.size()).isEqualTo(d.variables().size()));
        }
        String define = DefineTable.write(List.of(adsl, adlb, adrs, adtte));
        int variables = adsl.variables().size()
                + adlb.variables().size()
                + adrs.variables().size()
                + adtte.variables().size();
        assertThat(define.lines().count()).isEqualTo(variables + 1);
        assertThat(define).contains("ADTTE,CNSR,Censor,Num,integer,,,,0 = event;");
        // 8 subjects; OS for all 8, TTRR for all 8, TTFLARE for the 5 responders
        assertThat(adtte.rows()).hasSize(8 + 8 + 5);
    }
}
