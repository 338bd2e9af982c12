package org.msct.trial.eligibility;

import static org.msct.trial.eligibility.ConditionEvaluator.fmt;
import static org.msct.trial.eligibility.ConditionEvaluator.round;
import static org.msct.trial.eligibility.ConditionEvaluator.test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.msct.trial.protocol.Condition;
import org.msct.trial.protocol.TreatmentResponse;
import org.msct.trial.protocol.Units;

/**
 * Refractoriness by drug, dose and duration: a {@link Condition.Treatment} holds when at least one course of one of
 * its drugs satisfies every rule it gives.
 *
 * <p>Dose: compared as dose intensity (dose per day), so 0.8 g per month and 0.4 g per 2 weeks are comparable; a month
 * is 30.4375 days. Doses are converted between absolute, per-m² and per-kg with the subject's body size: body surface
 * area by Mosteller, √(height cm × weight kg / 3600) m² (Mosteller RD, N Engl J Med 1987;317:1098); without the
 * needed height or weight the rule is missing data. Cumulative dose: as recorded, else dose intensity × duration.
 * Duration: compared in the criterion's unit (months of 30.4375 days, years of 365.25 days).
 *
 * <p>Missing data: no treatment history at all → missing; a history without the drug → not met; a course without the
 * dose, duration, ongoing flag or response a rule needs → missing for that course.
 */
final class TreatmentEvaluator {
    private TreatmentEvaluator() {}

    static Evaluation evaluate(Condition.Treatment t, SubjectData s) {
        String rule = describe(t);
        if (s.treatments() == null) return Evaluation.leaf(Status.MISSING_DATA, rule, "not recorded: treatments");
        List<SubjectData.TreatmentRecord> courses = s.treatments().stream()
                .filter(r -> t.drugs().contains(r.drug()))
                .toList();
        if (courses.isEmpty()) {
            return Evaluation.leaf(Status.NOT_MET, rule, "no course of " + drugs(t) + " in the treatment history");
        }
        List<Evaluation> parts = new ArrayList<>();
        for (SubjectData.TreatmentRecord r : courses) parts.add(course(t, r, s.demographics()));
        Status st = Status.or(parts.stream().map(Evaluation::status).toList());
        return new Evaluation(st, rule, courses.size() + " course(s) of " + drugs(t), parts);
    }

    private static Evaluation course(Condition.Treatment t, SubjectData.TreatmentRecord r, SubjectData.Demographics d) {
        List<Evaluation> checks = new ArrayList<>();
        if (t.dose() != null) checks.add(dose(t.dose(), r, d));
        if (t.cumulative() != null) checks.add(cumulative(t.cumulative(), r, d));
        if (t.duration() != null) checks.add(duration(t.duration(), r));
        if (Boolean.TRUE.equals(t.ongoing())) {
            checks.add(Evaluation.leaf(
                    r.ongoing() == null ? Status.MISSING_DATA : Status.of(r.ongoing()),
                    "ongoing",
                    r.ongoing() == null ? "not recorded: ongoing" : r.ongoing() ? "yes" : "no"));
        }
        if (!t.responses().isEmpty()) {
            String rr = "response " + t.responses().stream().map(Enum::name).collect(Collectors.joining(" or "));
            checks.add(
                    r.response() == null
                            ? Evaluation.leaf(Status.MISSING_DATA, rr, "not recorded: response")
                            : Evaluation.leaf(
                                    Status.of(t.responses().contains(r.response())),
                                    rr,
                                    r.response().name()));
        }
        Status st = Status.and(checks.stream().map(Evaluation::status).toList());
        return new Evaluation(
                st,
                "course of "
                        + (r.name() != null
                                ? r.drug() + " (" + r.name() + ")"
                                : r.drug().name()),
                summary(r),
                checks);
    }

    private static Evaluation dose(Condition.DoseRule rule, SubjectData.TreatmentRecord r, SubjectData.Demographics d) {
        String text = "dose " + rule.op().symbol() + " " + fmt(rule.value()) + " "
                + rule.unit().json() + " per " + rule.per().json();
        if (r.dose() == null) return Evaluation.leaf(Status.MISSING_DATA, text, "not recorded: dose");
        Converted c = convert(r.dose().value(), r.dose().unit(), rule.unit(), d);
        if (c.amount == null) return Evaluation.leaf(Status.MISSING_DATA, text, c.note);
        double perDay = c.amount / r.dose().per().days();
        double asRule = perDay * rule.per().days();
        String value = fmt(r.dose().value()) + " " + r.dose().unit().json() + " per "
                + r.dose().per().json()
                + (r.dose().unit() == rule.unit() && r.dose().per() == rule.per()
                        ? ""
                        : " = " + fmt(round(asRule)) + " " + rule.unit().json() + " per "
                                + rule.per().json())
                + (c.note.isEmpty() ? "" : " (" + c.note + ")");
        return Evaluation.leaf(Status.of(test(rule.op(), asRule, rule.value())), text, value);
    }

