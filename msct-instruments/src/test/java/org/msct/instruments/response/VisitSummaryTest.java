package org.msct.instruments.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;
import org.msct.instruments.model.FieldException;

/** Impossible or unknown inputs are rejected with the field, the value and what is allowed. */
class VisitSummaryTest {
    private static String field(Throwable e) {
        return ((FieldException) e).field();
    }

    @Test
    void vs01_sledai_total_outside_0_105() {
        assertThatThrownBy(() -> VisitSummary.builder().sledaiScore(106).build())
                .satisfies(e -> assertThat(field(e)).isEqualTo("sledai2k.score"))
                .hasMessageContaining("value 106 is not allowed; allowed: 0–105");
        assertThatThrownBy(() -> VisitSummary.builder().sledaiScore(-1).build()).isInstanceOf(FieldException.class);
    }

    @Test
    void vs02_unknown_descriptor_code() {
        assertThatThrownBy(() ->
                        VisitSummary.builder().sledai(4, Set.of("NEPHRITIS")).build())
                .satisfies(e -> assertThat(field(e)).isEqualTo("sledai2k.descriptors"))
                .hasMessageContaining("value NEPHRITIS is not allowed; allowed:")
                .hasMessageContaining("PROTEINURIA");
    }

    @Test
    void vs03_total_inconsistent_with_the_number_of_descriptors() {
        // two descriptors weigh at least 2 and at most 16
        assertThatThrownBy(() -> VisitSummary.builder()
                        .sledai(1, Set.of("RASH", "ALOPECIA"))
                        .build())
                .satisfies(e -> assertThat(field(e)).isEqualTo("sledai2k.score"))
                .hasMessageContaining("allowed: 2–16");
        assertThatThrownBy(() -> VisitSummary.builder().sledai(4, Set.of()).build())
                .isInstanceOf(FieldException.class);
        assertThat(VisitSummary.builder().sledai(0, Set.of()).build().sledai2k())
                .isZero();
    }

    @Test
    void vs04_pga_outside_0_3_and_negative_or_nan_prednisone() {
        assertThatThrownBy(() -> VisitSummary.builder().pga(3.5).build())
                .satisfies(e -> assertThat(field(e)).isEqualTo("pga"))
                .hasMessageContaining("value 3.5 is not allowed; allowed: 0.0–3.0");
        assertThatThrownBy(() -> VisitSummary.builder().pga(Double.NaN).build()).isInstanceOf(FieldException.class);
        assertThatThrownBy(() -> VisitSummary.builder().prednisoneMgDay(-2.5).build())
                .satisfies(e -> assertThat(field(e)).isEqualTo("prednisone_mg_day"));
        assertThatThrownBy(() -> VisitSummary.builder()
                        .prednisoneMgDay(Double.POSITIVE_INFINITY)
                        .build())
                .isInstanceOf(FieldException.class);
    }

    @Test
    void vs05_null_grade_and_blank_drug_code() {
        Map<BilagSystem, BilagGrade> grades = new HashMap<>();
        grades.put(BilagSystem.RENAL, null);
        assertThatThrownBy(() -> VisitSummary.builder().bilag(grades).build())
                .satisfies(e -> assertThat(field(e)).isEqualTo("bilag2004.grades.RENAL"));
        assertThatThrownBy(() ->
                        VisitSummary.builder().immunosuppressants(List.of(" ")).build())
                .satisfies(e -> assertThat(field(e)).isEqualTo("immunosuppressants"));
    }

    @Test
    void vs06_collections_are_copied() {
        Map<BilagSystem, BilagGrade> grades = new HashMap<>(Map.of(BilagSystem.RENAL, BilagGrade.A));
        VisitSummary v = VisitSummary.builder().bilag(grades).build();
        grades.put(BilagSystem.RENAL, BilagGrade.E);
        assertThat(v.bilag()).containsEntry(BilagSystem.RENAL, BilagGrade.A);
        assertThatThrownBy(() -> v.bilag().put(BilagSystem.RENAL, BilagGrade.B))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
