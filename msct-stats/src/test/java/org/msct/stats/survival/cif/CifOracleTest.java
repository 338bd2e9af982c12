package org.msct.stats.survival.cif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteReader;
import org.msct.testkit.OracleCompare;
import org.msct.testkit.Oracles;

/** The cif cases of shared/oracles/cases/manifest.tsv, every member compared at relative 1e-9. */
class CifOracleTest {

    static List<String> compare(String expectedJson, JsonObject actual) {
        JsonNode expected = OracleCompare.readTree(Oracles.caseFile(expectedJson)).get("results");
        return new OracleCompare(path -> 1e-9, path -> false).compare(expected, OracleCompare.readTree(actual.toJson()));
    }

    @Test
    void cif01_pbc_transplant_vs_death_matches_survfit_and_cuminc() {
        var d = TteReader.read(Oracles.caseFile("pbc_cr.tte.csv"), 99, null, List.of());
        JsonObject r = CifReport.results(d, Map.of(1, "transplant", 2, "death"), new double[] {1826, 3652});
        assertThat(compare("pbc_cr_cif.expected.json", r)).isEmpty();
    }

    @Test
    void cif02_bmt_relapse_vs_trm_three_arms_matches_survfit_cuminc_and_gray_test() {
        var d = TteReader.read(Oracles.caseFile("bmt_cr.tte.csv"), 99, null, List.of());
        JsonObject r = CifReport.results(d, Map.of(1, "relapse", 2, "trm"), new double[] {365, 730});
        assertThat(compare("bmt_cr_cif.expected.json", r)).isEmpty();
    }
}
