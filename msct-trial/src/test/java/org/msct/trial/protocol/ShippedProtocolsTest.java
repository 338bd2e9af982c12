package org.msct.trial.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msct.trial.finding.Finding;

/**
 * Synthea-style definition validation: every shipped protocol loads and validates with no finding at all, and the
 * catalogue lists exactly the files in {@code src/main/resources/trial/protocols}.
 */
class ShippedProtocolsTest {

    @Test
    void pr01_every_shipped_protocol_validates_without_findings() {
        List<Finding> all = new ArrayList<>();
        for (String id : ProtocolLoader.SHIPPED.keySet()) {
            ProtocolLoader.Result r = ProtocolLoader.load(id);
            all.addAll(r.findings());
            if (r.ok()) assertThat(r.protocol().id()).isEqualTo(id);
        }
        assertThat(all).as("findings of the shipped protocols").isEmpty();
    }

    @Test
    void pr02_catalogue_lists_exactly_the_shipped_files() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/trial/protocols"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(ProtocolLoader.SHIPPED.values().stream().sorted().toList());
        }
    }
}
