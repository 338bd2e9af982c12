package org.msct.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.cli.Main;

/**
 * Bad input exits with code 3 (data) or 2 (usage) and one stderr line naming the file, row and column; never a
 * stack trace, and nothing on stdout.
 */
class BadInputTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    /** Runs {@code args} by the direct route and by picocli's, which must answer alike. */
    private Run run(String... args) {
        Run direct = run(args, true);
        assertThat(run(args, false)).as("picocli's route").isEqualTo(direct);
        return direct;
    }

    private static Run run(String[] args, boolean direct) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), direct);
        return new Run(code, out.toString(), err.toString());
    }

    private Path csv(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static void assertOneLine(Run r, int code, String... fragments) {
        assertThat(r.code()).as("exit code; stderr=%s", r.err()).isEqualTo(code);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).as("stderr lines").hasSize(code == 2 && r.err().contains("Try '") ? 2 : 1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String f : fragments) assertThat(lines.get(0)).contains(f);
    }

    @Test
    void bad01_missing_column_names_file_and_column() throws IOException {
        Path f = csv("nostatus.csv", "subject_id,arm,time\nA,x,1\n");
        assertOneLine(run("stats", "km", "--input", f.toString()), 3, "nostatus.csv", "'status'", "missing");
    }

    @Test
    void bad02_non_numeric_time_names_row_column_value() throws IOException {
        Path f = csv("t.csv", "subject_id,arm,time,status\nA,x,1,1\nB,x,abc,0\n");
        assertOneLine(run("stats", "km", "--input", f.toString()), 3, "t.csv", "row 2", "'time'", "'abc'");
    }

    @Test
    void bad03_negative_time_is_rejected() throws IOException {
        Path f = csv("neg.csv", "subject_id,arm,time,status\nA,x,1,1\nB,x,-3,0\n");
        assertOneLine(run("stats", "logrank", "--input", f.toString()), 3, "neg.csv", "row 2", "'time'", "-3");
    }

    @Test
    void bad04_status_outside_its_codes() throws IOException {
        Path f = csv("st.csv", "subject_id,arm,time,status\nA,x,1,1\nB,x,2,2\n");
        assertOneLine(run("stats", "km", "--input", f.toString()), 3, "st.csv", "row 2", "'status'", "2");
        assertOneLine(run("stats", "cox", "--input", f.toString()), 3, "row 2", "'status'");
    }

    @Test
    void bad05_cif_accepts_causes_but_not_fractions() throws IOException {
        Path f = csv("cr.csv", "subject_id,arm,time,status\nA,x,1,1\nB,x,2,1.5\n");
        assertOneLine(run("stats", "cif", "--input", f.toString()), 3, "cr.csv", "row 2", "'status'", "1.5");
    }

    @Test
    void bad06_empty_file() throws IOException {
        Path f = csv("empty.csv", "");
        assertOneLine(run("stats", "km", "--input", f.toString()), 3, "empty.csv", "empty");
        Path h = csv("header.csv", "subject_id,arm,time,status\n");
        assertOneLine(run("stats", "km", "--input", h.toString()), 3, "header.csv", "no data rows");
    }

    @Test
    void bad07_reference_arm_that_does_not_exist() throws IOException {
        Path f = csv("arms.csv", "subject_id,arm,time,status\nA,a,1,1\nB,b,2,1\nC,a,3,0\nD,b,4,1\n");
        assertOneLine(
                run("stats", "cox", "--input", f.toString(), "--ref-arm", "placebo"),
                3,
                "arms.csv",
                "'arm'",
                "'placebo'");
        Path l = csv("l.csv", "subject_id,arm,visit,day,param,value\nA,a,1,,r,1\nB,b,1,,r,0\n");
        assertOneLine(
                run("stats", "binom", "--input", l.toString(), "--param", "r", "--visit", "1", "--ref-arm", "zz"),
                3,
                "l.csv",
                "'arm'",
                "'zz'");
    }

    @Test
    void bad08_covariate_without_variance() throws IOException {
        Path f = csv("cv.csv", "subject_id,arm,time,status,x\nA,a,1,1,5\nB,b,2,1,5\nC,a,3,0,5\nD,b,4,1,5\n");
        assertOneLine(
                run("stats", "cox", "--input", f.toString(), "--covariates", "x"), 3, "cv.csv", "'x'", "variance");
    }

    @Test
    void bad09_wrong_field_count_names_the_row() throws IOException {
        Path f = csv("fc.csv", "subject_id,arm,time,status\nA,x,1,1\nB,x,2\n");
        assertOneLine(run("stats", "km", "--input", f.toString()), 3, "fc.csv", "row 2");
    }

    @Test
    void bad10_usage_errors_exit_2() {
        assertOneLine(run("stats", "km", "--input", dir.resolve("none.csv").toString()), 2, "not found");
        assertOneLine(run("stats", "km", "--bogus"), 2, "--bogus");
        assertOneLine(run("stats", "km", "--times", "a,b", "--input", "x"), 2, "--times");
    }

    @Test
    void bad11_missing_covariate_column() throws IOException {
        Path f = csv("mc.csv", "subject_id,arm,time,status\nA,a,1,1\nB,b,2,1\n");
        assertOneLine(run("stats", "cox", "--input", f.toString(), "--covariates", "age"), 3, "mc.csv", "'age'");
    }

    @Test
    void bad12_paired_value_not_numeric() throws IOException {
        List<String> rows = new ArrayList<>(List.of("subject_id,arm,visit,day,param,value"));
        rows.add("A,a,0,,alb,3.1");
        rows.add("A,a,1,,alb,high");
        Path f = csv("pv.csv", String.join("\n", rows) + "\n");
        assertOneLine(
                run("stats", "paired", "--input", f.toString(), "--param", "alb", "--visit-a", "0", "--visit-b", "1"),
                3,
                "pv.csv",
                "row 2",
                "'value'",
                "'high'");
    }
}
