package org.msct.stats.paired;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.LongData;
import org.msct.stats.data.LongReader;
import org.msct.testkit.OracleCompare;
import org.msct.testkit.Oracles;

/** Every paired case of shared/oracles/cases/manifest.tsv against R (paired.R), relative 1e-9. */
class PairedOracleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "student_sleep_paired, student_sleep.long.csv, extra, 1, 2",
        "pbcseq_albumin_paired, pbcseq.long.csv, albumin, 0, 2",
        "pbcseq_bili_paired, pbcseq.long.csv, bili, 0, 2",
        "sleepstudy_paired, sleepstudy.long.csv, reaction, 0, 9"
    })
    void pr01_paired_oracle_case_matches_R(String name, String csv, String param, double va, double vb) {
        LongData d = LongReader.read(Oracles.caseFile(csv));
        JsonObject actual = PairedReport.results(d, param, param, va, vb);
        JsonNode expected = OracleCompare.readTree(Oracles.caseFile(name + ".expected.json"))
                .get("results");
        // r_asymptotic_* are R's uniroot iterates (accurate to ~1e-4 only) and not part of the contract
        List<String> diffs = new OracleCompare(p -> 1e-9, p -> p.contains("r_asymptotic"))
                .compare(expected, OracleCompare.readTree(actual.toJson()));
        assertThat(diffs).as(name).isEmpty();
    }
}
