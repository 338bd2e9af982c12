package org.msct.trial.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.msct.trial.eligibility.Subjects.criterion;
import static org.msct.trial.eligibility.Subjects.example;
import static org.msct.trial.eligibility.Subjects.json;
import static org.msct.trial.eligibility.Subjects.screen;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Screening decisions, three-valued logic, unit conversions and refractoriness arithmetic, computed by hand. */
class ScreeningTest {

    @Test
    void sc01_example_subjects_eligible_not_eligible_incomplete() {
        ScreeningResult ok = screen("wang-2014", Map.of(), example("eligible"));
        assertThat(ok.decision()).isEqualTo(Decision.ELIGIBLE);
        // SLEDAI-2K from descriptors and labs: ARTHRITIS 4 + RASH 2 + PROTEINURIA 4 (2.1 > 0.5 g) + LOW_COMPLEMENT 2
        // + INCREASED_DNA_BINDING 2 = 14
        assertThat(criterion(ok, "INCL02").evaluation().value()).startsWith("14 (computed from");
        assertThat(criterion(ok, "INCL03").evaluation().value()).isEqualTo("29 years (born 1994-05-12)");

        ScreeningResult no = screen("wang-2014", Map.of(), example("not-eligible"));
        assertThat(no.decision()).isEqualTo(Decision.NOT_ELIGIBLE);
        assertThat(criterion(no, "INCL02").status()).isEqualTo(Status.NOT_MET); // 5 is not > 6
        assertThat(criterion(no, "EXCL01").status()).isEqualTo(Status.MET); // pregnant
        assertThat(criterion(no, "EXCL01").outcome()).isEqualTo(CriterionResult.Outcome.FAILS);

        ScreeningResult inc = screen("wang-2014", Map.of(), example("incomplete"));
        assertThat(inc.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(inc.criteria())
                .filteredOn(c -> c.status() == Status.MISSING_DATA)
                .extracting(CriterionResult::code)
                .containsExactly("INCL05", "EXCL02");
        assertThat(criterion(inc, "INCL05").evaluation().parts().get(0).value()).isEqualTo("not recorded: treatments");
    }

    @Test
    void sc02_every_applicable_criterion_is_listed_in_protocol_order() {
        ScreeningResult r = screen("wang-2014", Map.of(), example("eligible"));
        // lupusNephritis = NOT_REQUIRED: INCL04 does not apply
        assertThat(r.criteria())
                .extracting(CriterionResult::code)
                .containsExactly(
                        "INCL01", "INCL02", "INCL03", "INCL05", "INCL06", "INCL07", "EXCL01", "EXCL02", "EXCL03");
        assertThat(criterion(r, "INCL02").option()).isEqualTo("sledaiThreshold=ABSTRACT_GT6");
        assertThat(criterion(r, "INCL02").provenance()).isEqualTo(org.msct.trial.protocol.ProvenanceTag.VERIFIED);
    }

    @Test
    void sc03_missing_data_never_counts_as_met_nor_as_not_excluded() {
        // everything satisfied except that the exclusion flags are absent -> INCOMPLETE, not ELIGIBLE
        String s =
                """
                {"subject_id": "X", "demographics": {"age_years": 30},
                 "classification": {"acr-1997": {"fulfilled": true}}, "sledai2k": {"score": 12},
                 "treatments": [{"drug": "PREDNISONE", "dose": {"value": 30, "unit": "mg", "per": "day"}, "response": "NONE"},
                                {"drug": "AZA", "duration": {"value": 4, "unit": "months"}, "response": "NONE"}],
                 "flags": {"informed_consent": true, "contraception_agreed": true}}""";
        ScreeningResult r = screen("wang-2014", Map.of(), json(s));
        assertThat(r.decision()).isEqualTo(Decision.INCOMPLETE);
        assertThat(criterion(r, "EXCL01").outcome()).isEqualTo(CriterionResult.Outcome.UNKNOWN);
        assertThat(r.count(Status.MISSING_DATA)).isEqualTo(3);
        // a failed criterion decides even with missing data elsewhere
        ScreeningResult pregnant = screen(
                "wang-2014",
                Map.of(),
                json(s.replace("\"informed_consent\": true", "\"pregnant\": true, \"informed_consent\": true")));
        assertThat(pregnant.decision()).isEqualTo(Decision.NOT_ELIGIBLE);
    }

    @Test
    void sc04_proteinuria_converts_units_of_one_measure_and_never_substitutes_another() {
        String base = "{\"subject_id\": \"X\", \"renal\": {%s}}";
        // wang-2014 registry LN: 24-h protein >= 1 g/24h; 1000 mg/24h = 1 g/24h -> met (inclusive)
        assertThat(Subjects.status(
                        "wang-2014",
                        "lupusNephritis",
                        "REGISTRY_REQUIRED",
                        "INCL04",
                        base.formatted("\"protein_24h\": {\"value\": 1000, \"unit\": \"mg/24h\"}")))
                .isEqualTo(Status.MET);
        assertThat(Subjects.status(
                        "wang-2014",
                        "lupusNephritis",
                        "REGISTRY_REQUIRED",
                        "INCL04",
                        base.formatted("\"protein_24h\": {\"value\": 999, \"unit\": \"mg/24h\"}")))
                .isEqualTo(Status.NOT_MET);
        // only a UPCR: not substituted -> missing data, explained
        CriterionResult upcr = criterion(
                screen(
                        "wang-2014",
                        Map.of("lupusNephritis", "REGISTRY_REQUIRED"),
                        json(base.formatted("\"upcr\": {\"value\": 150, \"unit\": \"mg/mmol\"}"))),
                "INCL04");
        assertThat(upcr.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(upcr.evaluation().value())
                .contains("UPCR 150 mg/mmol is recorded but is another measure; not substituted");
    }

    @Test
    void sc05_creatinine_in_umol_per_litre_is_converted_at_88_4() {
        // liang INCL03: 24-h protein >= 1 g OR creatinine >= 1.5 mg/dL. 133 umol/L / 88.4 = 1.5045 mg/dL -> met;
        // 132 umol/L = 1.4932 mg/dL -> not met (protein 0.5 g also not met)
        String s = "{\"subject_id\": \"X\", \"renal\": {\"protein_24h\": {\"value\": 0.5, \"unit\": \"g/24h\"},"
                + " \"serum_creatinine\": {\"value\": %d, \"unit\": \"umol/L\"}}}";
        CriterionResult met = criterion(screen("liang-2010", Map.of(), json(s.formatted(133))), "INCL03");
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.evaluation().parts().get(1).value()).isEqualTo("133 umol/L = 1.5045 mg/dL");
        assertThat(criterion(screen("liang-2010", Map.of(), json(s.formatted(132))), "INCL03")
                        .status())
                .isEqualTo(Status.NOT_MET);
    }

    static final String LIANG_CYC =
            """
            {"subject_id": "X", "demographics": {"weight_kg": 60 %s},
             "treatments": [{"drug": "CYC", "dose": {"value": %s, "unit": "g", "per": "month"}, "duration": {"value": 8, "unit": "months"}, "response": "NONE"},
                            {"drug": "PREDNISONE", "dose": {"value": 20, "unit": "mg", "per": "day"}, "duration": {"value": 26, "unit": "weeks"}, "response": "PARTIAL"}]}""";

    @Test
    void sc06_cyclophosphamide_dose_per_m2_uses_mosteller_body_surface_area() {
        // BSA = sqrt(160 x 60 / 3600) = sqrt(2.6667) = 1.6330 m2.
        // 0.8 g/month / 1.6330 = 0.4899 g/m2 per month < 0.75 -> not met; 1.25 g/month / 1.6330 = 0.7655 -> met
        CriterionResult low = criterion(
                screen("liang-2010", Map.of(), json(LIANG_CYC.formatted(", \"height_cm\": 160", "0.8"))), "INCL04");
        Evaluation cycDose =
                low.evaluation().parts().get(0).parts().get(0).parts().get(0);
        assertThat(cycDose.status()).isEqualTo(Status.NOT_MET);
        assertThat(cycDose.value()).isEqualTo("0.8 g per month = 0.4899 g/m2 per month (BSA 1.633 m2, Mosteller)");
        CriterionResult high = criterion(
                screen("liang-2010", Map.of(), json(LIANG_CYC.formatted(", \"height_cm\": 160", "1.25"))), "INCL04");
        assertThat(high.evaluation().parts().get(0).status()).isEqualTo(Status.MET);
        // prednisone 26 weeks = 182 days = 5.98 months < 6 months -> the refractory criterion is not met
        assertThat(high.evaluation().parts().get(1).status()).isEqualTo(Status.NOT_MET);
        assertThat(high.status()).isEqualTo(Status.NOT_MET);
        // without height the per-m2 comparison is missing data, named
        CriterionResult noHeight =
                criterion(screen("liang-2010", Map.of(), json(LIANG_CYC.formatted("", "1.25"))), "INCL04");
        assertThat(noHeight.evaluation().parts().get(0).status()).isEqualTo(Status.MISSING_DATA);
        assertThat(noHeight.evaluation()
                        .parts()
                        .get(0)
                        .parts()
                        .get(0)
                        .parts()
                        .get(0)
                        .value())
                .contains("without height and weight (body surface area)")
                .contains("height_cm not recorded");
    }

    @Test
    void sc07_dose_intensity_compares_intervals_and_duration_units() {
        // wang-2014 CYC >= 0.4 g/m2 per 2 weeks: 0.8 g/m2 per month = 0.8 x 14 / 30.4375 = 0.368 g/m2 per 2 weeks ->
        // not met
        // MMF 2000 mg per day = 2 g per day -> met; 13 weeks = 91 days = 2.99 months < 3 -> duration not met
        String s =
                """
                {"subject_id": "X", "treatments": [
                  {"drug": "PREDNISONE", "dose": {"value": 25, "unit": "mg", "per": "day"}, "response": "NONE"},
                  {"drug": "CYC", "dose": {"value": 0.8, "unit": "g/m2", "per": "month"}, "duration": {"value": 1, "unit": "years"}, "response": "NONE"},
                  {"drug": "MMF", "dose": {"value": 2000, "unit": "mg", "per": "day"}, "duration": {"value": 13, "unit": "weeks"}, "response": "NONE"}]}""";
        Evaluation refractory =
                criterion(screen("wang-2014", Map.of(), json(s)), "INCL05").evaluation();
        Evaluation any = refractory.parts().get(1);
        Evaluation cycDose = any.parts().get(0).parts().get(0).parts().get(0);
        assertThat(cycDose.value()).isEqualTo("0.8 g/m2 per month = 0.368 g/m2 per 2 weeks");
        assertThat(cycDose.status()).isEqualTo(Status.NOT_MET);
        Evaluation mmf = any.parts().get(1).parts().get(0);
        assertThat(mmf.parts().get(0).value()).isEqualTo("2000 mg per day = 2 g per day");
        assertThat(mmf.parts().get(0).status()).isEqualTo(Status.MET);
        assertThat(mmf.parts().get(1).value()).isEqualTo("13 weeks = 2.9897 months");
        assertThat(mmf.parts().get(1).status()).isEqualTo(Status.NOT_MET);
        assertThat(refractory.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void sc08_treatment_history_absent_empty_or_incomplete() {
        String none = "{\"subject_id\": \"X\", \"treatments\": []}";
        assertThat(criterion(screen("wang-2018", Map.of(), json(none)), "INCL03")
                        .status())
                .isEqualTo(Status.NOT_MET);
        assertThat(criterion(screen("wang-2018", Map.of(), json("{\"subject_id\": \"X\"}")), "INCL03")
                        .status())
                .isEqualTo(Status.MISSING_DATA);
        // a course whose response is unknown: missing data for that course
        String unknown = "{\"subject_id\": \"X\", \"treatments\": [{\"drug\": \"MMF\"}]}";
        assertThat(criterion(screen("wang-2018", Map.of(), json(unknown)), "INCL03")
                        .status())
                .isEqualTo(Status.MISSING_DATA);
        String complete = "{\"subject_id\": \"X\", \"treatments\": [{\"drug\": \"MMF\", \"response\": \"COMPLETE\"}]}";
        assertThat(criterion(screen("wang-2018", Map.of(), json(complete)), "INCL03")
                        .status())
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void sc09_cumulative_dose_recorded_or_from_dose_times_duration() {
        // gu NANJING_2023: CYC cumulative >= 6 g. 1 g per month for 6 months = 6 g -> met (inclusive, despite binary
        // rounding)
        String s =
                """
                {"subject_id": "X", "treatments": [
                  {"drug": "PREDNISONE", "dose": {"value": 10, "unit": "mg", "per": "day"}, "ongoing": true},
                  {"drug": "CYC", %s, "response": "NONE"}]}""";
        Map<String, String> o = Map.of("refractoryDefinition", "NANJING_2023");
        CriterionResult computed = criterion(
                screen(
                        "gu-2014",
                        o,
                        json(
                                s.formatted(
                                        "\"dose\": {\"value\": 1, \"unit\": \"g\", \"per\": \"month\"}, \"duration\": {\"value\": 6, \"unit\": \"months\"}"))),
                "INCL03");
        assertThat(computed.status()).isEqualTo(Status.MET);
        CriterionResult recorded = criterion(
                screen("gu-2014", o, json(s.formatted("\"cumulative\": {\"value\": 5800, \"unit\": \"mg\"}"))),
                "INCL03");
        assertThat(recorded.status()).isEqualTo(Status.NOT_MET); // 5.8 g < 6 g
    }

    @Test
    void sc10_bilag_one_a_or_two_b_with_ungraded_systems() {
        String s =
                "{\"subject_id\": \"X\", \"sledai2k\": {\"score\": 4}, \"bilag\": {\"scheme\": \"classic\", \"grades\": {%s}}}";
        String all =
                "\"GENERAL\": \"C\", \"MUCOCUTANEOUS\": \"%s\", \"NEUROLOGICAL\": \"E\", \"MUSCULOSKELETAL\": \"%s\","
                        + " \"CARDIORESPIRATORY\": \"E\", \"VASCULITIS\": \"E\", \"RENAL\": \"%s\", \"HAEMATOLOGICAL\": \"D\"";
        // SLEDAI 4 < 8, so BILAG decides: 1 A -> met; 2 B -> met; 1 B and every system graded -> not met
        assertThat(Subjects.status(
                        "wang-2018", "ageLimit", "NONE", "INCL02", s.formatted(all.formatted("C", "C", "A"))))
                .isEqualTo(Status.MET);
        assertThat(Subjects.status(
                        "wang-2018", "ageLimit", "NONE", "INCL02", s.formatted(all.formatted("B", "C", "B"))))
                .isEqualTo(Status.MET);
        assertThat(Subjects.status(
                        "wang-2018", "ageLimit", "NONE", "INCL02", s.formatted(all.formatted("C", "C", "B"))))
                .isEqualTo(Status.NOT_MET);
        // 1 B with 7 systems ungraded: a second B is possible -> missing data
        assertThat(Subjects.status("wang-2018", "ageLimit", "NONE", "INCL02", s.formatted("\"RENAL\": \"B\"")))
                .isEqualTo(Status.MISSING_DATA);
    }

    @Test
    void sc11_age_in_completed_years_on_the_screening_date() {
        // born 2009-03-01: 15 on 2024-03-01 (birthday) -> within 15-70; born 2009-03-02: still 14 -> not met
        String s = "{\"subject_id\": \"X\", \"demographics\": {\"birth_date\": \"%s\"}}";
        assertThat(Subjects.status("wang-2014", "ageRange", "CTGOV_15_70", "INCL03", s.formatted("2009-03-01")))
                .isEqualTo(Status.MET);
        assertThat(Subjects.status("wang-2014", "ageRange", "CTGOV_15_70", "INCL03", s.formatted("2009-03-02")))
                .isEqualTo(Status.NOT_MET);
        assertThat(Subjects.status("wang-2014", "ageRange", "CTGOV_15_70", "INCL03", "{\"subject_id\": \"X\"}"))
                .isEqualTo(Status.MISSING_DATA);
    }

    @Test
    void sc12_report_renders_json_and_text() {
        ScreeningResult r = screen("wang-2014", Map.of(), example("incomplete"));
        String json = ScreeningReport.toJson(r).toJson();
        assertThat(json)
                .contains("\"decision\": \"INCOMPLETE\"")
                .contains("\"missing_data\": 2")
                .contains("\"code\": \"INCL05\"");
        String text = ScreeningReport.toText(r);
        assertThat(text)
                .contains("CODE     CATEGORY  STATUS       OUTCOME  CRITERION")
                .contains("INCL05   INCLUSION MISSING_DATA UNKNOWN")
                .contains("Decision: INCOMPLETE  (met 5, not met 2, missing data 2)");
    }
}
