package org.msct.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The help is the manual most users read: every command and option must be reachable and explained. */
class HelpTest {
    private static String help(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code)
                .as("exit code of %s; stderr %s", String.join(" ", args), err)
                .isZero();
        assertThat(err.toString()).isEmpty();
        return out.toString();
    }

    @Test
    void help01_top_level_lists_commands_and_exit_codes() {
        String h = help("--help");
        assertThat(h).contains("stats").contains("Exit codes").contains("3 invalid input data");
    }

    @Test
    void help01b_analyze_names_the_shipped_protocols() {
        // the protocol files under msct-trial resources/trial/protocols
        String h = help("analyze", "--help").replaceAll("\\s+", " ");
        assertThat(h).contains("shipped: gu-2014, liang-2010, wang-2014, wang-2018");
    }

    @Test
    void help02_stats_lists_every_method_and_the_input_formats() {
        String h = help("stats", "--help");
        for (String m : new String[] {"km", "logrank", "cox", "cif", "paired", "binom", "mcnemar"}) {
            assertThat(h).contains("  " + m + " ");
        }
        assertThat(h).contains("subject_id,arm,time,status").contains("byte order");
    }

    @Test
    void help03_each_method_documents_its_contract_options() {
        assertThat(help("stats", "km", "--help"))
                .contains("--times")
                .contains("--tau")
                .contains("--no-table");
        assertThat(help("stats", "logrank", "--help")).contains("--strata-col");
        assertThat(help("stats", "cox", "--help"))
                .contains("--ref-arm")
                .contains("--covariates")
                .contains("--cluster")
                .contains("--no-arm")
                .contains("--ties");
        assertThat(help("stats", "cif", "--help")).contains("--cause-labels").contains("--times");
        assertThat(help("stats", "paired", "--help")).contains("--param-b").contains("--visit-a");
        assertThat(help("stats", "binom", "--help"))
                .contains("--p0")
                .contains("--x")
                .contains("--n");
        assertThat(help("stats", "mcnemar", "--help")).contains("--visit-b");
    }

    @Test
    void help04_version_names_msct_and_the_java_runtime() {
        assertThat(help("--version")).contains("msct").contains("Java");
    }

    @Test
    void help05_no_help_text_breaks_picocli_formatting() throws Exception {
        // picocli formats descriptions with String.format and reports a bad '%' on System.err, not on the command's
        // error writer, so capture the process stream
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String[] cmd : new String[][] {
                {"--help"},
                {"stats", "--help"},
                {"stats", "km", "--help"},
                {"stats", "logrank", "--help"},
                {"stats", "cox", "--help"},
                {"stats", "cif", "--help"},
                {"stats", "paired", "--help"},
                {"stats", "binom", "--help"},
                {"stats", "mcnemar", "--help"},
                {"score", "--help"},
                {"screen", "--help"},
                {"validate", "--help"},
                {"analyze", "--help"}
            }) {
                help(cmd);
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    }
}
