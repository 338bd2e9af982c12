package org.msct.trial.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.sledai.SledaiResult;
import org.msct.trial.protocol.Comparison;
import org.msct.trial.protocol.Condition;
import org.msct.trial.protocol.Units;

/**
 * Evaluates protocol {@link Condition}s on one subject's data on one date, with three-valued logic (see
 * {@link Status}) and an explanation of the rule and the value used. A value in another unit of the same measure is
 * converted; a different measure is never substituted (a UPCR does not answer a 24-h protein criterion).
 */
final class ConditionEvaluator {
    private final SubjectData s;
    private final LocalDate on;

    ConditionEvaluator(SubjectData s, LocalDate on) {
        this.s = s;
        this.on = on;
    }

    Evaluation evaluate(Condition c) {
        return switch (c) {
            case Condition.AllOf a -> composite(a.of(), true);
            case Condition.AnyOf a -> composite(a.of(), false);
            case Condition.Classification cl -> classification(cl);
            case Condition.Age a -> age(a);
            case Condition.Sledai x -> sledai(x);
            case Condition.BilagActivity b -> bilag(b);
            case Condition.Proteinuria p -> proteinuria(p);
            case Condition.SerumCreatinine x -> creatinine(x);
            case Condition.UrineRbc u -> urineRbc(u);
            case Condition.RenalBiopsy b -> biopsy(b);
            case Condition.Flag f -> flag(f);
            case Condition.Treatment t -> TreatmentEvaluator.evaluate(t, s);
        };
    }

    private Evaluation composite(List<Condition> of, boolean all) {
        List<Evaluation> parts = of.stream().map(this::evaluate).toList();
        List<Status> st = parts.stream().map(Evaluation::status).toList();
        Status status = all ? Status.and(st) : Status.or(st);
        String rule =
                parts.stream().map(Evaluation::rule).collect(Collectors.joining(all ? " AND " : " OR ", "(", ")"));
        long met = st.stream().filter(x -> x == Status.MET).count();
        long missing = st.stream().filter(x -> x == Status.MISSING_DATA).count();
        String value = met + " of " + st.size() + " met" + (missing > 0 ? ", " + missing + " with missing data" : "");
        return new Evaluation(status, rule, value, parts);
    }

    private Evaluation classification(Condition.Classification cl) {
        List<Evaluation> parts = new ArrayList<>();
        for (String set : cl.sets()) {
            ClassificationCriteria c = ClassificationCriteria.get(set);
            ClassificationResult r =
                    ClassificationEvaluator.evaluate(c, s.classification().get(set));
            parts.add(Evaluation.leaf(
                    r.status(),
                    "classified by " + set + ": " + ClassificationEvaluator.describe(c.rule()),
                    r.explanation()));
        }
        Status st = Status.or(parts.stream().map(Evaluation::status).toList());
        String rule = "SLE classified by " + String.join(" or ", cl.sets());
        String value = parts.size() == 1 ? parts.get(0).value() : null;
        return new Evaluation(st, rule, value, parts.size() == 1 ? List.of() : parts);
    }

    private Evaluation age(Condition.Age a) {
        String rule = "age "
                + (a.min() != null && a.max() != null
                        ? a.min() + " to " + a.max()
                        : a.min() != null ? ">= " + a.min() : "<= " + a.max())
                + " years on " + on;
        SubjectData.Demographics d = s.demographics();
        Integer age;
        String value;
        if (d.birthDate() != null) {
            if (d.birthDate().isAfter(on)) {
                return Evaluation.leaf(
                        Status.MISSING_DATA, rule, "birth date " + d.birthDate() + " is after the screening date");
            }
            age = Period.between(d.birthDate(), on).getYears();
            value = age + " years (born " + d.birthDate() + ")";
        } else if (d.ageYears() != null) {
            age = d.ageYears();
            value = age + " years (as recorded)";
        } else {
            return Evaluation.leaf(Status.MISSING_DATA, rule, "not recorded: demographics.birth_date or age_years");
        }
        boolean ok = (a.min() == null || age >= a.min()) && (a.max() == null || age <= a.max());
        return Evaluation.leaf(Status.of(ok), rule, value);
    }

    private Evaluation sledai(Condition.Sledai x) {
        String rule = "SLEDAI-2K " + x.op().symbol() + " " + x.value();
        SubjectData.Sledai sd = s.sledai();
        if (sd == null) return Evaluation.leaf(Status.MISSING_DATA, rule, "not recorded: sledai2k");
        String value;
        if (sd.computed() != null) {
            SledaiResult r = sd.computed();
            value = r.score() + " (computed from "
                    + (r.contributions().isEmpty()
                            ? "no descriptor present"
                            : r.contributions().stream()
                                    .map(k -> k.code() + " " + k.weight())
                                    .collect(Collectors.joining(", ")))
                    + "; " + r.definition() + ")";
        } else {
            value = sd.recordedScore() + " (as recorded)";
        }
        return Evaluation.leaf(Status.of(x.op().test(sd.score(), x.value())), rule, value);
    }

