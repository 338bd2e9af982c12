package org.msct.reports.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions for rendered reports. Golden files live in {@code src/test/resources/reports/golden/} and
 * are compared byte for byte (UTF-8, line endings included).
 *
 * <p>To regenerate them on purpose, run the tests with {@code -Dmsct.updateGolden=true}: each compared file is then
 * rewritten in the source tree (and the test passes). Review the diff with {@code git diff} before committing. A
 * missing golden file fails the test with the same hint.
 */
public final class Golden {
    /** The system property that switches to rewriting. */
    public static final String UPDATE = "msct.updateGolden";

    private static final Path DIR = Path.of("src", "test", "resources", "reports", "golden");

    private Golden() {}

    /** Asserts that {@code actual} equals the golden file {@code name}, or rewrites it when updating. */
    public static void assertMatches(String actual, String name) {
        Path file = DIR.resolve(name);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("golden file " + file + " is missing; run with -D" + UPDATE + "=true to create it");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual)
                    .as(
                            "output differs from golden file %s (rerun with -D%s=true to accept, then review git diff)",
                            file, UPDATE)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
