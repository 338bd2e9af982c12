package org.msct.derivations.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.msct.derivations.rules.Condition.AllOf;
import org.msct.derivations.rules.Condition.AnyOf;
import org.msct.derivations.rules.Condition.Change;
import org.msct.derivations.rules.Condition.Compare;
import org.msct.derivations.rules.Condition.GradeCount;
import org.msct.derivations.rules.Condition.GradesHeldAtBaseline;
import org.msct.derivations.rules.Condition.NewGrades;
import org.msct.derivations.rules.Condition.Not;
import org.msct.derivations.rules.Condition.Ratio;
import org.msct.derivations.rules.Condition.StateIn;
import org.msct.instruments.model.BilagGrade;

/**
 * Evaluates and describes {@link Condition}s. Pure functions.
 *
 * <p>Missing data: a numeric leaf whose value (or anchor value) is missing yields its {@link IfMissing} truth. A
 * grade count with missing systems is evaluated on every count the missing systems allow: {@code MET} when all
 * satisfy the operator, {@code NOT_MET} when none does, {@code UNKNOWN} otherwise (so "no A or B" is {@code NOT_MET}
 * as soon as one observed system is A, whatever is missing).
 */
public final class Conditions {
    private Conditions() {}

    /** The truth of {@code c} in {@code ctx}. */
    public static Truth evaluate(Condition c, EvalContext ctx) {
        return switch (c) {
            case Compare x -> numeric(
                    ctx.at(x.of()).flatMap(s -> opt(s.number(x.param()))), x.op(), x.value(), x.ifMissing());
            case Ratio x -> numeric(
                    pair(ctx, x.param(), x.to()).map(p -> p[1] > 0 ? p[0] / p[1] : Double.NaN),
                    x.op(),
                    x.value(),
                    x.ifMissing());
            case Change x -> numeric(
                    pair(ctx, x.param(), x.from()).map(p -> p[0] - p[1]), x.op(), x.value(), x.ifMissing());
            case GradeCount x -> count(
                    ctx, s -> ctx.current().grade(s).map(g -> x.grades().contains(g)), x.op(), x.count());
            case NewGrades x -> count(ctx, s -> isNew(ctx, s, x), x.op(), x.count());
            case GradesHeldAtBaseline x -> held(ctx, x);
            case StateIn x -> ctx.state()
                    .map(st -> Truth.of(x.states().contains(st)))
                    .orElse(Truth.UNKNOWN);
            case AllOf x -> x.conditions().stream().map(k -> evaluate(k, ctx)).reduce(Truth.MET, Truth::and);
            case AnyOf x -> x.conditions().stream().map(k -> evaluate(k, ctx)).reduce(Truth.NOT_MET, Truth::or);
            case Not x -> evaluate(x.condition(), ctx).not();
        };
    }

    private static Optional<Double> opt(OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }

    private static Optional<double[]> pair(EvalContext ctx, String param, Anchor anchor) {
        OptionalDouble now = ctx.current().number(param);
        Optional<Double> then = ctx.at(anchor).flatMap(s -> opt(s.number(param)));
        if (now.isEmpty() || then.isEmpty()) return Optional.empty();
        return Optional.of(new double[] {now.getAsDouble(), then.get()});
    }

    private static Truth numeric(Optional<Double> value, Op op, double threshold, IfMissing ifMissing) {
        if (value.isEmpty() || Double.isNaN(value.get())) return ifMissing.truth();
        return Truth.of(op.test(value.get(), threshold));
    }

    /** Counts systems for which {@code hit} is true (empty = unknown) and tests every possible count. */
    private static Truth count(EvalContext ctx, Function<String, Optional<Boolean>> hit, Op op, int threshold) {
        int known = 0;
        int unknown = 0;
        for (String s : ctx.systems()) {
            Optional<Boolean> h = hit.apply(s);
            if (h.isEmpty()) unknown++;
            else if (h.get()) known++;
        }
        boolean any = false;
        boolean all = true;
        for (int n = known; n <= known + unknown; n++) {
            boolean t = op.test(n, threshold);
            any |= t;
            all &= t;
        }
        return all ? Truth.MET : any ? Truth.UNKNOWN : Truth.NOT_MET;
    }

    private static Optional<Boolean> isNew(EvalContext ctx, String system, NewGrades x) {
        Optional<BilagGrade> now = ctx.current().grade(system);
        if (now.isPresent() && !x.grades().contains(now.get())) return Optional.of(false);
        Optional<BilagGrade> then = ctx.at(x.relativeTo()).flatMap(s -> s.grade(system));
        if (now.isEmpty() || then.isEmpty()) return Optional.empty();
        return Optional.of(now.get().ordinal() < then.get().ordinal());
    }

    private static Truth held(EvalContext ctx, GradesHeldAtBaseline x) {
        Truth all = Truth.MET;
        for (String s : ctx.systems()) {
            Optional<BilagGrade> now = ctx.current().grade(s);
            Optional<BilagGrade> base = ctx.baseline().flatMap(b -> b.grade(s));
            Truth t;
            if (now.isPresent() && !x.now().contains(now.get())) t = Truth.MET;
            else if (base.isPresent() && x.baselineIn().contains(base.get())) t = Truth.MET;
            else if (now.isPresent() && base.isPresent()) t = Truth.NOT_MET;
            else t = Truth.UNKNOWN;
            all = all.and(t);
        }
        return all;
    }

    /** A one-line text of {@code c} for define-style derivation texts, e.g. {@code PROT24H < 0.5 AND ...}. */
    public static String describe(Condition c) {
        return switch (c) {
            case Compare x -> name(x.param(), x.of()) + " " + x.op().symbol() + " " + num(x.value())
                    + missing(x.ifMissing());
            case Ratio x -> x.param() + "/" + name(x.param(), x.to()) + " " + x.op().symbol() + " " + num(x.value())
                    + missing(x.ifMissing());
            case Change x -> x.param() + "-" + name(x.param(), x.from()) + " " + x.op().symbol() + " " + num(x.value())
                    + missing(x.ifMissing());
            case GradeCount x -> "count(BILAG in " + grades(x.grades()) + ") " + x.op().symbol() + " " + x.count();
            case NewGrades x -> "count(new BILAG " + grades(x.grades()) + " vs "
                    + x.relativeTo().code() + ") " + x.op().symbol() + " " + x.count();
            case GradesHeldAtBaseline x -> "every BILAG " + grades(x.now()) + " was " + grades(x.baselineIn())
                    + " at baseline";
            case StateIn x -> "state in " + new TreeSet<>(x.states());
            case AllOf x -> join(x.conditions(), " AND ");
            case AnyOf x -> join(x.conditions(), " OR ");
            case Not x -> "NOT " + describe(x.condition());
        };
    }

    private static String name(String param, Anchor a) {
        return a == Anchor.CURRENT ? param : param + "@" + a.code();
    }

    private static String missing(IfMissing m) {
        return m == IfMissing.UNKNOWN ? "" : " (if missing: " + m.code() + ")";
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String grades(Set<BilagGrade> g) {
        return g.stream().sorted().map(Enum::name).collect(Collectors.joining("/"));
    }

    private static String join(List<Condition> cs, String sep) {
        return cs.stream()
                .map(k -> k instanceof AllOf || k instanceof AnyOf ? "(" + describe(k) + ")" : describe(k))
                .collect(Collectors.joining(sep));
    }
}
