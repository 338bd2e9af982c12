package org.msct.trial.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.trial.finding.Finding;

/**
 * Reading a dataset as two halves on two threads gives the records and findings of reading it row after row (the
 * reference), or declines (null, nothing reported) when the file holds anything that could make them differ.
 */
class ChunkedCsvReaderTest {
    private static final String STUDY = "MSCT-SYN";

    @TempDir
    Path tmp;

    private Path dir;
    private final Set<String> ids = new HashSet<>();

    @BeforeEach
    void bundle() throws IOException {
        dir = tmp.resolve("syn");
        SyntheticBundle.write(dir, 30, 9, 7L);
        List<String> dm = Files.readAllLines(dir.resolve("dm.csv"));
        int col = List.of(dm.get(0).split(",", -1)).indexOf("USUBJID");
        for (String l : dm.subList(1, dm.size())) ids.add(l.split(",", -1)[col]);
    }

    private record Result<T>(List<T> rows, List<Finding> findings) {}

    private <T> Result<T> sequential(Codec<T> codec, Path p) throws IOException {
        Findings f = new Findings();
        List<T> rows = new DomainReader<>(codec, p.getFileName().toString(), STUDY, ids, f, new Interner())
                .read(ByteCsvRowSource.open(p));
        return new Result<>(rows, f.list());
    }

    private <T> Result<T> chunked(Codec<T> codec, Path p) {
        Findings f = new Findings();
        List<T> rows = ChunkedCsvReader.read(
                codec, p, p.getFileName().toString(), STUDY, ids, f, new Interner(), new Interner(), 0);
        return new Result<>(rows, f.list());
    }

    private List<String> lines(Path p) throws IOException {
        return new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
    }

    private void write(Path p, List<String> lines) throws IOException {
        Files.writeString(p, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void c01_valid_datasets_read_as_halves_equal_the_row_by_row_reading() throws IOException {
        for (Codec<?> codec : List.of(new LbCodec(), new QsCodec(), new VsCodec())) {
            Path p = dir.resolve(codec.domain().name().toLowerCase(java.util.Locale.ROOT) + ".csv");
            Result<?> ref = sequential(codec, p);
            Result<?> two = chunked(codec, p);
            assertThat(ref.findings()).isEmpty();
            assertThat(two.rows()).as(p.toString()).isNotNull().isEqualTo(ref.rows());
            assertThat(two.findings()).isEmpty();
        }
        // LB holds quoted fields with separators ("GFR, Estimated Indexed"): still read as halves
        assertThat(Files.readString(dir.resolve("lb.csv"))).contains("\"");
    }

    @Test
    void c02_header_warnings_are_kept_and_reported_once() throws IOException {
        Path p = dir.resolve("lb.csv");
        List<String> l = lines(p);
        for (int i = 0; i < l.size(); i++) l.set(i, l.get(i) + (i == 0 ? ",LBFOO" : ",x"));
        write(p, l);
        Result<?> ref = sequential(new LbCodec(), p);
        Result<?> two = chunked(new LbCodec(), p);
        assertThat(ref.findings()).extracting(Finding::ruleId).containsExactly("BUNDLE-VAR-UNKNOWN");
        assertThat(two.rows()).isNotNull().isEqualTo(ref.rows());
        assertThat(two.findings()).isEqualTo(ref.findings());
    }

    @Test
    void c03_a_bad_value_in_the_second_half_declines_without_reporting() throws IOException {
        Path p = dir.resolve("lb.csv");
        List<String> l = lines(p);
        int last = l.size() - 2;
        l.set(last, l.get(last).replaceFirst(",\\d{4}-\\d\\d-\\d\\d,", ",2014-99-99,"));
        write(p, l);
        assertThat(sequential(new LbCodec(), p).findings())
                .extracting(Finding::ruleId)
                .contains("BUNDLE-DATE");
        Result<?> two = chunked(new LbCodec(), p);
        assertThat(two.rows()).isNull();
        assertThat(two.findings()).isEmpty();
    }

    @Test
    void c04_a_seq_used_in_both_halves_declines() throws IOException {
        Path p = dir.resolve("lb.csv");
        List<String> l = lines(p);
        l.add(l.get(1));
        write(p, l);
        assertThat(sequential(new LbCodec(), p).findings())
                .extracting(Finding::ruleId)
                .containsExactly("BUNDLE-SEQ-DUPLICATE");
        assertThat(chunked(new LbCodec(), p).rows()).isNull();
    }

    @Test
    void c05_a_line_end_in_a_quoted_field_or_an_empty_line_declines() throws IOException {
        Path p = dir.resolve("qs.csv");
        List<String> l = lines(p);
        String[] f = l.get(2).split(",", -1);
        f[f.length - 1] = "\"a\r\nb\"";
        l.set(2, String.join(",", f));
        write(p, l);
        assertThat(chunked(new QsCodec(), p).rows()).isNull();
        l = lines(dir.resolve("vs.csv"));
        l.add(3, "");
        write(dir.resolve("vs.csv"), l);
        Result<?> ref = sequential(new VsCodec(), dir.resolve("vs.csv"));
        assertThat(ref.findings()).isEmpty();
        assertThat(chunked(new VsCodec(), dir.resolve("vs.csv")).rows()).isNull();
    }

    @Test
    void c06_line_ends_are_counted_eight_bytes_at_a_time() throws IOException {
        Path p = tmp.resolve("n.txt");
        Files.writeString(p, "a\nbb\n\n\r\nccccccccccccc\n\u00e9\n" + "x".repeat(17) + "\n");
        for (int len = 0; len <= Files.size(p); len++) {
            String head = new String(Files.readAllBytes(p), 0, len, StandardCharsets.ISO_8859_1);
            assertThat(ChunkedCsvReader.lineEnds(p, len))
                    .isEqualTo(head.chars().filter(c -> c == '\n').count());
        }
    }
}
