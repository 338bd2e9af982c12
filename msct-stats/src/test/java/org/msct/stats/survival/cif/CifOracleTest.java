package org.msct.stats.survival.cif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteReader;
import org.msct.testkit.OracleCompare;
import org.msct.testkit.Oracles;

/**
 * The cif cases of shared/oracles/cases/manifest.tsv and extra cases produced by the same oracle script (files next
 * to this class in test resources), every member compared at relative 1e-9 (absolute 1e-12 at 0).
 */
class CifOracleTest {

    static List<String> compare(Path expectedJson, JsonObject actual) {
        JsonNode expected = OracleCompare.readTree(expectedJson).get("results");
        return new OracleCompare(path -> 1e-9, path -> false)
                .compare(expected, OracleCompare.readTree(actual.toJson()));
    }

    static Path resource(String name) {
        try {
            return Path.of(CifOracleTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cif01_pbc_transplant_vs_death_matches_survfit_and_cuminc() {
        var d = TteReader.read(Oracles.caseFile("pbc_cr.tte.csv"), 99, null, List.of());
        JsonObject r = CifReport.results(d, Map.of(1, "transplant", 2, "death"), new double[] {1826, 3652});
        assertThat(compare(Oracles.caseFile("pbc_cr_cif.expected.json"), r)).isEmpty();
    }

    @Test
    void cif02_bmt_relapse_vs_trm_three_arms_matches_survfit_cuminc_and_gray_test() {
        var d = TteReader.read(Oracles.caseFile("bmt_cr.tte.csv"), 99, null, List.of());
        JsonObject r = CifReport.results(d, Map.of(1, "relapse", 2, "trm"), new double[] {365, 730});
        assertThat(compare(Oracles.caseFile("bmt_cr_cif.expected.json"), r)).isEmpty();
    }

    /**
     * Generated with {@code Rscript shared/oracles/cif.R --input <case>.tte.csv --times <times> [--cause-labels ..]
     * --out <case>.expected.json} (R 4.2.2, survival 3.5-3, cmprsk 2.2-11). edge: an event at time 0 and a landmark
     * at 0, a one-subject arm, an arm without cause 1, CIFs of 1 with SE 0 (limits 1) and of 0 (limits NA);
     * nearties: times 1e-10 and 3e-9 apart merged by survfit's timefix but not by cuminc, one cause reaching a CIF of
     * 1 whose R SE is rounding noise (~3e-17); fourarms: four arms of 1-4 subjects (Gray df 3); heavyties: rounded
     * times, three causes; gapcodes: codes 2 and 3 only; massiveties: 1000 subjects on 6 distinct times, 3 causes.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "edge; 3,0,10; 1=x",
                "nearties; 0,3,10.5,1000; ",
                "fourarms; 0,3,10.5,1000; 2=second",
                "heavyties; 0,3,10.5,1000; 2=second",
                "gapcodes; 2.5; 3=third",
                "massiveties; 0,3,10.5,1000; 1=a,2=b,3=c"
            })
    void cif03_generated_edge_cases_match_the_oracle(String name, String times, String labels) {
        var d = TteReader.read(resource(name + ".tte.csv"), 99, null, List.of());
        Map<Integer, String> lab = new java.util.HashMap<>();
        if (labels != null) {
            for (String kv : labels.split(",")) {
                String[] p = kv.split("=");
                lab.put(Integer.parseInt(p[0]), p[1]);
            }
        }
        double[] t = java.util.Arrays.stream(times.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
        assertThat(compare(resource(name + ".expected.json"), CifReport.results(d, lab, t)))
                .isEmpty();
    }
}
