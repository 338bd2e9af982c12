package org.msct.stats.survival.km;

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

/** Every km line of shared/oracles/cases/manifest.tsv against R's survfit output (relative 1e-9). */
class KmOracleTest {

    @TestFactory
    Stream<DynamicTest> km01_every_manifest_case_matches_survfit() throws IOException {
        Path cases = Oracles.cases();
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(cases.resolve("manifest.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f.length < 3 || !f[1].equals("km")) continue;
            tests.add(DynamicTest.dynamicTest(f[0], () -> run(cases, f[0], f[2], f.length > 3 ? f[3] : "")));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    private static void run(Path cases, String name, String input, String args) {
        List<String> a = Arrays.asList(args.trim().split("\\s+"));
        double[] times = null;
        Double tau = null;
        for (int i = 0; i + 1 < a.size(); i++) {
            if (a.get(i).equals("--times")) {
                times = Arrays.stream(a.get(i + 1).split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
            }
            if (a.get(i).equals("--tau")) tau = Double.parseDouble(a.get(i + 1));
        }
        TteData d = TteReader.read(cases.resolve(input), 1, null, List.of());
        JsonNode actual =
                OracleCompare.readTree(KmReport.results(d, times, tau, true).toJson());
        JsonNode expected =
                OracleCompare.readTree(cases.resolve(name + ".expected.json")).get("results");
        List<String> diffs = new OracleCompare(p -> 1e-9, p -> false).compare(expected, actual);
        assertThat(diffs).as(name).isEmpty();
        // without the table the quantile searches evaluate the limits lazily: same numbers
        JsonNode noTable =
                OracleCompare.readTree(KmReport.results(d, times, tau, false).toJson());
        assertThat(noTable.get("pooled").has("table")).isFalse();
        assertThat(new OracleCompare(p -> 1e-9, p -> p.endsWith(".table")).compare(expected, noTable))
                .as(name + " --no-table")
                .isEmpty();
    }
}
