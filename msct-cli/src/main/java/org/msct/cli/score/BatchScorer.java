package org.msct.cli.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.msct.core.error.InputDataException;
import org.msct.core.json.JsonObject;
import org.msct.core.json.JsonWriter;
import org.msct.instruments.report.ScoreOptions;

/**
 * Streams NDJSON through the scorer: one output line per non-blank input line, in order, with bounded memory. Bad
 * lines become error objects so a registry of a million assessments is rescored in one pass.
 */
final class BatchScorer {
    private BatchScorer() {}

    /** Thrown after the whole stream is written when some lines were invalid (exit code 3). */
    static void run(String file, InputStream in, PrintWriter out, PrintWriter err, ScoreOptions options)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder buf = new StringBuilder(1 << 16);
        long line = 0;
        long bad = 0;
        long scored = 0;
        String text;
        while ((text = r.readLine()) != null) {
            line++;
            if (text.isBlank()) continue;
            String result;
            try {
                result = JsonWriter.writeCompact(ScoreCommand.scoreOne(file, line, text, options));
                scored++;
            } catch (InputDataException e) {
                bad++;
                err.println("msct: invalid input: " + e.getMessage());
                JsonObject o = JsonObject.create()
                        .put("line", line)
                        .put("error", JsonObject.create().put("field", e.column()).put("message", e.getMessage()));
                result = JsonWriter.writeCompact(o);
            }
            buf.append(result).append('\n');
            if (buf.length() > (1 << 16)) {
                out.write(buf.toString());
                buf.setLength(0);
            }
        }
        out.write(buf.toString());
        out.flush();
        if (bad > 0) {
            throw new InputDataException(
                    file, 0, null, bad + " of " + (bad + scored) + " lines could not be scored (see the messages above)");
        }
    }
}
