package org.msct.instruments.sledai;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.Ri50State;
import org.msct.instruments.model.ScoreInput;

/** S2K RI-50 test vectors (TV-RI*) and hand-computed cases. */
class ResponderIndex50Test {
    static final SledaiOptions O = SledaiOptions.DEFAULTS;

    static SledaiResult sledai(String... codes) {
        return Sledai2kTest.present(codes);
    }

    @Test
    void tv_RI1_proteinuria_improved_arthritis_resolved_rash_unchanged_4() {
        SledaiResult base = sledai("PROTEINURIA", "ARTHRITIS", "RASH");
        SledaiResult fu = sledai("PROTEINURIA", "RASH");
        Ri50Result r = ResponderIndex50.score(
                base,
                fu,
                Map.of(
                        "PROTEINURIA",
                        Ri50State.IMPROVED_GE50,
                        "ARTHRITIS",
                        Ri50State.RESOLVED,
                        "RASH",
                        Ri50State.NOT_IMPROVED));
        assertThat(r.score()).isEqualByComparingTo("4.0");
        assertThat(r.score().scale()).isEqualTo(1);
        assertThat(r.complete()).isTrue();
        assertThat(r.items())
                .extracting(Ri50Result.Item::code, i -> i.points().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ARTHRITIS", "0.0"),
                        org.assertj.core.groups.Tuple.tuple("PROTEINURIA", "2.0"),
                        org.assertj.core.groups.Tuple.tuple("RASH", "2.0"));
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void tv_RI2_serology_both_improved_2() {
        SledaiResult base = sledai("LOW_COMPLEMENT", "INCREASED_DNA_BINDING");
        Ri50Result r = ResponderIndex50.score(
                base,
                base,
                Map.of("LOW_COMPLEMENT", Ri50State.IMPROVED_GE50, "INCREASED_DNA_BINDING", Ri50State.IMPROVED_GE50));
        assertThat(r.score()).isEqualTo(new BigDecimal("2.0"));
    }

    @Test
    void weight_1_improved_gives_half_points_and_new_descriptor_full_weight() {
        // hand: THROMBOCYTOPENIA 1 improved -> 0.5; new PLEURISY -> 2; total 2.5
        SledaiResult base = sledai("THROMBOCYTOPENIA");
        SledaiResult fu = sledai("THROMBOCYTOPENIA", "PLEURISY");
        Ri50Result r = ResponderIndex50.score(base, fu, Map.of("THROMBOCYTOPENIA", Ri50State.IMPROVED_GE50));
        assertThat(r.score()).isEqualTo(new BigDecimal("2.5"));
        assertThat(r.items())
                .filteredOn(i -> i.code().equals("PLEURISY"))
                .singleElement()
                .extracting(Ri50Result.Item::basis)
                .isEqualTo(Ri50Result.Basis.NEW);
    }

    @Test
    void absent_at_follow_up_without_state_is_resolved_but_present_without_state_is_incomplete() {
        SledaiResult base = sledai("ARTHRITIS", "RASH");
        Ri50Result resolved = ResponderIndex50.score(base, sledai(), Map.of());
        assertThat(resolved.score()).isEqualTo(new BigDecimal("0.0"));
        assertThat(resolved.items()).allMatch(i -> i.basis() == Ri50Result.Basis.ABSENT_AT_FOLLOW_UP);
        Ri50Result incomplete = ResponderIndex50.score(base, sledai("RASH"), Map.of());
        assertThat(incomplete.complete()).isFalse();
        assertThat(incomplete.score()).isNull();
        assertThat(incomplete.missing()).containsExactly("RASH");
    }

    @Test
    void contradicting_or_unused_states_are_warned() {
        SledaiResult base = sledai("ARTHRITIS");
        Ri50Result r = ResponderIndex50.score(
                base, sledai("ARTHRITIS"), Map.of("ARTHRITIS", Ri50State.RESOLVED, "RASH", Ri50State.NOT_IMPROVED));
        assertThat(r.score()).isEqualTo(new BigDecimal("0.0"));
        assertThat(r.warnings()).hasSize(2);
        assertThat(r.warnings()).anyMatch(w -> w.contains("RASH") && w.contains("not active at baseline"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("ARTHRITIS") && w.contains("present"));
    }

    @Test
    void from_assessments_reads_states_of_the_current_sledai_section() {
        ScoreInput in = Json.input("{'baseline': {'sledai2k': {'present': ['PROTEINURIA', 'ARTHRITIS', 'RASH']}},"
                + " 'current': {'sledai2k': {'present': ['PROTEINURIA', 'RASH'],"
                + " 'ri50': {'PROTEINURIA': 'IMPROVED_GE50', 'RASH': 'NOT_IMPROVED'}}}}");
        Ri50Result r = ResponderIndex50.score(in.baseline(), in.current(), O).orElseThrow();
        assertThat(r.score()).isEqualTo(new BigDecimal("4.0")); // TV-RI1 with ARTHRITIS resolved by absence
        Assessment none = Json.input("{'current': {'pga': 1}}").current();
        assertThat(ResponderIndex50.score(in.baseline(), none, O)).isEmpty();
    }
}
