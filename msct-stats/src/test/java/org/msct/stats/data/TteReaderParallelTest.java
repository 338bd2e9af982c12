package org.msct.stats.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msct.core.error.InputDataException;

/** Large files are checked in two halves on two threads; the message must still name the first bad row. */
class TteReaderParallelTest {
    private static final int ROWS = 250_000;

    @TempDir
    Path dir;

    private Path file(int... badStatusRows) throws IOException {
        StringBuilder sb = new StringBuilder("subject_id,arm,time,status\n");
        for (int i = 0; i < ROWS; i++) {
            int status = i % 2;
            for (int b : badStatusRows) if (b == i) status = 7;
            sb.append('S')
                    .append(i)
                    .append(i % 3 == 0 ? ",b," : ",a,")
                    .append(i % 97 + 0.5)
                    .append(',');
            sb.append(status).append('\n');
        }
        Path p = dir.resolve("t.csv");
        Files.writeString(p, sb, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void the_first_bad_row_is_named_whichever_half_finishes_first() throws IOException {
        Path both = file(240_000, 20_000);
        assertThatThrownBy(() -> TteReader.read(both, 1, null, List.of()))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("row 20001")
                .hasMessageContaining("status 7");
        Path late = file(240_000);
        assertThatThrownBy(() -> TteReader.read(late, 1, null, List.of())).hasMessageContaining("row 240001");
    }

    @Test
    void a_good_file_gives_every_status_and_arm() throws IOException {
        TteData d = TteReader.read(file(), 1, null, List.of());
        assertThat(d.size()).isEqualTo(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(d.status()[i]).isEqualTo(i % 2);
            assertThat(d.armLevels().get(d.arm()[i])).isEqualTo(i % 3 == 0 ? "b" : "a");
        }
    }
}
