package org.msct.stats.survival.logrank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.msct.stats.data.TteData;
import org.msct.stats.data.TteReader;
import org.msct.testkit.OracleCompare;
import org.msct.testkit.Oracles;

/** Every logrank line of shared/oracles/cases/manifest.tsv against R's survdiff output (relative 1e-9). */
class LogRankOracleTest {

    @TestFactory
    Stream<DynamicTest> lr01_every_manifest_case_matches_survdiff() throws IOException {
        Path cases = Oracles.cases();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(cases.resolve("manifest.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !f[1].equals("logrank")) continue;
            tests.add(DynamicTest.dynamicTest(f[0], () -> run(cases, f[0], f[2], f.length > 3 ? f[3] : "")));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
        return tests.stream();
    }

    private static void run(Path cases, String name, String input, String args) {
        List<String> a = Arrays.asList(args.trim().split("\\s+"));
        String strata = null;
        for (int i = 0; i + 1 < a.size(); i++) if (a.get(i).equals("--strata-col")) strata = a.get(i + 1);
        TteData d = TteReader.read(cases.resolve(input), 1, strata, List.of());
        JsonNode actual = OracleCompare.readTree(LogRankReport.results(d).toJson());
        JsonNode expected = Oracles.expectedResults(name); // stratified df corrected, see oracle-corrections
        List<String> diffs = new OracleCompare(p -> 1e-9, p -> false).compare(expected, actual);
        assertThat(diffs).as(name).isEmpty();
    }
}
