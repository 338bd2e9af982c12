package org.msct.trial.protocol;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.trial.protocol.Condition.AllOf;
import org.msct.trial.protocol.Condition.AnyOf;
import org.msct.trial.protocol.Condition.BilagActivity;
import org.msct.trial.protocol.Condition.Classification;
import org.msct.trial.protocol.Condition.Flag;
import org.msct.trial.protocol.Condition.Proteinuria;
import org.msct.trial.protocol.Condition.RenalBiopsy;
import org.msct.trial.protocol.Condition.SerumCreatinine;
import org.msct.trial.protocol.Condition.Sledai;
import org.msct.trial.protocol.Condition.Treatment;
import org.msct.trial.protocol.Condition.UrineRbc;
import org.msct.trial.protocol.ProtocolValidator.Ctx;

/**
 * PRT-013 / PRT-014 checks of one condition tree: every threshold has its operator, value and unit; values are
 * possible (age 0–120, SLEDAI-2K 0–105, BILAG counts 1–9, non-negative lab values, ISN/RPS classes I–VI); ranges are
 * ordered; composite conditions are not empty; classification sets exist.
 */
final class ConditionValidator {
    private ConditionValidator() {}

    static final Set<String> BIOPSY_CLASSES = Set.of("I", "II", "III", "IV", "V", "VI");

    static void check(Condition cond, String path, Ctx c) {
        switch (cond) {
            case AllOf a -> children(a.of(), path, c);
            case AnyOf a -> children(a.of(), path, c);
            case Classification cl -> {
                if (cl.sets().isEmpty()) c.missing(path + ".sets");
                for (String s : cl.sets()) {
                    if (!CriteriaFiles.CLASSIFICATION.containsKey(s)) {
                        c.error(
                                path + ".sets",
                                s,
                                "PRT-014",
                                "unknown classification criteria set; allowed: "
                                        + String.join(", ", CriteriaFiles.CLASSIFICATION.keySet()));
                    }
                }
            }
            case Condition.Age a -> {
                if (a.min() == null && a.max() == null) bad(path, null, "age needs min or max", c);
                if (a.min() != null && (a.min() < 0 || a.min() > 120))
                    bad(path + ".min", a.min(), "age must be 0-120", c);
                if (a.max() != null && (a.max() < 0 || a.max() > 120))
                    bad(path + ".max", a.max(), "age must be 0-120", c);
                if (a.min() != null && a.max() != null && a.min() > a.max()) {
                    bad(path + ".min", a.min(), "min is above max " + a.max(), c);
                }
            }
            case Sledai s -> {
                op(s.op(), path, c);
                if (c.requiredNumber(s.value(), path + ".value") && (s.value() < 0 || s.value() > 105)) {
                    bad(path + ".value", s.value(), "SLEDAI-2K scores range 0-105", c);
                }
            }
            case BilagActivity b -> {
                if (b.minA() == null && b.minB() == null) bad(path, null, "bilag needs minA or minB", c);
                if (b.minA() != null && (b.minA() < 1 || b.minA() > 9)) bad(path + ".minA", b.minA(), "allowed 1-9", c);
                if (b.minB() != null && (b.minB() < 1 || b.minB() > 9)) bad(path + ".minB", b.minB(), "allowed 1-9", c);
            }
            case Proteinuria p -> {
                op(p.op(), path, c);
                nonNegative(p.value(), path + ".value", c);
                if (p.unit() == null) c.missing(path + ".unit");
            }
            case SerumCreatinine s -> {
                op(s.op(), path, c);
                nonNegative(s.value(), path + ".value", c);
                if (s.unit() == null) c.missing(path + ".unit");
            }
            case UrineRbc u -> {
                op(u.op(), path, c);
                nonNegative(u.value(), path + ".value", c);
            }
            case RenalBiopsy r -> {
                if (r.classes().isEmpty()) c.missing(path + ".classes");
                for (String k : r.classes()) {
                    if (!BIOPSY_CLASSES.contains(k)) bad(path + ".classes", k, "ISN/RPS classes are I-VI", c);
                }
                if (r.maxAgeDays() != null && r.maxAgeDays() < 1)
                    bad(path + ".maxAgeDays", r.maxAgeDays(), "must be >= 1", c);
            }
            case Flag f -> {
                if (f.flag() == null) c.missing(path + ".flag");
            }
            case Treatment t -> treatment(t, path, c);
        }
    }

    private static void treatment(Treatment t, String path, Ctx c) {
        if (t.drugs().isEmpty()) c.missing(path + ".drugs");
        if (t.dose() != null) {
            op(t.dose().op(), path + ".dose", c);
            positive(t.dose().value(), path + ".dose.value", c);
            if (t.dose().unit() == null) c.missing(path + ".dose.unit");
            if (t.dose().per() == null) c.missing(path + ".dose.per");
        }
        if (t.cumulative() != null) {
            op(t.cumulative().op(), path + ".cumulative", c);
            positive(t.cumulative().value(), path + ".cumulative.value", c);
            if (t.cumulative().unit() == null) c.missing(path + ".cumulative.unit");
        }
        if (t.duration() != null) {
            op(t.duration().op(), path + ".duration", c);
            positive(t.duration().value(), path + ".duration.value", c);
            if (t.duration().unit() == null) c.missing(path + ".duration.unit");
        }
    }

    private static void children(List<Condition> of, String path, Ctx c) {
        if (of.isEmpty()) bad(path + ".of", null, "a composite condition needs at least one member", c);
        for (int i = 0; i < of.size(); i++) {
            if (of.get(i) == null) c.missing(path + ".of[" + i + "]");
            else check(of.get(i), path + ".of[" + i + "]", c);
        }
    }

    private static void op(@Nullable Comparison op, String path, Ctx c) {
        if (op == null) c.missing(path + ".op");
    }

    private static void nonNegative(@Nullable Double v, String path, Ctx c) {
        if (c.requiredNumber(v, path) && !(v >= 0 && Double.isFinite(v))) bad(path, v, "must be a number >= 0", c);
    }

    private static void positive(@Nullable Double v, String path, Ctx c) {
        if (c.requiredNumber(v, path) && !(v > 0 && Double.isFinite(v))) bad(path, v, "must be a number > 0", c);
    }

    private static void bad(String path, @Nullable Object value, String message, Ctx c) {
        c.error(path, value == null ? null : String.valueOf(value), "PRT-013", message);
    }
}
