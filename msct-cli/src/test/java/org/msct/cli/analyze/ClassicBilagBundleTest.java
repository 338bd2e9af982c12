package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.trial.bundle.BundleReader;

/**
 * examples/bundle with classic BILAG system grades added to qs.csv (QSCAT BILAG, QSSCAT the system name) on every
 * date that has BILAG-2004 grades; {@code --protocol wang-2014} then evaluates ART-MCR-1 / ART-PCR-1 / ART-REL-1.
 *
 * <p>Grades (systems GEN MUC NEU MSK CAR VAS REN HAE): every subject {@code CBEBEEAC} (total 17) on every date, except
 * MSCT-UC-EX-01-00001 (day 0 = 2013-06-29): 2013-08-01 (day 33, month 1) {@code CBECEEBC} NR (two B); 2013-09-27
 * (day 90, month 3) {@code CCECEEBC} PCR (one B, renal, A at baseline; total 7 &lt; 17) = the response visit;
 * 2013-12-14 (day 168, month 6) {@code CCECEECC} MCR; 2014-04-03 (day 278, month 9) {@code CCEAEECC}: MSK A is new
 * against the response visit → relapse at month 9; 2014-06-30 (day 366, month 12) {@code CCECEECC}.
 *
 * <p>By hand: best MCR 1/6, PCR 0/6 (00001's best is MCR), relapse among the 1 responder: month 9 1/1, month 12 0/1.
 */
class ClassicBilagBundleTest {
    static final List<String> SYSTEMS = List.of(
            "GENERAL",
            "MUCOCUTANEOUS",
            "NEUROLOGICAL",
            "MUSCULOSKELETAL",
            "CARDIORESPIRATORY",
            "VASCULITIS",
            "RENAL",
            "HAEMATOLOGICAL");
    static final Map<String, String> P1 = Map.of(
            "2013-08-01", "CBECEEBC",
            "2013-09-27", "CCECEEBC",
            "2013-12-14", "CCECEECC",
            "2014-04-03", "CCEAEECC",
            "2014-06-30", "CCECEECC");

    @TempDir
    static Path tmp;

    static Path bundle;
    static JsonNode eps;

    @BeforeAll
    static void build() throws IOException {
        bundle = tmp.resolve("bundle");
        Files.createDirectories(bundle);
        try (Stream<Path> files = Files.list(Path.of("../examples/bundle"))) {
            for (Path f : files.toList()) Files.copy(f, bundle.resolve(f.getFileName()));
        }
        Path qs = bundle.resolve("qs.csv");
        List<String> lines = Files.readAllLines(qs, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int usub = header.indexOf("USUBJID");
        int seq = header.indexOf("QSSEQ");
        int testcd = header.indexOf("QSTESTCD");
        int dtc = header.indexOf("QSDTC");
        Map<String, Integer> maxSeq = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            maxSeq.merge(c[usub], Integer.parseInt(c[seq]), Math::max);
        }
        List<String> added = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            if (!c[testcd].equals("BLG1S01")) continue;
            String grades = c[usub].endsWith("01-00001") ? P1.getOrDefault(c[dtc], "CBEBEEAC") : "CBEBEEAC";
            for (int k = 0; k < 8; k++) {
                String[] n = c.clone();
                n[seq] = String.valueOf(maxSeq.merge(c[usub], 1, Integer::sum));
                n[testcd] = "BLGCS0" + (k + 1);
                n[header.indexOf("QSTEST")] = "BILAG Classic " + SYSTEMS.get(k) + " Grade";
                n[header.indexOf("QSCAT")] = "BILAG";
                n[header.indexOf("QSSCAT")] = SYSTEMS.get(k);
                n[header.indexOf("QSORRES")] = String.valueOf(grades.charAt(k));
                n[header.indexOf("QSSTRESC")] = String.valueOf(grades.charAt(k));
                added.add(String.join(",", n));
            }
        }
        Files.write(qs, added, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path out = tmp.resolve("out");
        var run = AnalyzeRunner.run(bundle.toString(), "--protocol", "wang-2014", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        eps = new ObjectMapper().readTree(out.resolve("results.json").toFile()).at("/protocol_endpoints/endpoints");
    }

    @Test
    void classic_grades_replace_bilag_2004_grades_on_their_dates() {
        var m = BundleMapper.map(
                Objects.requireNonNull(BundleReader.read(bundle).data()));
        // 40 BLG1S01 records in qs.csv → 40 dates with classic grades, 40 BLGGEN and 40 BLGVAS observations
        assertThat(m.observations().stream().filter(o -> o.paramcd().equals("BLGGEN")))
                .hasSize(40);
        assertThat(m.observations().stream().filter(o -> o.paramcd().equals("BLGVAS")))
                .hasSize(40);
        // the BILAG-2004-only domains are dropped on those dates (the shared ones hold the classic grades)
        assertThat(m.observations().stream().filter(o -> o.paramcd().equals("BLGCON")))
                .isEmpty();
    }

    @Test
    void art_2014_endpoints_are_computed_from_the_classic_grades() {
        JsonNode mcr = find("MCR");
        assertThat(mcr.get("status").asText()).isEqualTo("computed");
        assertThat(mcr.at("/values/0/numerator").asInt()).isEqualTo(1);
        assertThat(mcr.at("/values/0/denominator").asInt()).isEqualTo(6);
        assertThat(find("PCR").at("/values/0/numerator").asInt()).isZero();
        JsonNode rel = find("RELAPSE").get("values");
        assertThat(List.of(
                        rel.get(0).get("numerator").asInt(),
                        rel.get(0).get("denominator").asInt(),
                        rel.get(1).get("numerator").asInt(),
                        rel.get(1).get("denominator").asInt()))
                .containsExactly(1, 1, 0, 1);
    }

    private static JsonNode find(String id) {
        for (JsonNode e : eps) if (e.get("id").asText().equals(id)) return e;
        throw new AssertionError("no endpoint " + id);
    }
}
