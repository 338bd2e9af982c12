package org.msct.cli.screen;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.core.error.InputDataException;
import org.msct.core.error.UsageException;
import org.msct.core.json.JsonWriter;
import org.msct.trial.eligibility.Screening;
import org.msct.trial.eligibility.ScreeningReport;
import org.msct.trial.eligibility.ScreeningResult;
import org.msct.trial.eligibility.SubjectData;
import org.msct.trial.eligibility.SubjectDataReader;
import org.msct.trial.finding.Finding;
import org.msct.trial.protocol.OptionSettings;
import org.msct.trial.protocol.Protocol;
import org.msct.trial.protocol.ProtocolLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screens one subject against a protocol's eligibility criteria (SLE classification by ACR 1997, SLICC 2012"
                    + " or EULAR/ACR 2019; SLEDAI-2K or BILAG activity; refractoriness by drug, dose and duration;"
                    + " lupus-nephritis proteinuria; age; exclusions) and explains every criterion: MET, NOT_MET or"
                    + " MISSING_DATA, with the rule and the value used. Missing data are never counted as met.",
            "",
            "Decision: NOT_ELIGIBLE if an inclusion criterion is not met or an exclusion criterion is met; otherwise"
                    + " INCOMPLETE while data are missing; otherwise ELIGIBLE.",
            "",
            "SUBJECT-DATA is a JSON file (format: examples/screen/README.md). Shipped protocols: liang-2010, gu-2014,"
                    + " wang-2014, wang-2018; where the sources disagree a protocol has named options (--option)."
        },
        footer = {
            "",
            "Examples:",
            "  ./msct screen examples/screen/eligible.json",
            "  ./msct screen examples/screen/incomplete.json --format text",
            "  ./msct screen subject.json --protocol wang-2014 --option sledaiThreshold=REGISTRY_GE8 --on 2024-03-01",
            "",
            "Exit codes: 0 screened (whatever the decision), 2 usage error, 3 invalid subject data or protocol file"
                    + " (field, value and what is allowed are named)."
        })
public final class ScreenCommand implements Runnable {
    /** Output formats. */
    public enum Format {
        json,
        text
    }

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "SUBJECT-DATA",
            description = "Subject data JSON file; '-' reads standard input.")
    String input;

    @Option(
            names = "--protocol",
            paramLabel = "ID|FILE",
            description = "Shipped protocol id, or a protocol JSON file (validated first). Default: the subject"
                    + " data's 'protocol' member.")
    @Nullable
    String protocol;

    @Option(
            names = "--on",
            paramLabel = "DATE",
            description = "Screening date YYYY-MM-DD (ages are computed on it). Default: the subject data's"
                    + " 'screening_date', else today.")
    @Nullable
    String on;

    @Option(
            names = "--option",
            paramLabel = "NAME=VALUE",
            description = "Sets a protocol option (repeatable); the others keep their defaults.")
    Map<String, String> options = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or text.")
    Format format = Format.json;

    /** With the system clock (used for "today" only when no date is given). */
    public ScreenCommand() {
        this(Clock.systemDefaultZone());
    }

    /** With an injected clock, for tests. */
    public ScreenCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void run() {
        String name = input.equals("-") ? "<stdin>" : input;
        SubjectData subject = SubjectDataReader.read(readInput(name), name);
        Protocol p = protocol(subject, name);
        OptionSettings settings;
        try {
            settings = OptionSettings.of(p, options);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--option: " + e.getMessage());
        }
        LocalDate date = date(subject);
        ScreeningResult r = Screening.screen(p, settings, subject, date);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.text) out.print(ScreeningReport.toText(r));
        else out.println(JsonWriter.write(ScreeningReport.toJson(r)));
        out.flush();
    }

    private String readInput(String name) {
        try {
            if (input.equals("-")) return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            return Files.readString(Path.of(input), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("subject data file not found: " + input);
        } catch (IOException e) {
            throw new UsageException("cannot read " + name + ": " + e.getMessage());
        }
    }

    private Protocol protocol(SubjectData subject, String subjectFile) {
        if (protocol != null) {
            if (protocol.endsWith(".json")) return fromFile(protocol);
            if (!ProtocolLoader.SHIPPED.containsKey(protocol)) {
                throw new UsageException("--protocol: unknown protocol '" + protocol + "'; shipped: "
                        + String.join(", ", ProtocolLoader.SHIPPED.keySet()) + " (or give a protocol .json file)");
            }
            return ProtocolLoader.require(protocol);
        }
        String id = subject.protocolId();
        if (id == null) {
            throw new UsageException(
                    "no protocol: give --protocol ID (shipped: " + String.join(", ", ProtocolLoader.SHIPPED.keySet())
                            + ") or a 'protocol' member in the subject data");
        }
        if (!ProtocolLoader.SHIPPED.containsKey(id)) {
            throw InputDataException.atLine(
                    subjectFile,
                    0,
                    "protocol",
                    "value '" + id + "' is not a shipped protocol;" + " allowed: "
                            + String.join(", ", ProtocolLoader.SHIPPED.keySet()));
        }
        return ProtocolLoader.require(id);
    }

    private static Protocol fromFile(String file) {
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("--protocol: file not found: " + file);
        } catch (IOException e) {
            throw new UsageException("--protocol: cannot read " + file + ": " + e.getMessage());
        }
        ProtocolLoader.Result r =
                ProtocolLoader.parse(text, Path.of(file).getFileName().toString());
        if (!r.ok()) {
            Finding f = r.errors().get(0);
            int more = r.errors().size() - 1;
            throw InputDataException.atLine(
                    file,
                    0,
                    f.variable(),
                    (f.value() == null ? "" : "value '" + f.value() + "': ") + f.message() + " [" + f.ruleId() + "]"
                            + (more > 0 ? " (and " + more + " more errors)" : ""));
        }
        return r.protocol();
    }

    private LocalDate date(SubjectData subject) {
        if (on != null) {
            try {
                return LocalDate.parse(on.strip());
            } catch (DateTimeParseException e) {
                throw new UsageException("--on: '" + on + "' is not a date; allowed: YYYY-MM-DD");
            }
        }
        return subject.screeningDate() != null ? subject.screeningDate() : LocalDate.now(clock);
    }
}
