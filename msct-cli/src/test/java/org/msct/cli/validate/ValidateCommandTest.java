package org.msct.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.cli.conventions.Cli;

/** {@code msct validate}: the example bundle, a failing fixture per severity, the formats and exit codes 0 / 2 / 3. */
class ValidateCommandTest {
    static final String FIXTURES = "../msct-trial/src/test/resources/trial/validate/fixtures/";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine(new ValidateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void c01_example_bundle_is_valid_exit_0() {
        Run r = run("../examples/bundle");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out())
                .contains("0 errors")
                .contains("VALID")
                .contains("rows/s")
                .contains("DM 6");
        assertThat(r.err()).contains("reading").contains("lb.csv: 480 rows").contains("qs.csv: 1400 rows");
    }

    @Test
    void c02_error_fixture_exits_3_naming_file_row_variable_value_rule() {
        Run r = run(FIXTURES + "lb-stresn-inconsistent");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out())
                .contains("ERROR lb.csv:4 LBSTRESN=260 [VAL-LB-003]")
                .contains("1 errors")
                .contains("nothing imported");
    }

    @Test
    void c03_warnings_only_exit_0() {
        Run r = run(FIXTURES + "visit-outside-window");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("WARNING sv.csv:2 SVSTDTC=2013-07-12 [VAL-SV-001]")
                .contains("1 warnings");
    }

    @Test
    void c04_json_format_lists_findings() {
        Run r = run(FIXTURES + "lot-not-released", "--format", "json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out())
                .contains("\"rule\": \"VAL-EX-002\"")
                .contains("\"errors\": 2")
                .contains("\"valid\": false");
    }

    @Test
    void c05_max_findings_truncates_the_list_not_the_counts() {
        Run r = run(FIXTURES + "lot-not-released", "--max-findings", "1");
        assertThat(r.out()).contains("... 1 more findings").contains("2 errors");
    }

    @Test
    void c06_structural_errors_exit_3() {
        Run r = run(FIXTURES + "duplicate-usubjid");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out()).contains("ERROR dm.csv:2 USUBJID=MSCT-UC-EX-01-00001 [BUNDLE-USUBJID-DUPLICATE]");
    }

    @Test
    void c07_usage_errors_exit_2(@TempDir Path dir) {
        assertThat(run(dir.resolve("nope").toString()).code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("../examples/bundle", "--format", "xml").code()).isEqualTo(2);
        assertThat(run("../examples/bundle", "--max-findings", "-1").code()).isEqualTo(2);
    }

    @Test
    void c08_generated_synthetic_bundle_validates(@TempDir Path dir) {
        Path b = dir.resolve("syn");
        assertThat(run("--generate-synthetic", b.toString(), "--subjects", "3", "--visits", "4")
                        .code())
                .isZero();
        Run r = run(b.toString());
        assertThat(r.code()).as(r.out()).isZero();
    }

    @Test
    void c09_rules_lists_every_rule() {
        Run r = run("--rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("VAL-DT-001").contains("VAL-AE-002");
    }
}
