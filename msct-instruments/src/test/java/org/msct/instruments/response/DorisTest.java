package org.msct.instruments.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.instruments.model.FieldException;
import org.msct.instruments.units.Comparison;

/** DORIS 2021 remission (van Vollenhoven 2021; instruments.md §6.3): TV-C15, C17, C18, option, missing inputs. */
class DorisTest {
    private static final Set<String> SEROLOGY = Set.of("LOW_COMPLEMENT", "INCREASED_DNA_BINDING");

    /** TV-C15: clinical SLEDAI 0 (SLEDAI-2K 4 serology), PGA 0.4, prednisolone 5 mg, stable MMF. */
    private static VisitSummary.Builder c15() {
        return VisitSummary.builder()
                .sledai(4, SEROLOGY)
                .pga(0.4)
                .prednisoneMgDay(5)
                .immunosuppressants(List.of("MMF"));
    }

    @Test
    void tv_C15_serology_only_pga_0_4_prednisolone_5_is_remission() {
        ResponseResult r = Doris.evaluate(c15().build());
        assertThat(r.status()).isEqualTo(ResponseStatus.MET);
        assertThat(r.index()).isEqualTo("DORIS 2021");
        assertThat(r.criteria())
                .extracting(CriterionResult::id)
                .containsExactly("CLINICAL_SLEDAI_ZERO", "PGA", "PREDNISONE", "TREATMENT_ALLOWED");
        assertThat(r.criteria().get(0).observed()).isEqualTo("clinical SLEDAI-2K 0 (total 4 − serology 4); none");
        assertThat(r.criteria().get(2).rule()).contains("≤ 5");
        assertThat(r.criteria().get(3).observed()).contains("MMF");
    }

    @Test
    void tv_C15_option_lt_5_table_wording_makes_5_mg_not_remission() {
        ResponseResult r = Doris.evaluate(c15().build(), new DorisOptions(Comparison.LT));
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("PREDNISONE");
        assertThat(r.failed().get(0).rule()).contains("< 5");
        assertThat(Doris.evaluate(c15().prednisoneMgDay(4.9).build(), new DorisOptions(Comparison.LT))
                        .met())
                .isTrue();
        assertThat(DorisOptions.DEFAULT.prednisoneBoundary()).isEqualTo(Comparison.LE);
    }

    @Test
    void tv_C17_prednisolone_6_is_not_remission() {
        assertThat(Doris.evaluate(c15().prednisoneMgDay(6).build()).failed())
                .extracting(CriterionResult::id)
                .containsExactly("PREDNISONE");
    }

    @Test
    void tv_C18_clinical_sledai_2_alopecia_is_not_remission() {
        VisitSummary v = VisitSummary.builder()
                .sledai(2, Set.of("ALOPECIA"))
                .pga(0.2)
                .prednisoneMgDay(0)
                .build();
        ResponseResult r = Doris.evaluate(v);
        assertThat(r.failed()).extracting(CriterionResult::id).containsExactly("CLINICAL_SLEDAI_ZERO");
        assertThat(r.failed().get(0).observed())
                .isEqualTo("clinical SLEDAI-2K 2 (total 2 − serology 0); present: [ALOPECIA]");
    }

    @Test
    void doris01_pga_must_be_below_0_5_not_at_it() {
        assertThat(Doris.evaluate(c15().pga(0.5).build()).failed())
                .extracting(CriterionResult::id)
                .containsExactly("PGA");
        assertThat(Doris.evaluate(c15().pga(0.49).build()).met()).isTrue();
    }

    @Test
    void doris02_descriptors_without_a_total_are_enough() {
        VisitSummary v = new VisitSummary(null, Set.of("LOW_COMPLEMENT"), null, 0.0, 2.5, null, true, null, null, null);
        ResponseResult r = Doris.evaluate(v);
        assertThat(r.met()).isTrue();
        assertThat(r.criteria().get(0).observed()).isEqualTo("none");
    }

    @Test
    void doris03_total_inconsistent_with_serology_only_descriptors_is_rejected() {
        // only serology (weights 2 + 2 = 4) but a total of 6 implies a clinical descriptor that is not listed
        VisitSummary v = VisitSummary.builder()
                .sledai(6, SEROLOGY)
                .pga(0.1)
                .prednisoneMgDay(0)
                .build();
        assertThatThrownBy(() -> Doris.evaluate(v))
                .isInstanceOf(FieldException.class)
                .satisfies(e -> assertThat(((FieldException) e).field()).isEqualTo("sledai2k.score"))
                .hasMessageContaining("not consistent");
    }

    @Test
    void doris04_missing_inputs_are_named() {
        ResponseResult r = Doris.evaluate(VisitSummary.builder().sledaiScore(0).build());
        assertThat(r.status()).isEqualTo(ResponseStatus.INCOMPLETE);
        assertThat(r.missing()).containsExactly("current.sledai2k", "current.pga", "current.prednisone_mg_day");
    }
}