    private static Evaluation cumulative(
            Condition.AmountRule rule, SubjectData.TreatmentRecord r, SubjectData.Demographics d) {
        String text = "cumulative dose " + rule.op().symbol() + " " + fmt(rule.value()) + " "
                + rule.unit().json();
        Double amount;
        String value;
        String note;
        if (r.cumulative() != null) {
            Converted c = convert(r.cumulative().value(), r.cumulative().unit(), rule.unit(), d);
            amount = c.amount;
            note = c.note;
            value = fmt(r.cumulative().value()) + " " + r.cumulative().unit().json() + " as recorded";
        } else if (r.dose() != null && r.duration() != null) {
            Converted c = convert(r.dose().value(), r.dose().unit(), rule.unit(), d);
            double days = r.duration().value() * r.duration().unit().days();
            amount = c.amount == null ? null : c.amount / r.dose().per().days() * days;
            note = c.note;
            value = "dose x duration: " + fmt(r.dose().value()) + " "
                    + r.dose().unit().json() + " per " + r.dose().per().json() + " for "
                    + fmt(r.duration().value()) + " " + r.duration().unit().json();
        } else {
            return Evaluation.leaf(Status.MISSING_DATA, text, "not recorded: cumulative, or dose and duration");
        }
        if (amount == null) return Evaluation.leaf(Status.MISSING_DATA, text, note);
        value += " = " + fmt(round(amount)) + " " + rule.unit().json() + (note.isEmpty() ? "" : " (" + note + ")");
        return Evaluation.leaf(Status.of(test(rule.op(), amount, rule.value())), text, value);
    }

    private static Evaluation duration(Condition.DurationRule rule, SubjectData.TreatmentRecord r) {
        String text = "duration " + rule.op().symbol() + " " + fmt(rule.value()) + " "
                + rule.unit().json();
        if (r.duration() == null) return Evaluation.leaf(Status.MISSING_DATA, text, "not recorded: duration");
        double inRuleUnit =
                r.duration().value() * r.duration().unit().days() / rule.unit().days();
        String value = fmt(r.duration().value()) + " " + r.duration().unit().json()
                + (r.duration().unit() == rule.unit()
                        ? ""
                        : " = " + fmt(round(inRuleUnit)) + " " + rule.unit().json());
        return Evaluation.leaf(Status.of(test(rule.op(), inRuleUnit, rule.value())), text, value);
    }

    /** An amount converted to another dose unit, or why it cannot be. */
    private record Converted(@Nullable Double amount, String note) {}

    /** Converts {@code v from} to {@code to}, using body size when the basis differs. */
    private static Converted convert(double v, Units.Dose from, Units.Dose to, SubjectData.Demographics d) {
        double grams = v * from.grams();
        if (from.basis() == to.basis()) return new Converted(grams / to.grams(), "");
        Double w = d.weightKg();
        Double h = d.heightCm();
        boolean needBsa = from.basis() == Units.Dose.Basis.PER_M2 || to.basis() == Units.Dose.Basis.PER_M2;
        if (w == null || (needBsa && h == null)) {
            return new Converted(
                    null,
                    "dose in " + from.json() + " cannot be compared with " + to.json() + " without "
                            + (needBsa ? "height and weight (body surface area)" : "weight") + ": demographics."
                            + (w == null ? "weight_kg" : "height_cm") + " not recorded");
        }
        double bsa = needBsa ? bsa(h, w) : Double.NaN;
        double absolute =
                switch (from.basis()) {
                    case ABSOLUTE -> grams;
                    case PER_M2 -> grams * bsa;
                    case PER_KG -> grams * w;
                };
        double converted =
                switch (to.basis()) {
                    case ABSOLUTE -> absolute;
                    case PER_M2 -> absolute / bsa;
                    case PER_KG -> absolute / w;
                };
        String note = needBsa ? "BSA " + fmt(round(bsa)) + " m2, Mosteller" : "weight " + fmt(w) + " kg";
        return new Converted(converted / to.grams(), note);
    }

    /** Body surface area, m², Mosteller: √(height cm × weight kg / 3600). */
    static double bsa(double heightCm, double weightKg) {
        return Math.sqrt(heightCm * weightKg / 3600);
    }

    static String describe(Condition.Treatment t) {
        StringBuilder sb = new StringBuilder();
        if (t.responses().isEmpty()) sb.append("treated with ");
        else if (t.responses().stream().allMatch(r -> r == TreatmentResponse.NONE || r == TreatmentResponse.PARTIAL)) {
            sb.append("no or partial response to ");
        } else {
            sb.append("response ").append(t.responses()).append(" to ");
        }
        sb.append(drugs(t));
        if (t.dose() != null) {
            sb.append(" at ")
                    .append(t.dose().op().symbol())
                    .append(' ')
                    .append(fmt(t.dose().value()))
                    .append(' ')
                    .append(t.dose().unit().json())
                    .append(" per ")
                    .append(t.dose().per().json());
        }
        if (t.cumulative() != null) {
            sb.append(", cumulative ")
                    .append(t.cumulative().op().symbol())
                    .append(' ')
                    .append(fmt(t.cumulative().value()))
                    .append(' ')
                    .append(t.cumulative().unit().json());
        }
        if (t.duration() != null) {
            sb.append(" for ")
                    .append(t.duration().op().symbol())
                    .append(' ')
                    .append(fmt(t.duration().value()))
                    .append(' ')
                    .append(t.duration().unit().json());
        }
        if (Boolean.TRUE.equals(t.ongoing())) sb.append(", ongoing");
        return sb.toString();
    }

    private static String drugs(Condition.Treatment t) {
        return t.drugs().stream().map(Enum::name).collect(Collectors.joining("/"));
    }

    private static String summary(SubjectData.TreatmentRecord r) {
        List<String> p = new ArrayList<>();
        if (r.dose() != null)
            p.add(fmt(r.dose().value()) + " " + r.dose().unit().json() + " per "
                    + r.dose().per().json());
        if (r.cumulative() != null)
            p.add("cumulative " + fmt(r.cumulative().value()) + " "
                    + r.cumulative().unit().json());
        if (r.duration() != null)
            p.add(fmt(r.duration().value()) + " " + r.duration().unit().json());
        if (r.ongoing() != null) p.add(r.ongoing() ? "ongoing" : "stopped");
        p.add("response " + (r.response() == null ? "unknown" : r.response().name()));
        return String.join(", ", p);
    }
}
