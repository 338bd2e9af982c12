package org.msct.trial.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.msct.trial.finding.Finding;
import org.msct.trial.protocol.CriteriaFiles;

/**
 * Classification criteria (clinical-definitions.md §7.1) on hand-built cases; the arithmetic is written next to each.
 * Items not listed as met are "not met" unless a case says they are missing.
 */
class ClassificationTest {
    static final ClassificationCriteria ACR = ClassificationCriteria.get("acr-1997");
    static final ClassificationCriteria SLICC = ClassificationCriteria.get("slicc-2012");
    static final ClassificationCriteria EULAR = ClassificationCriteria.get("eular-acr-2019");

    /** Every item not met, except {@code met} (met) and {@code missing} (absent). */
    static ClassificationFindings findings(ClassificationCriteria c, List<String> met, List<String> missing) {
        Map<String, Boolean> m = new HashMap<>();
        for (String code : c.codes()) m.put(code, false);
        for (String code : met) assertThat(m.put(code, true)).as(code).isNotNull();
        for (String code : missing) assertThat(m.remove(code)).as(code).isNotNull();
        return new ClassificationFindings(m, null);
    }

    static ClassificationResult eval(ClassificationCriteria c, List<String> met, List<String> missing) {
        return ClassificationEvaluator.evaluate(c, findings(c, met, missing));
    }

    @Test
    void cl01_shipped_sets_validate_and_have_the_published_item_counts() {
        for (Map.Entry<String, String> e : CriteriaFiles.CLASSIFICATION.entrySet()) {
            ClassificationCriteria.Loaded l = ClassificationCriteria.read(e.getValue());
            assertThat(l.findings()).as(e.getValue()).isEmpty();
        }
        assertThat(ACR.items()).hasSize(11);
        assertThat(SLICC.items().stream().filter(i -> i.group() == ClassificationCriteria.Group.CLINICAL))
                .hasSize(11);
        assertThat(SLICC.items().stream().filter(i -> i.group() == ClassificationCriteria.Group.IMMUNOLOGIC))
                .hasSize(6);
        // EULAR/ACR 2019 weights of the §7.1 tables: 7 clinical domains, 3 immunologic domains, 21 weighted items
        assertThat(EULAR.items().stream().filter(i -> i.weight() != null)).hasSize(21);
        assertThat(EULAR.items().stream()
                        .filter(i -> i.weight() != null)
                        .mapToInt(ClassificationCriteria.Item::weight)
                        .sum())
                .isEqualTo(2 + 3 + 4 + 4 + 2 + 3 + 5 + 2 + 2 + 4 + 6 + 5 + 6 + 6 + 4 + 8 + 10 + 2 + 3 + 4 + 6);
    }

