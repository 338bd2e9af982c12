package org.msct.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.msct.instruments.bilag.Bilag2004DefinitionReader;
import org.msct.instruments.renal.EgfrDefinition;
import org.msct.instruments.response.BiclaDefinition;
import org.msct.instruments.response.DorisDefinition;
import org.msct.instruments.response.LldasDefinition;
import org.msct.instruments.response.Sri4Definition;
import org.msct.instruments.sdi.SdiDefinition;
import org.msct.instruments.sfi.SfiDefinition;
import org.msct.instruments.sledai.Pga;
import org.msct.instruments.sledai.SledaiDefinition;
import org.msct.instruments.units.GlucocorticoidEquivalence;
import org.msct.instruments.units.UnitTable;

/**
 * Loads and validates every shipped instrument definition: each file has the common header (id, version, source
 * citation, remarks), is named {@code <id>.v<major>.json}, and its own loader reports no findings. A new file without
 * a loader fails here, so no definition ships unvalidated.
 */
class DefinitionCatalogTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** File name → the findings its loader reports. */
    private static final Map<String, Function<String, List<?>>> LOADERS = Map.ofEntries(
            Map.entry("sledai-2k.v1.json", r -> SledaiDefinition.validateResource(r)
                    .findings()),
            Map.entry("pga.v1.json", r -> Pga.validateResource(r).findings()),
            Map.entry("selena-flare-index.v1.json", r -> SfiDefinition.validateResource(r)
                    .findings()),
            Map.entry("sdi.v1.json", r -> SdiDefinition.validateResource(r).findings()),
            Map.entry("bilag-2004.v1.json", r -> Bilag2004DefinitionReader.readResource(r)
                    .findings()),
            Map.entry("egfr.v1.json", r -> EgfrDefinition.read(json(r), r).findings()),
            Map.entry("units.v1.json", r -> UnitTable.read(json(r), r).findings()),
            Map.entry("units-glucocorticoid-equivalence.v1.json", r -> GlucocorticoidEquivalence.read(json(r), r)
                    .findings()),
            Map.entry("sri-4.v1.json", r -> Sri4Definition.read(json(r), r).findings()),
            Map.entry("bicla.v1.json", r -> BiclaDefinition.read(json(r), r).findings()),
            Map.entry("lldas.v1.json", r -> LldasDefinition.read(json(r), r).findings()),
            Map.entry("doris.v1.json", r -> DorisDefinition.read(json(r), r).findings()));

    private static JsonNode json(String resource) {
        try (InputStream in = DefinitionCatalogTest.class.getResourceAsStream(resource)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    private static List<Path> shipped() throws IOException {
        Path dir = Path.of("src/main/resources/instruments");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void def01_every_shipped_definition_has_a_loader_and_no_findings() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = shipped();
        assertThat(files).hasSizeGreaterThanOrEqualTo(LOADERS.size());
        for (Path p : files) {
            String name = p.getFileName().toString();
            var loader = LOADERS.get(name);
            if (loader == null) {
                problems.add(name + ": no loader validates this file (add it to DefinitionCatalogTest)");
                continue;
            }
            for (Object f : loader.apply("/instruments/" + name)) problems.add(name + ": " + f);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void def02_every_definition_has_the_common_header_and_a_matching_file_name() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : shipped()) {
            String name = p.getFileName().toString();
            JsonNode root = MAPPER.readTree(p.toFile());
            for (String member : new String[] {"id", "version", "source", "remarks"}) {
                if (!root.hasNonNull(member)) problems.add(name + ": missing '" + member + "'");
            }
            if (!root.path("source").hasNonNull("citation")
                    && !root.path("source").isArray()) {
                problems.add(name + ": source has no citation");
            }
            String major = root.path("version").asText().split("\\.")[0];
            String expected = root.path("id").asText() + ".v" + major + ".json";
            if (!name.equals(expected)) problems.add(name + ": file name should be " + expected);
        }
        assertThat(problems).isEmpty();
    }
}
