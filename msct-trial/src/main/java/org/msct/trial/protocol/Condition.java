package org.msct.trial.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A structured eligibility condition (JSON member {@code type} names the kind). Conditions are data only: they are
 * evaluated by {@code org.msct.trial.eligibility.ConditionEvaluator} with three-valued logic (met, not met, missing
 * data). Thresholds carry their unit; values in another unit of the same measure are converted, values of another
 * measure are never substituted.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.AllOf.class, name = "all"),
    @JsonSubTypes.Type(value = Condition.AnyOf.class, name = "any"),
    @JsonSubTypes.Type(value = Condition.Classification.class, name = "classification"),
    @JsonSubTypes.Type(value = Condition.Age.class, name = "age"),
    @JsonSubTypes.Type(value = Condition.Sledai.class, name = "sledai2k"),
    @JsonSubTypes.Type(value = Condition.BilagActivity.class, name = "bilag"),
    @JsonSubTypes.Type(value = Condition.Proteinuria.class, name = "proteinuria"),
    @JsonSubTypes.Type(value = Condition.SerumCreatinine.class, name = "serumCreatinine"),
    @JsonSubTypes.Type(value = Condition.UrineRbc.class, name = "urineRbc"),
    @JsonSubTypes.Type(value = Condition.RenalBiopsy.class, name = "renalBiopsy"),
    @JsonSubTypes.Type(value = Condition.Flag.class, name = "flag"),
    @JsonSubTypes.Type(value = Condition.Treatment.class, name = "treatment")
})
public sealed interface Condition {

    /** All of {@code of} hold. Met if all are met; not met if any is not met; otherwise missing data. */
    record AllOf(List<Condition> of) implements Condition {
        public AllOf {
            of = of == null ? List.of() : List.copyOf(of);
        }
    }

    /** At least one of {@code of} holds. Met if any is met; not met if all are not met; otherwise missing data. */
    record AnyOf(List<Condition> of) implements Condition {
        public AnyOf {
            of = of == null ? List.of() : List.copyOf(of);
        }
    }

    /**
     * SLE classified by at least one of the classification criteria sets {@code sets} (ids of the files in
     * {@code trial/criteria/}: {@code acr-1997}, {@code slicc-2012}, {@code eular-acr-2019}).
     */
    record Classification(List<String> sets) implements Condition {
        public Classification {
            sets = sets == null ? List.of() : List.copyOf(sets);
        }
    }

    /** Age in completed years on the screening date within [{@code min}, {@code max}] (inclusive; either may be null). */
    record Age(@Nullable Integer min, @Nullable Integer max) implements Condition {}

    /** SLEDAI-2K total score (0–105) {@code op} {@code value}. */
    record Sledai(Comparison op, Integer value) implements Condition {}

    /**
     * BILAG activity: at least {@code minA} systems graded A, or at least {@code minB} systems graded B (either bound
     * may be null = not used). Classic BILAG (8 systems) or BILAG-2004 (9 domains), as the subject data says.
     */
    record BilagActivity(@Nullable Integer minA, @Nullable Integer minB) implements Condition {}

    /**
     * Urine protein {@code op} {@code value} {@code unit}. The unit fixes the measure: g/24h or mg/24h test the 24-h
     * excretion; mg/mmol, mg/mg, g/g or mg/g test the protein:creatinine ratio.
     */
    record Proteinuria(Comparison op, Double value, Units.Protein unit) implements Condition {}

    /** Serum creatinine {@code op} {@code value} {@code unit} (mg/dL or umol/L). */
    record SerumCreatinine(Comparison op, Double value, Units.Creatinine unit) implements Condition {}

    /** Urine red cells per high-power field {@code op} {@code value}. */
    record UrineRbc(Comparison op, Double value) implements Condition {}

    /**
     * Renal biopsy showing one of the ISN/RPS 2003 {@code classes} (I–VI; mixed III+V counts for III and V), taken at
     * most {@code maxAgeDays} before screening when that is given.
     */
    record RenalBiopsy(List<String> classes, @Nullable Integer maxAgeDays) implements Condition {
        public RenalBiopsy {
            classes = classes == null ? List.of() : List.copyOf(classes);
        }
    }

    /** A yes/no fact about the subject is yes. */
    record Flag(SubjectFlag flag) implements Condition {}

    /**
     * Treatment history: some record of one of {@code drugs} satisfies every given rule. {@code dose} compares the
     * dose intensity (dose per day after converting units and interval), {@code cumulative} the cumulative dose,
     * {@code duration} the time on treatment; {@code ongoing} requires the treatment to be current; {@code responses}
     * lists the judgements that count (e.g. {@code [NONE, PARTIAL]} for "failed"); an empty list means exposure only.
     */
    record Treatment(
            List<Drug> drugs,
            @Nullable DoseRule dose,
            @Nullable AmountRule cumulative,
            @Nullable DurationRule duration,
            @Nullable Boolean ongoing,
            List<TreatmentResponse> responses)
            implements Condition {
        public Treatment {
            drugs = drugs == null ? List.of() : List.copyOf(drugs);
            responses = responses == null ? List.of() : List.copyOf(responses);
        }
    }

    /** Dose intensity rule: dose {@code op} {@code value} {@code unit} per {@code per}. */
    record DoseRule(Comparison op, Double value, Units.Dose unit, Units.Interval per) {}

    /** Cumulative dose rule: total {@code op} {@code value} {@code unit}. */
    record AmountRule(Comparison op, Double value, Units.Dose unit) {}

    /** Duration rule: time on treatment {@code op} {@code value} {@code unit}. */
    record DurationRule(Comparison op, Double value, Units.Duration unit) {}
}
