package org.msct.trial.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.trial.eligibility.Subjects.criterion;
import static org.msct.trial.eligibility.Subjects.json;
import static org.msct.trial.eligibility.Subjects.screen;
import static org.msct.trial.eligibility.Subjects.status;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Both settings of every eligibility option of the shipped protocols, each on a subject whose status flips between
 * them (the regimen, schedule, endpoint and release options are in ProtocolOptionsTest and ReleaseCheckTest).
 */
class ScreeningOptionsTest {

    @Test
    void so01_liang_sledai_threshold_gt8_or_ge8() {
        String s = "{\"subject_id\": \"X\", \"sledai2k\": {\"score\": 8}}";
        assertThat(status("liang-2010", "sledaiThreshold", "GT8", "INCL02", s))
                .isEqualTo(Status.NOT_MET); // 8 > 8 false
        assertThat(status("liang-2010", "sledaiThreshold", "GE8", "INCL02", s)).isEqualTo(Status.MET);
    }

    @Test
    void so02_wang2014_sledai_threshold_abstract_gt6_or_registry_ge8() {
        // patient 13 of Table 1 entered with SLEDAI 7
        String s = "{\"subject_id\": \"P13\", \"sledai2k\": {\"score\": 7}}";
        assertThat(status("wang-2014", "sledaiThreshold", "ABSTRACT_GT6", "INCL02", s))
                .isEqualTo(Status.MET);
        assertThat(status("wang-2014", "sledaiThreshold", "REGISTRY_GE8", "INCL02", s))
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void so03_wang2014_age_range_15_70_or_15_60_or_16_plus() {
        String age = "{\"subject_id\": \"X\", \"demographics\": {\"age_years\": %d}}";
        assertThat(status("wang-2014", "ageRange", "CTGOV_15_70", "INCL03", age.formatted(65)))
                .isEqualTo(Status.MET);
        assertThat(status("wang-2014", "ageRange", "VEEVA_15_60", "INCL03", age.formatted(65)))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("wang-2014", "ageRange", "ABSTRACT_GE16", "INCL03", age.formatted(65)))
                .isEqualTo(Status.MET);
        assertThat(status("wang-2014", "ageRange", "CTGOV_15_70", "INCL03", age.formatted(15)))
                .isEqualTo(Status.MET);
        assertThat(status("wang-2014", "ageRange", "ABSTRACT_GE16", "INCL03", age.formatted(15)))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("wang-2014", "ageRange", "ABSTRACT_GE16", "INCL03", age.formatted(85)))
                .isEqualTo(Status.MET);
    }

    @Test
    void so04_wang2014_lupus_nephritis_not_required_or_registry() {
        // patient 12 of Table 1 had no LN
        String s = "{\"subject_id\": \"P12\", \"renal\": {\"protein_24h\": {\"value\": 0.3, \"unit\": \"g/24h\"}}}";
        ScreeningResult not = screen("wang-2014", Map.of("lupusNephritis", "NOT_REQUIRED"), json(s));
        assertThat(not.criteria()).extracting(CriterionResult::code).doesNotContain("INCL04");
        assertThat(status("wang-2014", "lupusNephritis", "REGISTRY_REQUIRED", "INCL04", s))
                .isEqualTo(Status.NOT_MET);
    }

    static final String SLICC_ONLY =
            """
            {"subject_id": "X", "classification": {
              "acr-1997": {"items": {"MALAR_RASH": false, "DISCOID_RASH": false, "PHOTOSENSITIVITY": false, "ORAL_ULCERS": false,
                "ARTHRITIS": false, "SEROSITIS": false, "RENAL_DISORDER": true, "NEUROLOGIC_DISORDER": false,
                "HEMATOLOGIC_DISORDER": false, "IMMUNOLOGIC_DISORDER": true, "ANA": true}},
              "slicc-2012": {"items": {"BIOPSY_PROVEN_LN": true, "ANTI_DSDNA": true}}}}""";

    @Test
    void so05_classification_set_acr_1997_or_any_current() {
        // ACR 3 of 11 (not classified); SLICC stand-alone route: biopsy-proven LN + anti-dsDNA (classified)
        for (String p : new String[] {"gu-2014", "wang-2018"}) {
            assertThat(status(p, "classificationSet", "ACR_1997", "INCL01", SLICC_ONLY))
                    .isEqualTo(Status.NOT_MET);
            CriterionResult any =
                    criterion(screen(p, Map.of("classificationSet", "ANY_CURRENT"), json(SLICC_ONLY)), "INCL01");
            assertThat(any.status()).isEqualTo(Status.MET);
            assertThat(any.evaluation().parts())
                    .extracting(Evaluation::status)
                    .containsExactly(Status.NOT_MET, Status.MET, Status.MISSING_DATA);
        }
    }

    @Test
    void so06_gu_ln_definition_active_ln_or_biopsy_and_activity() {
        String s = "{\"subject_id\": \"X\", \"flags\": {\"active_lupus_nephritis\": true},"
                + " \"renal\": {\"protein_24h\": {\"value\": 2.4, \"unit\": \"g/24h\"}, \"biopsy\": {\"done\": false}}}";
        assertThat(status("gu-2014", "lnDefinition", "ACTIVE_LN", "INCL02", s)).isEqualTo(Status.MET);
        assertThat(status("gu-2014", "lnDefinition", "BIOPSY_AND_ACTIVITY", "INCL02", s))
                .isEqualTo(Status.NOT_MET);
        String biopsied = s.replace("{\"done\": false}", "{\"classes\": [\"IV\", \"V\"]}");
        assertThat(status("gu-2014", "lnDefinition", "BIOPSY_AND_ACTIVITY", "INCL02", biopsied))
                .isEqualTo(Status.MET);
    }

    @Test
    void so07_gu_refractory_conventional_or_nanjing_2023() {
        // prednisone 15 mg/day ongoing without response; CYC cumulative 4 g without response
        String s =
                """
                {"subject_id": "X", "treatments": [
                  {"drug": "PREDNISONE", "dose": {"value": 15, "unit": "mg", "per": "day"}, "ongoing": true, "response": "NONE"},
                  {"drug": "CYC", "cumulative": {"value": %s, "unit": "g"}, "response": "NONE"}]}""";
        assertThat(status("gu-2014", "refractoryDefinition", "CONVENTIONAL", "INCL03", s.formatted("4")))
                .isEqualTo(Status.MET);
        assertThat(status("gu-2014", "refractoryDefinition", "NANJING_2023", "INCL03", s.formatted("4")))
                .isEqualTo(Status.NOT_MET);
        assertThat(status("gu-2014", "refractoryDefinition", "NANJING_2023", "INCL03", s.formatted("7.2")))
                .isEqualTo(Status.MET);
    }

    @Test
    void so08_wang2018_age_limit_none_or_adults() {
        String s = "{\"subject_id\": \"X\", \"demographics\": {\"age_years\": 17}}";
        assertThat(screen("wang-2018", Map.of("ageLimit", "NONE"), json(s)).criteria())
                .extracting(CriterionResult::code)
                .doesNotContain("INCL04");
        assertThat(status("wang-2018", "ageLimit", "ADULTS_18", "INCL04", s)).isEqualTo(Status.NOT_MET);
    }
}
