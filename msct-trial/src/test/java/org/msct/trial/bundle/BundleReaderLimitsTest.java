package org.msct.trial.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.trial.finding.Finding;

/** Findings volume and key rules checked on bundles built from the {@code valid} fixture. */
class BundleReaderLimitsTest {
    @TempDir
    Path tmp;

    private Path copyValid() throws IOException {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(BundleReaderFixtureTest.fixture("valid"))) {
            for (Path p : s.toList()) Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    @Test
    void l01_findings_of_one_rule_are_capped_at_100_per_file_plus_a_summary() throws IOException {
        Path dir = copyValid();
        StringBuilder sb = new StringBuilder("STUDYID,DOMAIN,USUBJID,LBSEQ,LBTESTCD,LBTEST,LBDTC\r\n");
        for (int i = 1; i <= 150; i++)
            sb.append("FIX,LB,FIX-01-001,").append(i).append(",C3,Complement C3,2014-99\r\n");
        Files.writeString(dir.resolve("lb.csv"), sb);
        var r = BundleReader.read(dir);
        assertThat(r.data()).isNull();
        // 150 bad LBDTC values: 100 listed (rows 1..100) + 1 summary naming the 50 not listed
        assertThat(r.findings()).hasSize(101);
        assertThat(r.findings().get(99).row()).isEqualTo(100);
        Finding last = r.findings().get(100);
        assertThat(last.ruleId()).isEqualTo("BUNDLE-DATE");
        assertThat(last.row()).isZero();
        assertThat(last.message()).startsWith("50 more findings").contains("150 in all");
    }

    @Test
    void l02_a_visit_number_twice_for_one_subject_is_an_error() throws IOException {
        Path dir = copyValid();
        Files.writeString(
                dir.resolve("sv.csv"),
                "STUDYID,DOMAIN,USUBJID,VISITNUM,VISIT,SVSTDTC\r\n"
                        + "FIX,SV,FIX-01-001,1,BASELINE,2014-03-01\r\n"
                        + "FIX,SV,FIX-01-002,1,BASELINE,2014-03-05\r\n"
                        + "FIX,SV,FIX-01-001,1.0,BASELINE,2014-03-02\r\n");
        var r = BundleReader.read(dir);
        assertThat(r.errors()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("BUNDLE-VISIT-DUPLICATE");
            assertThat(f.row()).isEqualTo(3);
            assertThat(f.value()).isEqualTo("1.0");
        });
    }

    @Test
    void l03_other_files_in_the_folder_are_ignored_with_a_warning() throws IOException {
        Path dir = copyValid();
        Files.writeString(dir.resolve("README.md"), "notes");
        Files.writeString(dir.resolve(".hidden"), "x");
        var r = BundleReader.read(dir);
        assertThat(r.data()).isNotNull();
        assertThat(r.findings())
                .extracting(Finding::ruleId, Finding::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BUNDLE-FILE-IGNORED", "README.md"));
    }

    @Test
    void l04_writer_refuses_a_folder_holding_the_other_format() throws IOException {
        Path dir = copyValid();
        var data = BundleReader.read(dir).data();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new BundleWriter(SyntheticBundleTest.CLOCK).writeDatasetJson(data, dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("empty folder");
    }
}
