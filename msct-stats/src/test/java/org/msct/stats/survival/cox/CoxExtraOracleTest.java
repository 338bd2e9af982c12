package org.msct.stats.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.msct.core.json.JsonObject;
import org.msct.stats.data.TteData;
import org.msct.stats.data.TteReader;
import org.msct.testkit.OracleCompare;

/**
 * Cases beyond the shared manifest, made by make_cases.R in the test resources (real data of survival 3.5-3 run
 * through the project's cox.R): (start, stop] data (heart, cgd), --cluster with several rows per subject (cgd) and
 * one row per subject (lung), missing covariates, --no-arm, collinear covariates (NA coefficient) and times that
 * differ by less than R's timefix tolerance.
 * Exact ties on (start, stop] data are not implemented (R's agexact), so those members are skipped.
 */
class CoxExtraOracleTest {
    static Path dir() throws Exception {
        return Path.of(CoxExtraOracleTest.class.getResource("cases.tsv").toURI())
                .getParent();
    }

    static JsonObject run(Path csv, String args) {
        List<String> a = Arrays.asList(args.trim().split("\\s+"));
        String ref = null;
        List<String> covs = List.of();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals("--ref-arm")) ref = a.get(++i);
            else if (a.get(i).equals("--covariates")) covs = List.of(a.get(++i).split(","));
        }
        TteData d = TteReader.read(csv, 1, null, covs);
        return CoxReport.results(
                d,
                new CoxOptions(
                        ref,
                        covs,
                        a.contains("--cluster"),
                        a.contains("--no-arm"),
                        List.of(CoxOptions.Ties.EFRON, CoxOptions.Ties.BRESLOW, CoxOptions.Ties.EXACT)));
    }

    @TestFactory
    Stream<DynamicTest> cox02_extra_cases_match_coxph() throws Exception {
        Path dir = dir();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("cases.tsv"))) {
            String[] f = line.split("\t", -1);
            tests.add(DynamicTest.dynamicTest(f[0], () -> {
                JsonObject actual = run(dir.resolve(f[1]), f[2]);
                JsonNode expected = OracleCompare.readTree(dir.resolve(f[0] + ".expected.json"))
                        .get("results");
                boolean cp = ((String) actual.get("formula")).contains("tstart");
                List<String> mismatches = new OracleCompare(
                                path -> 1e-6,
                                path -> path.endsWith("concordance_se") || (cp && path.startsWith("exact")))
                        .compare(expected, OracleCompare.readTree(actual.toJson()));
                assertThat(mismatches).isEmpty();
            }));
        }
        assertThat(tests).hasSize(8);
        return tests.stream();
    }
}
