package org.msct.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code shared/oracles}, which sits beside the repository (../shared) in development and in CI. */
public final class Oracles {
    private Oracles() {}

    /** The oracle folder; set {@code -Dmsct.oracles=DIR} to point elsewhere. */
    public static Path dir() {
        String prop = System.getProperty("msct.oracles");
        if (prop != null) return Path.of(prop);
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            Path cand = p.resolve("shared").resolve("oracles");
            if (Files.isDirectory(cand.resolve("cases"))) return cand;
            cand = p.resolveSibling("shared").resolve("oracles");
            if (Files.isDirectory(cand.resolve("cases"))) return cand;
            p = p.getParent();
        }
        throw new IllegalStateException(
                "cannot find shared/oracles above " + Path.of("").toAbsolutePath() + "; set -Dmsct.oracles=DIR");
    }

    public static Path cases() {
        return dir().resolve("cases");
    }

    public static Path caseFile(String name) {
        return cases().resolve(name);
    }
}
