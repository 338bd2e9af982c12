package org.msct.cli.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.cli.Main;
import org.msct.testkit.OracleCompare;

/** {@code msct score} refuses what it cannot score with exit 3 and a message naming field, value and what is allowed. */
class ScoreBadInputTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run score(String json, String... extra) throws IOException {
        Path f = dir.resolve("in.json");
        Files.writeString(f, json);
        String[] args = new String[3 + extra.length];
        args[0] = "score";
        args[1] = "--input";
        args[2] = f.toString();
        System.arraycopy(extra, 0, args, 3, extra.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertRefused(Run r, String... fragments) {
        assertThat(r.code()).as("exit code; stderr=%s", r.err()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().count()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String f : fragments) assertThat(r.err()).contains(f);
    }

    @Test
    void sc01_platelets_of_50000_are_impossible() throws IOException {
        assertRefused(
                score("{\"current\": {\"labs\": {\"platelets_10e9_l\": 50000}}}"),
                "current.labs.platelets_10e9_l",
                "50000",
                "0 to 2000");
    }

    @Test
    void sc02_temperature_of_60_is_impossible() throws IOException {
        assertRefused(score("{\"current\": {\"labs\": {\"temperature_c\": 60}}}"), "temperature_c", "60", "25 to 45");
    }

    @Test
    void sc03_negative_lab_value() throws IOException {
        assertRefused(score("{\"current\": {\"labs\": {\"protein_24h_g\": -1}}}"), "protein_24h_g", "-1");
    }

    @Test
    void sc04_lab_without_unit_names_the_units_to_use() throws IOException {
        assertRefused(
                score("{\"current\": {\"labs\": {\"creatinine\": 1.2}}}"),
                "current.labs.creatinine",
                "unit missing",
                "creatinine_umol_l or creatinine_mg_dl");
    }

    @Test
    void sc05_unknown_sledai_descriptor() throws IOException {
        assertRefused(
                score("{\"current\": {\"sledai2k\": {\"present\": [\"ARTHRITIS\", \"HEADACHE\"]}}}"),
                "current.sledai2k",
                "HEADACHE");
    }

    @Test
    void sc06_unknown_bilag_item_number() throws IOException {
        assertRefused(score("{\"current\": {\"bilag2004\": {\"items\": {\"98\": 1}}}}"), "bilag2004", "98");
    }

    @Test
    void sc07_bilag_item_value_outside_its_scale() throws IOException {
        assertRefused(score("{\"current\": {\"bilag2004\": {\"items\": {\"41\": 7}}}}"), "41", "7");
    }

    @Test
    void sc08_pga_outside_0_to_3() throws IOException {
        assertRefused(score("{\"current\": {\"pga\": 4.5}}"), "current.pga", "4.5");
    }

    @Test
    void sc09_invalid_json_and_unknown_member() throws IOException {
        assertRefused(score("{\"current\": {"), "not valid JSON");
        assertRefused(score("{\"curent\": {}}"), "curent", "allowed");
    }

    @Test
    void sc10_batch_scores_the_good_lines_and_reports_the_bad_one_with_its_line_number() throws IOException {
        String good = "{\"current\": {\"sledai2k\": {\"present\": [\"ARTHRITIS\"]}}}";
        String bad = "{\"current\": {\"labs\": {\"temperature_c\": 60}}}";
        Run r = score(good + "\n" + bad + "\n\n" + good + "\n", "--batch");
        assertThat(r.code()).isEqualTo(3);
        var lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(OracleCompare.readTree(lines.get(0)).at("/sledai2k/score").asInt())
                .isEqualTo(4);
        assertThat(OracleCompare.readTree(lines.get(1)).get("line").asInt()).isEqualTo(2);
        assertThat(OracleCompare.readTree(lines.get(2)).at("/sledai2k/score").asInt())
                .isEqualTo(4);
        assertThat(r.err()).contains("line 2, field").contains("temperature_c").contains("1 of 3 lines");
    }
}
