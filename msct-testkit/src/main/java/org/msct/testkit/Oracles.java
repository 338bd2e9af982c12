package org.msct.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * The {@code results} member of {@code <caseName>.expected.json}, with the corrections of
     * {@code oracle-corrections/corrections.json} applied: two defects of the shared R scripts (stratified log-rank df,
     * Cox concordance SE), recomputed with the same R version by {@code oracle-corrections/make_corrections.R}.
     */
    public static JsonNode expectedResults(String caseName) {
        return expectedResults(cases(), caseName, corrections());
    }

    /** As {@link #expectedResults(String)} for a case in {@code dir} with the corrections in {@code corrections}. */
    public static JsonNode expectedResults(Path dir, String caseName, JsonNode corrections) {
        ObjectNode results = (ObjectNode)
                OracleCompare.readTree(dir.resolve(caseName + ".expected.json")).get("results");
        JsonNode fix = corrections.path("cases").path(caseName).path("values");
        fix.fields().forEachRemaining(e -> {
            String[] path = e.getKey().split("\\.");
            ObjectNode at = results;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode next = at.get(path[i]);
                if (!(next instanceof ObjectNode o)) return; // a fit the expected file does not have (e.g. exact)
                at = o;
            }
            JsonNode v = e.getValue();
            if (v.isTextual()) at.put(path[path.length - 1], Double.parseDouble(v.textValue()));
            else at.set(path[path.length - 1], v);
        });
        return results;
    }

    /** The corrections file (see {@link #expectedResults}). */
    public static JsonNode corrections() {
        try (InputStream in = Oracles.class.getResourceAsStream("/oracle-corrections/corrections.json")) {
            if (in == null)
                throw new IllegalStateException("oracle-corrections/corrections.json is not on the classpath");
            return OracleCompare.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
