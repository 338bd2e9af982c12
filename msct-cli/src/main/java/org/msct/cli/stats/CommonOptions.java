package org.msct.cli.stats;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msct.core.error.UsageException;
import org.msct.core.json.JsonObject;
import picocli.CommandLine.Option;

/** Options every stats method shares, and the output envelope. */
public final class CommonOptions {
    @Option(
            names = "--input",
            paramLabel = "FILE",
            description = "Input CSV (TTE or long format, see 'msct stats --help').")
    Path input;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON to FILE (stdout still gets it).")
    Path out;

    void options(DirectOptions o) {
        o.path("--input", v -> input = v);
        o.path("--out", v -> out = v);
    }

    Path requireInput() {
        if (input == null) throw new UsageException("missing required option '--input=FILE'");
        if (!Files.isRegularFile(input)) throw new UsageException("input file not found: " + input);
        return input;
    }

    /** Prints {method, input, args, results} to stdout and, with --out, to a file. */
    void emit(PrintWriter stdout, String method, Map<String, Object> args, JsonObject results) {
        JsonObject env = JsonObject.create().put("method", method);
        if (input != null) env.put("input", input.getFileName().toString());
        Map<String, Object> a = new LinkedHashMap<>();
        args.forEach((k, v) -> {
            if (v != null) a.put(k, v);
        });
        env.put("args", a);
        env.put("results", results);
        String json = env.toJson();
        stdout.println(json);
        stdout.flush();
        if (out != null) {
            try {
                Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write " + out + ": " + e.getMessage());
            }
        }
    }
}
