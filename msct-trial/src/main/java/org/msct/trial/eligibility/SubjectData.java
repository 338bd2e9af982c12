package org.msct.trial.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.sledai.SledaiResult;
import org.msct.trial.protocol.Drug;
import org.msct.trial.protocol.SubjectFlag;
import org.msct.trial.protocol.TreatmentResponse;
import org.msct.trial.protocol.Units;

/**
 * Everything screening reads about one candidate (the SUBJECT-DATA file; {@link SubjectDataReader} documents the
 * JSON). Every member may be absent; what a criterion needs and does not find is reported as missing data.
 *
 * @param subjectId subject or screening number
 * @param protocolId protocol the subject is screened for, if the file names one
 * @param screeningDate screening date, if the file gives one
 * @param demographics birth date or age, sex, weight, height
 * @param classification criteria set id → what is known of its items
 * @param sledai current SLEDAI-2K (recorded score, or computed from descriptors), or null
 * @param bilag current BILAG grades, or null
 * @param treatments treatment history; null = not recorded, empty = recorded as none
 * @param renal renal findings
 * @param flags yes/no facts; an absent flag is unknown
 */
public record SubjectData(
        String subjectId,
        @Nullable String protocolId,
        @Nullable LocalDate screeningDate,
        Demographics demographics,
        Map<String, ClassificationFindings> classification,
        @Nullable Sledai sledai,
        @Nullable Bilag bilag,
        @Nullable List<TreatmentRecord> treatments,
        Renal renal,
        Map<SubjectFlag, Boolean> flags) {
    public SubjectData {
        classification = Map.copyOf(classification);
        treatments = treatments == null ? null : List.copyOf(treatments);
        flags = Map.copyOf(flags);
    }

    /**
     * @param birthDate date of birth (age is computed on the screening date)
     * @param ageYears age in completed years as recorded (used when there is no birth date)
     * @param sex F or M
     * @param weightKg body weight, kg
     * @param heightCm height, cm
     */
    public record Demographics(
            @Nullable LocalDate birthDate,
            @Nullable Integer ageYears,
            @Nullable String sex,
            @Nullable Double weightKg,
            @Nullable Double heightCm) {
        public static final Demographics EMPTY = new Demographics(null, null, null, null, null);
    }

    /**
     * Current SLEDAI-2K.
     *
     * @param recordedScore total score as recorded (0–105), when no descriptors are given
     * @param computed the score computed by {@code org.msct.instruments.sledai.Sledai2k} from descriptors and labs
     */
    public record Sledai(@Nullable Integer recordedScore, @Nullable SledaiResult computed) {
        public int score() {
            return computed != null ? computed.score() : recordedScore;
        }
    }

    /**
     * Current BILAG grades.
     *
     * @param scheme classic BILAG (8 systems) or BILAG-2004 (9 domains)
     * @param grades system name → grade A–E; a system absent from the map was not graded
     */
    public record Bilag(BilagScheme scheme, Map<String, BilagGrade> grades) {
        public Bilag {
            grades = Map.copyOf(grades);
        }
    }

    /** The two BILAG versions and their system names. */
    public enum BilagScheme {
        CLASSIC(List.of(
                "GENERAL",
                "MUCOCUTANEOUS",
                "NEUROLOGICAL",
                "MUSCULOSKELETAL",
                "CARDIORESPIRATORY",
                "VASCULITIS",
                "RENAL",
                "HAEMATOLOGICAL")),
        BILAG_2004(List.of(
                "CONSTITUTIONAL",
                "MUCOCUTANEOUS",
                "NEUROPSYCHIATRIC",
                "MUSCULOSKELETAL",
                "CARDIORESPIRATORY",
                "GASTROINTESTINAL",
                "OPHTHALMIC",
                "RENAL",
                "HAEMATOLOGICAL"));

        private final List<String> systems;

        BilagScheme(List<String> systems) {
            this.systems = systems;
        }

        public List<String> systems() {
            return systems;
        }
    }

    /**
     * One course of a drug.
     *
     * @param drug the drug
     * @param name the drug's name when {@code drug} is OTHER_IS
     * @param dose dose per interval
     * @param cumulative cumulative dose of the course
     * @param duration time on the drug
     * @param ongoing whether the subject still takes it
     * @param response the investigator's judgement; null = unknown
     */
    public record TreatmentRecord(
            Drug drug,
            @Nullable String name,
            @Nullable Dose dose,
            @Nullable Amount cumulative,
            @Nullable Duration duration,
            @Nullable Boolean ongoing,
            @Nullable TreatmentResponse response) {}

    /** A dose: {@code value unit} per {@code per}. */
    public record Dose(double value, Units.Dose unit, Units.Interval per) {}

    /** An amount of drug: {@code value unit}. */
    public record Amount(double value, Units.Dose unit) {}

    /** A duration: {@code value unit}. */
    public record Duration(double value, Units.Duration unit) {}

    /**
     * Renal findings at screening.
     *
     * @param protein24h 24-h urine protein
     * @param upcr urine protein:creatinine ratio
     * @param creatinine serum creatinine
     * @param urineRbcPerHpf urine red cells per high-power field
     * @param biopsy renal biopsy
     */
    public record Renal(
            @Nullable Protein protein24h,
            @Nullable Protein upcr,
            @Nullable Creatinine creatinine,
            @Nullable Double urineRbcPerHpf,
            @Nullable Biopsy biopsy) {
        public static final Renal EMPTY = new Renal(null, null, null, null, null);
    }

    /** A urine-protein value with its unit. */
    public record Protein(double value, Units.Protein unit) {}

    /** A serum-creatinine value with its unit. */
    public record Creatinine(double value, Units.Creatinine unit) {}

    /**
     * Renal biopsy.
     *
     * @param done false when no biopsy was ever done
     * @param classes ISN/RPS 2003 classes found (I–VI; a mixed III+V biopsy lists both)
     * @param date date of the biopsy, if known
     */
    public record Biopsy(boolean done, List<String> classes, @Nullable LocalDate date) {
        public Biopsy {
            classes = List.copyOf(classes);
        }
    }
}
