package org.msct.derivations.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.msct.derivations.bds.ParameterCatalog;
import org.msct.derivations.bds.VisitGrid;
import org.msct.derivations.bilag.BilagSchemes;
import org.msct.derivations.tte.TteDefinitions;
import org.msct.instruments.units.DefinitionFinding;
import org.msct.instruments.units.DefinitionReader;
import org.msct.instruments.units.Loaded;

/**
 * Loads and validates every shipped definition file (house style §7, Synthea ValidationTest) and checks that each
 * invalid fixture (one concept per file, {@code src/test/resources/derivations/fixtures/}) is rejected with a finding
 * at the right place.
 */
class DefinitionFilesTest {
    static final ParameterCatalog CATALOG = ParameterCatalog.standard();

    @Test
    void d01_every_shipped_definition_is_valid() {
        List<DefinitionFinding> findings = new ArrayList<>();
        String p = "derivations/parameters.v1.json";
        findings.addAll(
                ParameterCatalog.read(p, DefinitionReader.parseResource(p)).findings());
        String g = "derivations/visits/msct-grid.v1.json";
        findings.addAll(VisitGrid.read(g, DefinitionReader.parseResource(g), "msct-grid")
                .findings());
        for (String id : BilagSchemes.SHIPPED) {
            String f = "derivations/bilag/" + id + ".v1.json";
            findings.addAll(
                    BilagSchemes.read(f, DefinitionReader.parseResource(f), id).findings());
        }
        int ruleSets = 0;
        for (Family family : Family.values()) {
            for (String id : RuleSets.shipped(family)) {
                String f = "derivations/" + family.folder() + "/" + id + ".v1.json";
                findings.addAll(RuleSets.read(f, DefinitionReader.parseResource(f), family, id, CATALOG)
                        .findings());
                ruleSets++;
            }
        }
        findings.addAll(TteDefinitions.read(TteDefinitions.FILE, DefinitionReader.parseResource(TteDefinitions.FILE))
                .findings());
        assertThat(findings).as("findings in shipped definitions").isEmpty();
        assertThat(ruleSets).isEqualTo(17);
        assertThat(TteDefinitions.standard())
                .extracting(t -> t.paramcd())
                .containsExactly("OS", "TTRR", "TTFLARE", "TTCR", "TTRELAP", "TTREM", "TTREMREL");
    }

    @Test
    void d02_every_rule_file_on_the_classpath_is_in_the_catalogue() throws IOException, URISyntaxException {
        Path root = Path.of(getClass()
                        .getClassLoader()
                        .getResource("derivations/catalog.v1.json")
                        .toURI())
                .getParent();
        List<String> listed = new ArrayList<>();
        for (Family f : Family.values())
            RuleSets.shipped(f).forEach(id -> listed.add(f.folder() + "/" + id + ".v1.json"));
        List<String> onDisk = new ArrayList<>();
        for (Family f : Family.values()) {
            try (Stream<Path> files = Files.list(root.resolve(f.folder()))) {
                files.forEach(x -> onDisk.add(f.folder() + "/" + x.getFileName()));
            }
        }
        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(listed);
    }

    static JsonNode fixture(String name) {
        return DefinitionReader.parseResource("derivations/fixtures/" + name + ".json");
    }

    static List<String> paths(Loaded<?> loaded) {
        assertThat(loaded.definition()).isNull();
        return loaded.findings().stream()
                .map(f -> f.path() + ": " + f.message())
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "rules-missing-citation          | renal-response    | source.citation: must be non-blank text",
                "rules-unknown-op                | renal-response    | outcomes[0].condition.op: value lte is not allowed",
                "rules-unknown-param             | renal-response    | outcomes[0].condition.param: value PROT is not a numeric parameter",
                "rules-reference-in-response     | renal-response    | outcomes[0].condition.to: value reference is only allowed in flare / relapse definitions",
                "rules-grades-without-scheme     | clinical-response | bilagScheme: must name a BILAG scheme",
                "rules-duplicate-code            | renal-response    | outcomes[1].code: value CR is used twice",
                "rules-unknown-type              | renal-response    | outcomes[0].condition.type: value expression is not allowed",
                "rules-misspelt-member           | renal-response    | outcomes[0].condition.ifMising: unknown member",
                "rules-event-without-reference   | renal-flare       | reference: must be non-blank text",
                "rules-state-in-response         | renal-response    | outcomes[0].condition: stateIn is only allowed in flare / relapse definitions"
            })
    void d03_invalid_rule_sets_are_rejected(String name, String folder, String expected) {
        Family family = Stream.of(Family.values())
                .filter(f -> f.folder().equals(folder))
                .findFirst()
                .orElseThrow();
        Loaded<RuleSet> loaded = RuleSets.read(name + ".json", fixture(name), family, name, CATALOG);
        assertThat(paths(loaded)).anyMatch(s -> s.startsWith(expected));
    }

    @Test
    void d04_invalid_schemes_grids_parameters_and_tte_definitions_are_rejected() {
        assertThat(paths(BilagSchemes.read("f", fixture("bilag-weights-increasing"), "bilag-weights-increasing")))
                .anyMatch(s -> s.startsWith("weights.C: value 4 is larger than the weight of a more severe grade"));
        assertThat(paths(BilagSchemes.read("f", fixture("bilag-2004-unknown-system"), "bilag-2004-unknown-system")))
                .anyMatch(s -> s.startsWith("systems.VASCULITIS: value VASCULITIS is not a BILAG-2004 system"));
        assertThat(paths(VisitGrid.read("f", fixture("grid-bad-window"), "grid-bad-window")))
                .anyMatch(s ->
                        s.startsWith("visits[1].visitNumber: value 1 is not larger than the previous visit number"))
                .anyMatch(s -> s.startsWith("visits[2]: visit Month 6: window [190, 212] must contain target day 182"));
        assertThat(paths(ParameterCatalog.read("f", fixture("parameters-bad-code"))))
                .anyMatch(s -> s.startsWith("parameters[0].paramcd: value prot24h is not a valid PARAMCD"))
                .anyMatch(s -> s.startsWith("parameters[1].kind: value number is not allowed"));
        assertThat(paths(TteDefinitions.read("f", fixture("adtte-censor-zero"))))
                .anyMatch(s -> s.startsWith("parameters[0].censors[0].censor: must be a unique integer >= 1"));
    }
}
