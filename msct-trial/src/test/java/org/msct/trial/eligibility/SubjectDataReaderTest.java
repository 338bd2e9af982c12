package org.msct.trial.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.msct.core.error.InputDataException;
import org.msct.trial.protocol.Units;

/** Invalid SUBJECT-DATA is refused with the file, the field, the value and what is allowed. */
class SubjectDataReaderTest {

    static AbstractThrowableAssert<?, ? extends Throwable> refused(String json, String field) {
        return assertThatThrownBy(() -> SubjectDataReader.read(json, "s.json"))
                .isInstanceOf(InputDataException.class)
                .satisfies(e -> assertThat(((InputDataException) e).column()).isEqualTo(field))
                .hasMessageStartingWith("s.json: field '" + field + "'");
    }

    @Test
    void sd01_a_complete_subject_reads() {
        SubjectData s = Subjects.example("eligible");
        assertThat(s.subjectId()).isEqualTo("SCR-001");
        assertThat(s.protocolId()).isEqualTo("wang-2014");
        assertThat(s.demographics().weightKg()).isEqualTo(55.0);
        assertThat(s.treatments()).hasSize(2);
        assertThat(s.renal().creatinine().unit()).isEqualTo(Units.Creatinine.UMOL_PER_L);
        assertThat(s.sledai().score()).isEqualTo(14);
    }

    @Test
    void sd02_units_are_required_and_checked() {
        refused(
                        "{\"subject_id\": \"X\", \"renal\": {\"protein_24h\": {\"value\": 2, \"unit\": \"g\"}}}",
                        "renal.protein_24h.unit")
                .hasMessageContaining("unit 'g' is not allowed; allowed: g/24h, mg/24h");
        refused(
                        "{\"subject_id\": \"X\", \"renal\": {\"protein_24h\": {\"value\": 150, \"unit\": \"mg/mmol\"}}}",
                        "renal.protein_24h.unit")
                .hasMessageContaining("a ratio, not 24-h excretion; put it in upcr");
        refused("{\"subject_id\": \"X\", \"demographics\": {\"weight\": 60}}", "demographics.weight")
                .hasMessageContaining("unit missing: use weight_kg");
        refused(
                        "{\"subject_id\": \"X\", \"treatments\": [{\"drug\": \"CYC\", \"dose\": {\"value\": 1, \"unit\": \"g/day\", \"per\": \"month\"}}]}",
                        "treatments[0].dose.unit")
                .hasMessageContaining("allowed: mg, g, mg/m2, g/m2, mg/kg, g/kg");
        refused(
                        "{\"subject_id\": \"X\", \"renal\": {\"serum_creatinine\": {\"value\": 150}}}",
                        "renal.serum_creatinine.unit")
                .hasMessageContaining("unit missing; allowed: mg/dL, umol/L");
    }

    @Test
    void sd03_impossible_values_name_the_range() {
        refused("{\"subject_id\": \"X\", \"demographics\": {\"weight_kg\": 60000}}", "demographics.weight_kg")
                .hasMessageContaining("60000")
                .hasMessageContaining("allowed 2 to 300 kg");
        refused(
                        "{\"subject_id\": \"X\", \"renal\": {\"serum_creatinine\": {\"value\": 150, \"unit\": \"mg/dL\"}}}",
                        "renal.serum_creatinine.value")
                .hasMessageContaining("allowed 0.05 to 40 mg/dL");
        refused("{\"subject_id\": \"X\", \"sledai2k\": {\"score\": 120}}", "sledai2k.score")
                .hasMessageContaining("0 to 105");
    }

    @Test
    void sd04_codes_are_checked_against_their_lists() {
        refused("{\"subject_id\": \"X\", \"treatments\": [{\"drug\": \"prednisolone\"}]}", "treatments[0].drug")
                .hasMessageContaining("allowed: PREDNISONE, CYC, MMF");
        refused(
                        "{\"subject_id\": \"X\", \"classification\": {\"acr-1997\": {\"items\": {\"RASH\": true}}}}",
                        "classification.acr-1997.items.RASH")
                .hasMessageContaining("allowed: MALAR_RASH, DISCOID_RASH");
        refused("{\"subject_id\": \"X\", \"classification\": {\"acr-1982\": {}}}", "classification.acr-1982")
                .hasMessageContaining("allowed: acr-1997, eular-acr-2019, slicc-2012");
        refused(
                        "{\"subject_id\": \"X\", \"bilag\": {\"scheme\": \"classic\", \"grades\": {\"CONSTITUTIONAL\": \"A\"}}}",
                        "bilag.grades.CONSTITUTIONAL")
                .hasMessageContaining("allowed: GENERAL, MUCOCUTANEOUS");
        refused(
                        "{\"subject_id\": \"X\", \"renal\": {\"biopsy\": {\"classes\": [\"III+V\"]}}}",
                        "renal.biopsy.classes[0]")
                .hasMessageContaining("list a mixed class as two entries");
        refused("{\"subject_id\": \"X\", \"flags\": {\"pregnancy\": false}}", "flags.pregnancy")
                .hasMessageContaining("pregnant");
    }

    @Test
    void sd05_sledai_score_or_descriptors_but_not_both_and_descriptor_errors_keep_their_path() {
        refused("{\"subject_id\": \"X\", \"sledai2k\": {\"score\": 8, \"present\": [\"RASH\"]}}", "sledai2k.score")
                .hasMessageContaining("either a recorded score or descriptors");
        refused("{\"subject_id\": \"X\", \"sledai2k\": {\"present\": [\"HEADACHE\"]}}", "sledai2k.present[0]")
                .hasMessageContaining("HEADACHE");
        refused(
                        "{\"subject_id\": \"X\", \"sledai2k\": {\"present\": [], \"labs\": {\"temperature_c\": 60}}}",
                        "sledai2k.labs.temperature_c")
                .hasMessageContaining("25 to 45");
    }

    @Test
    void sd06_structure_errors() {
        refused("{\"subject_id\": \"X\", \"screening_date\": \"01/03/2024\"}", "screening_date")
                .hasMessageContaining("YYYY-MM-DD");
        refused("{\"demographics\": {}}", "subject_id").hasMessageContaining("required");
        refused("{\"subject_id\": \"X\", \"treatment\": []}", "treatment").hasMessageContaining("allowed:");
        assertThatThrownBy(() -> SubjectDataReader.read("{\"subject_id\": ", "s.json"))
                .hasMessageContaining("not valid JSON");
    }
}