    private Evaluation bilag(Condition.BilagActivity b) {
        List<String> parts = new ArrayList<>();
        if (b.minA() != null) parts.add(">= " + b.minA() + " system(s) graded A");
        if (b.minB() != null) parts.add(">= " + b.minB() + " system(s) graded B");
        String rule = "BILAG " + String.join(" or ", parts);
        SubjectData.Bilag bg = s.bilag();
        if (bg == null) return Evaluation.leaf(Status.MISSING_DATA, rule, "not recorded: bilag");
        Map<String, BilagGrade> g = bg.grades();
        long a = g.values().stream().filter(x -> x == BilagGrade.A).count();
        long bb = g.values().stream().filter(x -> x == BilagGrade.B).count();
        long missing =
                bg.scheme().systems().stream().filter(x -> !g.containsKey(x)).count();
        boolean now = (b.minA() != null && a >= b.minA()) || (b.minB() != null && bb >= b.minB());
        boolean possible =
                (b.minA() != null && a + missing >= b.minA()) || (b.minB() != null && bb + missing >= b.minB());
        String value = a + " A, " + bb + " B (" + (bg.scheme() == SubjectData.BilagScheme.CLASSIC ? "classic" : "2004")
                + " BILAG" + (missing > 0 ? ", " + missing + " system(s) not graded" : "") + ")";
        return Evaluation.leaf(now ? Status.MET : possible ? Status.MISSING_DATA : Status.NOT_MET, rule, value);
    }

    private Evaluation proteinuria(Condition.Proteinuria p) {
        boolean ratio = p.unit().measure() == Units.Protein.Measure.UPCR;
        String rule = (ratio ? "urine protein:creatinine ratio " : "24-h urine protein ") + p.op().symbol() + " "
                + fmt(p.value()) + " " + p.unit().json();
        SubjectData.Protein v = ratio ? s.renal().upcr() : s.renal().protein24h();
        if (v == null) {
            SubjectData.Protein other =
                    ratio ? s.renal().protein24h() : s.renal().upcr();
            return Evaluation.leaf(
                    Status.MISSING_DATA,
                    rule,
                    "not recorded: renal." + (ratio ? "upcr" : "protein_24h")
                            + (other == null
                                    ? ""
                                    : " (" + (ratio ? "24-h protein " : "UPCR ") + fmt(other.value()) + " "
                                            + other.unit().json()
                                            + " is recorded but is another measure; not substituted)"));
        }
        double inUnit = p.unit().fromBase(v.unit().toBase(v.value()));
        return Evaluation.leaf(
                Status.of(test(p.op(), inUnit, p.value())),
                rule,
                show(v.value(), v.unit().json(), inUnit, p.unit().json()));
    }

    private Evaluation creatinine(Condition.SerumCreatinine x) {
        String rule = "serum creatinine " + x.op().symbol() + " " + fmt(x.value()) + " "
                + x.unit().json();
        SubjectData.Creatinine v = s.renal().creatinine();
        if (v == null) return Evaluation.leaf(Status.MISSING_DATA, rule, "not recorded: renal.serum_creatinine");
        double inUnit = x.unit().fromMgPerDl(v.unit().toMgPerDl(v.value()));
        return Evaluation.leaf(
                Status.of(test(x.op(), inUnit, x.value())),
                rule,
                show(v.value(), v.unit().json(), inUnit, x.unit().json()));
    }

    private Evaluation urineRbc(Condition.UrineRbc u) {
        String rule = "urine red cells " + u.op().symbol() + " " + fmt(u.value()) + "/hpf";
        Double v = s.renal().urineRbcPerHpf();
        if (v == null) return Evaluation.leaf(Status.MISSING_DATA, rule, "not recorded: renal.urine_rbc_hpf");
        return Evaluation.leaf(Status.of(u.op().test(v, u.value())), rule, fmt(v) + "/hpf");
    }

    private Evaluation biopsy(Condition.RenalBiopsy b) {
        String rule = "renal biopsy ISN/RPS class " + String.join(" or ", b.classes())
                + (b.maxAgeDays() == null ? "" : " within " + b.maxAgeDays() + " days");
        SubjectData.Biopsy bx = s.renal().biopsy();
        if (bx == null) return Evaluation.leaf(Status.MISSING_DATA, rule, "not recorded: renal.biopsy");
        if (!bx.done()) return Evaluation.leaf(Status.NOT_MET, rule, "no biopsy done");
        String value = "class " + String.join("+", bx.classes()) + (bx.date() == null ? "" : " on " + bx.date());
        if (bx.classes().stream().noneMatch(b.classes()::contains)) return Evaluation.leaf(Status.NOT_MET, rule, value);
        if (b.maxAgeDays() == null) return Evaluation.leaf(Status.MET, rule, value);
        if (bx.date() == null) return Evaluation.leaf(Status.MISSING_DATA, rule, value + "; biopsy date not recorded");
        long days = ChronoUnit.DAYS.between(bx.date(), on);
        return Evaluation.leaf(
                Status.of(days >= 0 && days <= b.maxAgeDays()), rule, value + " (" + days + " days before)");
    }

    private Evaluation flag(Condition.Flag f) {
        String name = f.flag().name().toLowerCase(java.util.Locale.ROOT);
        Boolean v = s.flags().get(f.flag());
        if (v == null) return Evaluation.leaf(Status.MISSING_DATA, name + " = yes", "not recorded: flags." + name);
        return Evaluation.leaf(Status.of(v), name + " = yes", v ? "yes" : "no");
    }

    private static String show(double v, String unit, double converted, String toUnit) {
        return unit.equals(toUnit)
                ? fmt(v) + " " + unit
                : fmt(v) + " " + unit + " = " + fmt(round(converted)) + " " + toUnit;
    }

    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    static String fmt(double v) {
        return SubjectDataReader.fmt(v);
    }

    /**
     * {@code value op threshold} for a value obtained by unit conversion: a value within a relative 1e-9 of the
     * threshold is taken as equal to it, so that e.g. 1000 mg/24h meets "≥ 1 g/24h" despite binary rounding.
     */
    static boolean test(Comparison op, double value, double threshold) {
        double v = Math.abs(value - threshold) <= 1e-9 * Math.max(1, Math.abs(threshold)) ? threshold : value;
        return op.test(v, threshold);
    }
}
