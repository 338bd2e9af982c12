package org.msct.cli.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.msct.core.error.InputDataException;
import org.msct.core.error.UsageException;
import org.msct.core.json.JsonObject;
import org.msct.core.json.JsonWriter;
import org.msct.instruments.input.ScoreInputReader;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.report.ScoreOptions;
import org.msct.instruments.report.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Scores one assessment through the lupus instruments: SLEDAI-2K (and clinical SLEDAI), the SELENA flare"
                    + " index (needs 'previous'), BILAG-2004 grades with the 2004 and classic numeric scores (renal"
                    + " grading compares with 'previous'), SDI, SRI-4 and BICLA (need 'baseline'), LLDAS, DORIS"
                    + " 2021 and eGFR (CKD-EPI 2021/2009, MDRD 175/186, Cockcroft-Gault, bedside Schwartz). An"
                    + " instrument whose inputs are missing is left out, never guessed.",
            "",
            "Input: {\"patient\": {...}, \"current\": ASSESSMENT, \"previous\": ASSESSMENT, \"baseline\": ASSESSMENT}"
                    + " as shared/spec/cli-contract.md section 2 describes; every lab name carries its unit"
                    + " (creatinine_umol_l or creatinine_mg_dl, platelets_10e9_l, ...).",
            "",
            "Batch mode (--batch): NDJSON in, NDJSON out, streamed; one output line per input line. A line that"
                    + " cannot be scored gives {\"line\": N, \"error\": {...}} in its place, a message on stderr, and"
                    + " exit code 3 at the end; the other lines are still scored."
        },
        footer = {
            "",
            "Examples:",
            "  ./msct score --input visit.json",
            "  ./msct score --batch --input registry.ndjson > scores.ndjson",
            "",
            "Exit codes: 0 success, 2 usage error, 3 invalid input (field, value and what is allowed are named)."
        })
public final class ScoreCommand implements Runnable {
    // Jackson's fast double parser gives the same doubles as Double.parseDouble, at a fraction of the cost
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    @Spec
    CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "Input JSON file (NDJSON with --batch); '-' reads standard input.")
    String input;

    @Option(names = "--batch", description = "NDJSON in, NDJSON out (one assessment object per line).")
    boolean batch;

    @Option(names = "--explain", description = "Add each score's explanation (items and rules that fired).")
    boolean explain;

    @Override
    public void run() {
        ScoreOptions options = ScoreOptions.DEFAULTS.withExplain(explain);
        String name = input.equals("-") ? "<stdin>" : input;
        try (InputStream in = open()) {
            if (batch) {
                BatchScorer.run(
                        name,
                        in,
                        spec.commandLine().getOut(),
                        spec.commandLine().getErr(),
                        options);
            } else {
                JsonObject out = scoreOne(name, 0, in.readAllBytes(), options);
                PrintWriter w = spec.commandLine().getOut();
                w.println(JsonWriter.write(out));
                w.flush();
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + name + ": " + e.getMessage());
        }
    }

    private InputStream open() throws IOException {
        if (input.equals("-")) return System.in;
        try {
            return Files.newInputStream(Path.of(input));
        } catch (NoSuchFileException e) {
            throw new UsageException("input file not found: " + input);
        }
    }

    /** Parses and scores one JSON text; line is 0 outside batch mode. */
    static JsonObject scoreOne(String file, long line, byte[] text, ScoreOptions options) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw InputDataException.atLine(
                    file,
                    line,
                    null,
                    "not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw InputDataException.atLine(file, line, null, "cannot read JSON: " + e.getMessage());
        }
        if (root == null) throw InputDataException.atLine(file, line, null, "no JSON object found (empty input)");
        try {
            return ScoreReport.score(ScoreInputReader.read(root), options);
        } catch (FieldException e) {
            throw InputDataException.atLine(
                    file, line, e.field(), e.getMessage().substring(e.field().length() + 2));
        }
    }
}