    @Test
    void cl02_acr_four_of_eleven() {
        assertThat(eval(ACR, List.of("MALAR_RASH", "ARTHRITIS", "RENAL_DISORDER", "ANA"), List.of())
                        .status())
                .isEqualTo(Status.MET);
        assertThat(eval(ACR, List.of("MALAR_RASH", "ARTHRITIS", "ANA"), List.of())
                        .status())
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void cl03_acr_missing_items_are_never_counted_as_met() {
        // 3 met + 1 missing: 3 < 4 but 3 + 1 = 4 -> undecided
        ClassificationResult r = eval(ACR, List.of("MALAR_RASH", "ARTHRITIS", "ANA"), List.of("SEROSITIS"));
        assertThat(r.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(r.explanation()).contains("3 of 11 items met").contains("1 not assessed (SEROSITIS)");
        // 2 met + 1 missing: even 2 + 1 = 3 < 4 -> not met
        assertThat(eval(ACR, List.of("MALAR_RASH", "ANA"), List.of("SEROSITIS")).status())
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void cl04_recorded_statement_without_items_and_nothing_at_all() {
        assertThat(ClassificationEvaluator.evaluate(ACR, new ClassificationFindings(Map.of(), true))
                        .status())
                .isEqualTo(Status.MET);
        assertThat(ClassificationEvaluator.evaluate(ACR, new ClassificationFindings(Map.of(), false))
                        .status())
                .isEqualTo(Status.NOT_MET);
        assertThat(ClassificationEvaluator.evaluate(ACR, null).status()).isEqualTo(Status.MISSING_DATA);
        // items win over a disagreeing statement, and the disagreement is explained
        ClassificationResult r =
                ClassificationEvaluator.evaluate(ACR, new ClassificationFindings(Map.of("ANA", true), true));
        assertThat(r.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(r.explanation()).contains("disagrees with the items");
    }

    @Test
    void cl05_slicc_needs_one_clinical_and_one_immunologic() {
        // 4 clinical, 0 immunologic -> not classified
        assertThat(eval(SLICC, List.of("ACUTE_CUTANEOUS_LUPUS", "SYNOVITIS", "RENAL", "THROMBOCYTOPENIA"), List.of())
                        .status())
                .isEqualTo(Status.NOT_MET);
        // 3 clinical + 1 immunologic = 4 -> classified
        assertThat(eval(SLICC, List.of("ACUTE_CUTANEOUS_LUPUS", "SYNOVITIS", "RENAL", "ANTI_DSDNA"), List.of())
                        .status())
                .isEqualTo(Status.MET);
        // 4 immunologic only -> not classified
        assertThat(eval(SLICC, List.of("ANA", "ANTI_DSDNA", "ANTI_SM", "LOW_COMPLEMENT"), List.of())
                        .status())
                .isEqualTo(Status.NOT_MET);
        // 3 clinical, immunologic not assessed -> undecided
        List<String> immuno =
                List.of("ANA", "ANTI_DSDNA", "ANTI_SM", "ANTIPHOSPHOLIPID", "LOW_COMPLEMENT", "DIRECT_COOMBS");
        assertThat(eval(SLICC, List.of("ACUTE_CUTANEOUS_LUPUS", "SYNOVITIS", "RENAL"), immuno)
                        .status())
                .isEqualTo(Status.MISSING_DATA);
    }

    @Test
    void cl06_slicc_biopsy_proven_ln_with_ana_or_dsdna_stands_alone() {
        assertThat(eval(SLICC, List.of("BIOPSY_PROVEN_LN", "ANA"), List.of()).status())
                .isEqualTo(Status.MET);
        assertThat(eval(SLICC, List.of("BIOPSY_PROVEN_LN", "ANTI_DSDNA"), List.of())
                        .status())
                .isEqualTo(Status.MET);
        // biopsy with anti-Sm only and 2 clinical: stand-alone route needs ANA or anti-dsDNA; count route has 3 < 4
        assertThat(eval(SLICC, List.of("BIOPSY_PROVEN_LN", "ANTI_SM", "RENAL", "SYNOVITIS"), List.of())
                        .status())
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void cl07_eular_ten_points_with_one_clinical() {
        // ANA + joint involvement 6 + low C3 and low C4 4 = 10, 1 clinical -> classified
        ClassificationResult r =
                eval(EULAR, List.of("ANA_GE_1_80", "JOINT_INVOLVEMENT", "LOW_C3_AND_LOW_C4"), List.of());
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.points()).isEqualTo(10);
        // renal class III/IV alone: 10 points, 1 clinical -> classified
        assertThat(eval(EULAR, List.of("ANA_GE_1_80", "LN_CLASS_III_OR_IV"), List.of())
                        .status())
                .isEqualTo(Status.MET);
    }

    @Test
    void cl08_eular_counts_only_the_highest_weight_in_each_domain() {
        // mucocutaneous: acute cutaneous 6 and oral ulcers 2 -> 6 (not 8); + low C3 or C4 3 = 9 < 10
        ClassificationResult r = eval(
                EULAR, List.of("ANA_GE_1_80", "ACUTE_CUTANEOUS_LUPUS", "ORAL_ULCERS", "LOW_C3_OR_LOW_C4"), List.of());
        assertThat(r.points()).isEqualTo(9);
        assertThat(r.status()).isEqualTo(Status.NOT_MET);
        assertThat(r.items())
                .filteredOn(i -> i.code().equals("ORAL_ULCERS"))
                .singleElement()
                .satisfies(i -> assertThat(i.counted()).isFalse());
        assertThat(r.items())
                .filteredOn(i -> i.code().equals("ACUTE_CUTANEOUS_LUPUS"))
                .singleElement()
                .satisfies(i -> assertThat(i.counted()).isTrue());
        // complement: both "or" (3) and "and" (4) met -> 4; + joint 6 = 10
        assertThat(eval(
                                EULAR,
                                List.of("ANA_GE_1_80", "LOW_C3_OR_LOW_C4", "LOW_C3_AND_LOW_C4", "JOINT_INVOLVEMENT"),
                                List.of())
                        .points())
                .isEqualTo(10);
        // renal: proteinuria 4 + class II/V 8 + class III/IV 10 -> 10
        assertThat(eval(
                                EULAR,
                                List.of("ANA_GE_1_80", "PROTEINURIA", "LN_CLASS_II_OR_V", "LN_CLASS_III_OR_IV"),
                                List.of())
                        .points())
                .isEqualTo(10);
    }

    @Test
    void cl09_eular_needs_a_clinical_criterion_and_the_ana_entry() {
        // anti-dsDNA 6 + low C3 and C4 4 = 10 points but no clinical criterion -> not classified
        assertThat(eval(EULAR, List.of("ANA_GE_1_80", "ANTI_DSDNA_OR_ANTI_SM", "LOW_C3_AND_LOW_C4"), List.of())
                        .status())
                .isEqualTo(Status.NOT_MET);
        // 16 points without the ANA entry criterion -> not classified
        assertThat(eval(EULAR, List.of("LN_CLASS_III_OR_IV", "ANTI_DSDNA_OR_ANTI_SM"), List.of())
                        .status())
                .isEqualTo(Status.NOT_MET);
        // ANA not assessed -> undecided, points 16
        ClassificationResult r =
                eval(EULAR, List.of("LN_CLASS_III_OR_IV", "ANTI_DSDNA_OR_ANTI_SM"), List.of("ANA_GE_1_80"));
        assertThat(r.status()).isEqualTo(Status.MISSING_DATA);
        assertThat(r.points()).isEqualTo(16);
    }

    @Test
    void cl10_eular_missing_items_can_only_raise_the_upper_bound() {
        // ANA + joint 6 = 6 points; fever (2) and serosal (max 6) missing -> up to 14 -> undecided
        ClassificationResult r = eval(
                EULAR,
                List.of("ANA_GE_1_80", "JOINT_INVOLVEMENT"),
                List.of("FEVER", "PLEURAL_OR_PERICARDIAL_EFFUSION", "ACUTE_PERICARDITIS"));
        assertThat(r.points()).isEqualTo(6);
        assertThat(r.maxPoints()).isEqualTo(14);
        assertThat(r.status()).isEqualTo(Status.MISSING_DATA);
        // ANA + joint 6, only fever (2) missing -> at most 8 -> not classified
        assertThat(eval(EULAR, List.of("ANA_GE_1_80", "JOINT_INVOLVEMENT"), List.of("FEVER"))
                        .status())
                .isEqualTo(Status.NOT_MET);
    }

    @Test
    void cl11_invalid_criteria_files_are_reported() {
        String unknownItem =
                """
                {"id": "bad", "version": "1", "name": "bad", "source": {"citations": [{"ref": "X", "citation": "x"}]},
                 "remarks": ["r"], "provenance": {"tag": "inferred", "sources": [], "note": "n"},
                 "items": [{"code": "A", "group": "CLINICAL", "label": "a"}],
                 "rule": {"type": "item", "code": "B"}}""";
        List<Finding> f =
                ClassificationCriteria.parse(unknownItem, "bad.v1.json").findings();
        assertThat(f)
                .extracting(Finding::ruleId, Finding::variable, Finding::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CLS-002", "rule.code", "B"));
        String unweighted = unknownItem.replace(
                "{\"type\": \"item\", \"code\": \"B\"}",
                "{\"type\": \"weighted\", \"entry\": \"A\", \"minPoints\": 10}");
        assertThat(ClassificationCriteria.parse(unweighted, "bad.v1.json").findings())
                .extracting(Finding::variable)
                .containsExactly("rule.entry", "items[0]");
        assertThat(ClassificationCriteria.parse("{\"id\": ", "bad.v1.json").findings())
                .extracting(Finding::ruleId)
                .containsExactly("CLS-001");
    }
}
