package org.msct.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.cli.conventions.Cli;
import org.msct.testkit.OracleCompare;

/** {@code msct screen}: the example subjects, the output formats and the exit codes 0 / 2 / 3. */
class ScreenCommandTest {
    static final String EXAMPLES = "../examples/screen/";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() {
            return OracleCompare.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine(new ScreenCommand(CLOCK));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    static void assertRefused(Run r, int code, String... fragments) {
        assertThat(r.code()).as("exit code; stderr=%s", r.err()).isEqualTo(code);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String f : fragments) assertThat(r.err()).contains(f);
    }

    @Test
    void sc01_exit_0_whatever_the_decision() {
        for (String[] c :
                new String[][] {{"eligible", "ELIGIBLE"}, {"not-eligible", "NOT_ELIGIBLE"}, {"incomplete", "INCOMPLETE"}
                }) {
            Run r = run(EXAMPLES + c[0] + ".json");
            assertThat(r.code()).as("%s: %s", c[0], r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.json().get("decision").asText()).isEqualTo(c[1]);
            assertThat(r.json().at("/protocol/id").asText()).isEqualTo("wang-2014");
            assertThat(r.json().get("on").asText()).isEqualTo("2024-03-01"); // the file's screening_date
        }
    }

    @Test
    void sc02_json_lists_every_criterion_with_status_rule_and_value() {
        JsonNode j = run(EXAMPLES + "not-eligible.json").json();
        JsonNode incl02 = j.get("criteria").get(1);
        assertThat(incl02.get("code").asText()).isEqualTo("INCL02");
        assertThat(incl02.get("status").asText()).isEqualTo("NOT_MET");
        assertThat(incl02.get("outcome").asText()).isEqualTo("FAILS");
        assertThat(incl02.get("rule").asText()).isEqualTo("SLEDAI-2K > 6");
        assertThat(incl02.get("value").asText()).isEqualTo("5 (as recorded)");
        assertThat(incl02.get("option").asText()).isEqualTo("sledaiThreshold=ABSTRACT_GT6");
        assertThat(j.at("/counts/not_met").asInt()).isEqualTo(3); // INCL02 and the exclusions 02, 03 that do not apply
    }

    @Test
    void sc03_text_format_is_a_table() {
        Run r = run(EXAMPLES + "incomplete.json", "--format", "text");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("Subject SCR-003  protocol wang-2014 v1.0.0  on 2024-03-01")
                .contains("CODE     CATEGORY  STATUS       OUTCOME  CRITERION")
                .contains("EXCL02   EXCLUSION MISSING_DATA UNKNOWN")
                .contains("Decision: INCOMPLETE");
    }

    @Test
    void sc04_options_protocol_and_date_from_the_command_line() {
        // registry threshold and LN requirement: the eligible example still qualifies (SLEDAI 14 >= 8; 2.1 g >= 1 g)
        Run r = run(
                EXAMPLES + "eligible.json",
                "--option",
                "sledaiThreshold=REGISTRY_GE8",
                "--option",
                "lupusNephritis=REGISTRY_REQUIRED",
                "--on",
                "2024-05-12");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().at("/options/sledaiThreshold").asText()).isEqualTo("REGISTRY_GE8");
        assertThat(r.json().get("criteria").get(3).get("code").asText()).isEqualTo("INCL04");
        assertThat(r.json().get("criteria").get(2).get("value").asText()).isEqualTo("30 years (born 1994-05-12)");
        // the same subject against wang-2018: no BILAG needed since SLEDAI 14 >= 8; classification by ACR 1997
        Run w = run(EXAMPLES + "eligible.json", "--protocol", "wang-2018");
        assertThat(w.json().at("/protocol/id").asText()).isEqualTo("wang-2018");
        assertThat(w.json().get("decision").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void sc05_today_comes_from_the_clock_when_no_date_is_given() throws IOException {
        Path f = write(
                "s.json",
                "{\"subject_id\": \"X\", \"protocol\": \"wang-2018\", \"demographics\": {\"birth_date\": \"2007-06-15\"}}");
        Run r = run(f.toString(), "--option", "ageLimit=ADULTS_18");
        assertThat(r.json().get("on").asText()).isEqualTo("2025-06-15");
        assertThat(r.json().get("decision").asText()).isEqualTo("INCOMPLETE");
        assertThat(r.out()).contains("18 years (born 2007-06-15)");
    }

    @Test
    void sc06_invalid_subject_data_exit_3_naming_field_value_and_allowed() throws IOException {
        Path f = write(
                "bad.json",
                "{\"subject_id\": \"X\", \"protocol\": \"wang-2014\","
                        + " \"renal\": {\"protein_24h\": {\"value\": 2, \"unit\": \"g/day\"}}}");
        assertRefused(run(f.toString()), 3, "bad.json", "renal.protein_24h.unit", "'g/day'", "allowed: g/24h, mg/24h");
        Path p = write("unknown-protocol.json", "{\"subject_id\": \"X\", \"protocol\": \"wang-2015\"}");
        assertRefused(
                run(p.toString()),
                3,
                "field 'protocol'",
                "wang-2015",
                "allowed: liang-2010, gu-2014, wang-2014, wang-2018");
        Path j = write("broken.json", "{\"subject_id\": ");
        assertRefused(run(j.toString()), 3, "not valid JSON");
    }

    @Test
    void sc07_invalid_protocol_file_exit_3_and_a_valid_one_is_used() throws IOException {
        String wang;
        try (InputStream in = ScreenCommandTest.class.getResourceAsStream("/trial/protocols/wang-2014.v1.json")) {
            wang = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path ok = write("wang-2014.v1.json", wang);
        Run r = run(EXAMPLES + "eligible.json", "--protocol", ok.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path sub = Files.createDirectory(dir.resolve("bad"));
        Path bad = sub.resolve("wang-2014.v1.json");
        Files.writeString(bad, wang.replaceFirst("\"code\": \"INCL01\"", "\"code\": \"INCLUSION01\""));
        assertRefused(
                run(EXAMPLES + "eligible.json", "--protocol", bad.toString()),
                3,
                "eligibility.criteria[0].code",
                "INCLUSION01",
                "IETESTCD",
                "[PRT-010]");
    }

    @Test
    void sc08_usage_errors_exit_2() throws IOException {
        assertRefused(run("no-such-file.json"), 2, "not found: no-such-file.json");
        assertRefused(
                run(EXAMPLES + "eligible.json", "--protocol", "wang-2015"),
                2,
                "unknown protocol 'wang-2015'",
                "shipped:");
        assertRefused(run(EXAMPLES + "eligible.json", "--on", "01/03/2024"), 2, "--on", "YYYY-MM-DD");
        assertRefused(
                run(EXAMPLES + "eligible.json", "--option", "sledaiThreshold=GE8"),
                2,
                "no choice 'GE8'",
                "ABSTRACT_GT6, REGISTRY_GE8");
        assertRefused(run(EXAMPLES + "eligible.json", "--option", "threshold=X"), 2, "no option 'threshold'");
        assertRefused(run(EXAMPLES + "eligible.json", "--format", "xml"), 2, "--format");
        assertRefused(run(), 2, "SUBJECT-DATA");
        Path f = write("s.json", "{\"subject_id\": \"X\"}");
        assertRefused(run(f.toString()), 2, "no protocol: give --protocol ID");
        assertRefused(
                run(
                        EXAMPLES + "eligible.json",
                        "--protocol",
                        dir.resolve("missing.v1.json").toString()),
                2,
                "file not found");
    }
}
