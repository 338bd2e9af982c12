package org.msct.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.msct.derivations.bilag.BilagSchemes;
import org.msct.derivations.rules.Family;
import org.msct.derivations.rules.RuleSets;
import org.msct.trial.protocol.ProtocolLoader;

/**
 * The definition map (derivations/protocol/definitions.v1.json) covers every definition id of the shipped protocols,
 * default and alternative, under every option value (the ids are read from the protocol files, not listed here).
 */
class ProtocolDefinitionsTest {
    static final ProtocolDefinitions DEFS = ProtocolDefinitions.load();

    @Test
    void every_default_and_alternative_definition_of_every_protocol_has_an_entry() {
        List<String> missing = new ArrayList<>();
        for (String id : ProtocolLoader.SHIPPED.keySet()) {
            for (var e : ProtocolLoader.require(id).endpoints()) {
                List<String> ids = new ArrayList<>(e.alternatives());
                ids.add(0, e.definition());
                for (String d : ids) if (DEFS.find(d).isEmpty()) missing.add(id + " " + e.id() + " " + d);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void not_implemented_entries_give_a_reason_and_implemented_ones_name_shipped_files() {
        for (var d : DEFS.byId().values()) {
            if (d.status() == ProtocolDefinitions.Status.NOT_IMPLEMENTED) {
                assertThat(d.reason()).as(d.id()).isNotBlank();
                continue;
            }
            assertThat(d.source()).as(d.id()).isNotBlank();
            switch (d.kind()) {
                case RESPONSE, EVENT -> {
                    Family f = family(d.family());
                    assertThat(RuleSets.shipped(f)).as(d.id()).contains(d.ruleSet());
                    assertThat(f.isEvent()).as(d.id()).isEqualTo(d.kind() == ProtocolDefinitions.Kind.EVENT);
                    if (d.kind() == ProtocolDefinitions.Kind.RESPONSE)
                        assertThat(d.states()).as(d.id()).isNotEmpty();
                }
                case CHANGE -> {
                    assertThat(d.paramcd()).as(d.id()).isNotBlank();
                    if (!d.bilagScheme().isEmpty())
                        assertThat(BilagSchemes.SHIPPED).contains(d.bilagScheme());
                }
                default -> {}
            }
        }
    }

    @Test
    void an_unknown_definition_id_is_not_implemented_with_the_reason() {
        var d = DEFS.get("NO-SUCH-DEF");
        assertThat(d.status()).isEqualTo(ProtocolDefinitions.Status.NOT_IMPLEMENTED);
        assertThat(d.reason()).contains("no entry for NO-SUCH-DEF");
    }

    private static Family family(String folder) {
        for (Family f : Family.values()) if (f.folder().equals(folder)) return f;
        throw new AssertionError("unknown family " + folder);
    }
}
