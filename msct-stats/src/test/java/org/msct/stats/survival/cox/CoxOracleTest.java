package org.msct.stats.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.data.TteReader;
import org.msct.testkit.OracleCompare;
import org.msct.testkit.Oracles;

/** The Cox oracle cases of shared/oracles/cases/manifest.tsv against R's coxph (survival 3.5-3) at relative 1e-6. */
class CoxOracleTest {

    /** Reads a manifest case the way cox.R does and fits every tie method. */
    static JsonObject run(String input, String args) {
        List<String> a = Arrays.asList(args.trim().split("\\s+"));
        String ref = null;
        List<String> covs = List.of();
        boolean cluster = false;
        boolean noArm = false;
        for (int i = 0; i < a.size(); i++) {
            switch (a.get(i)) {
                case "--ref-arm" -> ref = a.get(++i);
                case "--covariates" -> covs = List.of(a.get(++i).split(","));
                case "--cluster" -> cluster = true;
                case "--no-arm" -> noArm = true;
                default -> {}
            }
        }
        TteData d = TteReader.read(Oracles.caseFile(input), 1, null, covs);
        return CoxReport.results(
                d,
                new CoxOptions(
                        ref,
                        covs,
                        cluster,
                        noArm,
                        List.of(CoxOptions.Ties.EFRON, CoxOptions.Ties.BRESLOW, CoxOptions.Ties.EXACT)));
    }

    static List<String> compare(String name, JsonObject actual) {
        JsonNode expected = OracleCompare.readTree(Oracles.caseFile(name + ".expected.json"))
                .get("results");
        // concordance_se: cox.R reads a member survival 3.5-3 does not have, so R wrote null (see CoxEdgeTest)
        return new OracleCompare(path -> 1e-6, path -> path.endsWith("concordance_se"))
                .compare(expected, OracleCompare.readTree(actual.toJson()));
    }

    static String manifestArgs(String name) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(Oracles.caseFile("manifest.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f[0].equals(name)) return f[1] + "\t" + f[2] + "\t" + (f.length > 3 ? f[3] : "");
        }
        throw new IllegalArgumentException(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aml_cox", "pbc_death_cox", "lung_cox", "bmt_dfs_cox"})
    void cox01_every_member_matches_coxph_including_exact_ties(String name) throws Exception {
        String[] f = manifestArgs(name).split("\t", -1);
        assertThat(f[0]).isEqualTo("cox");
        List<String> mismatches = new ArrayList<>(compare(name, run(f[1], f[2])));
        assertThat(mismatches).isEmpty();
    }
}
