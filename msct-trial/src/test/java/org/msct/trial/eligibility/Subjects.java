package org.msct.trial.eligibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.msct.trial.protocol.OptionSettings;
import org.msct.trial.protocol.Protocol;
import org.msct.trial.protocol.ProtocolLoader;

/** Test helpers: subjects from JSON text or the shipped examples, and screening shortcuts. */
final class Subjects {
    private Subjects() {}

    static final LocalDate ON = LocalDate.of(2024, 3, 1);

    static SubjectData json(String text) {
        return SubjectDataReader.read(text, "test.json");
    }

    static SubjectData example(String name) {
        try {
            return SubjectDataReader.read(
                    Files.readString(Path.of("../examples/screen/" + name + ".json")), name + ".json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ScreeningResult screen(String protocol, Map<String, String> options, SubjectData s) {
        Protocol p = ProtocolLoader.require(protocol);
        return Screening.screen(p, OptionSettings.of(p, options), s, ON);
    }

    static CriterionResult criterion(ScreeningResult r, String code) {
        return r.criteria().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not among "
                        + r.criteria().stream().map(CriterionResult::code).toList()));
    }

    /** Status of criterion {@code code} for {@code subject} screened for {@code protocol} with one option set. */
    static Status status(String protocol, String option, String value, String code, String subject) {
        return criterion(screen(protocol, Map.of(option, value), json(subject)), code)
                .status();
    }
}
