package org.msct.stats.proportion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;
import org.msct.stats.data.LongReader;
import org.msct.testkit.OracleCompare;
import org.msct.testkit.Oracles;

/** Every binom and mcnemar case of shared/oracles/cases/manifest.tsv against R (binom.R, mcnemar.R), relative 1e-9. */
class ProportionOracleTest {

    private static void assertMatches(String name, JsonObject actual) {
        JsonNode expected = OracleCompare.readTree(Oracles.caseFile(name + ".expected.json"))
                .get("results");
        List<String> diffs =
                new OracleCompare(p -> 1e-9, p -> false).compare(expected, OracleCompare.readTree(actual.toJson()));
        assertThat(diffs).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "respiratory_binom, respiratory.long.csv, good_status, 4, placebo",
        "pbcseq_hepato_binom, pbcseq.long.csv, hepato, 2, placebo"
    })
    void bo01_binom_data_case_matches_R(String name, String csv, String param, double visit, String ref) {
        LongData d = LongReader.read(Oracles.caseFile(csv));
        assertMatches(name, BinomReport.fromData(d, param, visit, ref, 0.5));
    }

    @Test
    void bo02_binom_edge_counts_match_R() {
        int[] x = {0, 1, 5, 10, 0, 1, 3, 50, 99};
        int[] n = {10, 10, 10, 10, 1, 1, 200, 100, 100};
        assertMatches("binom_edge_counts", BinomReport.fromCounts(x, n, 0.5));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "respiratory_mcnemar, respiratory.long.csv, good_status, 0, 4",
        "pbcseq_hepato_mcnemar, pbcseq.long.csv, hepato, 0, 2"
    })
    void mo01_mcnemar_case_matches_R(String name, String csv, String param, double va, double vb) {
        LongData d = LongReader.read(Oracles.caseFile(csv));
        assertMatches(name, McNemarReport.results(d, param, param, va, vb));
    }
}
