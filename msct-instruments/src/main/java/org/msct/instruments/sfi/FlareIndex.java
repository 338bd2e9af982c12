package org.msct.instruments.sfi;

import static org.msct.instruments.sledai.Numbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.Patient;
import org.msct.instruments.model.SfiInput;
import org.msct.instruments.sfi.SfiDefinition.Group;
import org.msct.instruments.sledai.Sledai2k;
import org.msct.instruments.sledai.SledaiResult;

/**
 * Classic SELENA-SLEDAI Flare Index (Petri M et al., NEJM 2005;353:2550-8; shared/spec/instruments.md §2.2),
 * comparing the current assessment with the previous one. Severe if any severe criterion fires; else mild/moderate if
 * any mild/moderate criterion fires; else none. Every criterion that fired is reported with its values.
 *
 * <p>Inputs: the SLEDAI of both visits (required: an assessment without a {@code sledai2k} section makes the index not
 * evaluable); PGA of both visits; prednisone-equivalent mg/day of both visits and patient weight (kg) for mg/kg/day;
 * {@code immunosuppressants} (a group of CYC, AZA, MTX, mycophenolate MMF/MPA taken now but not at the previous visit
 * is new; an absent previous list counts as none, with a warning); {@code antimalarial} (false or absent at the
 * previous visit → true now = added); the {@link SfiInput} of the current visit (features, NSAID, hospitalisation).
 * A criterion whose input is absent does not fire and is listed in {@link SfiResult#notEvaluated()};
 * {@link SfiResult#determinate()} tells whether it could have changed the class.
 */
public final class FlareIndex {
    private FlareIndex() {}

    /** Evaluates, or empty when either assessment is missing or has no SLEDAI-2K section. */
    public static Optional<SfiResult> evaluateIfPossible(
            Patient p, @Nullable Assessment previous, @Nullable Assessment current, SfiOptions o) {
        if (!Sledai2k.isAssessed(previous) || !Sledai2k.isAssessed(current)) return Optional.empty();
        return Optional.of(evaluate(p, previous, current, o));
    }

    /** Evaluates; IllegalArgumentException when either assessment has no SLEDAI-2K section. */
    public static SfiResult evaluate(Patient p, Assessment previous, Assessment current, SfiOptions o) {
        if (!Sledai2k.isAssessed(previous) || !Sledai2k.isAssessed(current)) {
            throw new IllegalArgumentException(
                    "the flare index needs the SLEDAI of the previous and current assessment");
        }
        return evaluate(
                p,
                previous,
                current,
                Sledai2k.score(previous, o.sledai()),
                Sledai2k.score(current, previous, o.sledai()),
                o);
    }

    /**
     * As {@link #evaluate(Patient, Assessment, Assessment, SfiOptions)} with the two SLEDAI results already computed
     * (with {@code o.sledai()}, the current one against {@code previous}), so a caller scoring both visits anyway does
     * not score them twice.
     */
    public static SfiResult evaluate(
            Patient p, Assessment previous, Assessment current, SledaiResult sp, SledaiResult sc, SfiOptions o) {
        SfiDefinition d = SfiDefinition.standard();
        Acc acc = new Acc();
        for (String w : sp.warnings()) acc.warn("previous SLEDAI: " + w);
        for (String w : sc.warnings()) acc.warn("current SLEDAI: " + w);
        sledai(d, sp.score(), sc.score(), o, acc);
        FlareFeatures.evaluate(d, previous, current, o, acc);
        Treatment.prednisone(d, p, previous, current, o, acc);
        Treatment.additions(previous, current, acc);
        Treatment.immunosuppressants(d, previous, current, acc);
        if (current.sfi() == null) acc.notEvaluated(SfiCriterion.SEVERE_HOSPITALISATION, "current.sfi.hospitalised");
        else if (current.sfi().hospitalised()) acc.fire(SfiCriterion.SEVERE_HOSPITALISATION, "hospitalised for SLE");
        pga(d, previous.pga(), current.pga(), o, acc);
        return acc.result(sp.score(), sc.score(), o, d);
    }

    private static void sledai(SfiDefinition d, int prev, int cur, SfiOptions o, Acc acc) {
        int delta = cur - prev;
        boolean above = d.sledaiSevereLevel().test(cur);
        String change = "SLEDAI " + prev + " -> " + cur + " (" + (delta >= 0 ? "+" : "") + delta + ")";
        if (d.sledaiMildIncrease().test(delta) && !above) {
            acc.fire(
                    SfiCriterion.MILD_SLEDAI_INCREASE,
                    change + ", increase " + d.sledaiMildIncrease() + ", current not " + d.sledaiSevereLevel());
        }
        if (above && severe(o.sledaiSevere(), cur > prev, d.sledaiMildIncrease().test(delta))) {
            acc.fire(
                    SfiCriterion.SEVERE_SLEDAI_ABOVE_12,
                    change + ", current " + d.sledaiSevereLevel() + " (" + o.sledaiSevere() + ")");
        }
    }

    private static void pga(SfiDefinition d, @Nullable Double prev, @Nullable Double cur, SfiOptions o, Acc acc) {
        if (prev == null || cur == null) {
            String needs = prev == null ? "previous.pga" : "current.pga";
            acc.notEvaluated(SfiCriterion.MILD_PGA_INCREASE, needs);
            acc.notEvaluated(SfiCriterion.SEVERE_PGA_ABOVE_2_5, needs);
            return;
        }
        // exact decimal difference of the entered values (no binary rounding at the 1.0 boundary)
        double delta =
                BigDecimal.valueOf(cur).subtract(BigDecimal.valueOf(prev)).doubleValue();
        boolean above = d.pgaSevereLevel().test(cur);
        String change = "PGA " + format(prev) + " -> " + format(cur) + " (change " + format(delta) + ")";
        if (d.pgaMildIncrease().test(delta) && !above) {
            acc.fire(
                    SfiCriterion.MILD_PGA_INCREASE,
                    change + ", increase " + d.pgaMildIncrease() + ", current not " + d.pgaSevereLevel());
        }
        if (above && severe(o.pgaSevere(), cur > prev, d.pgaMildIncrease().test(delta))) {
            acc.fire(
                    SfiCriterion.SEVERE_PGA_ABOVE_2_5,
                    change + ", current " + d.pgaSevereLevel() + " (" + o.pgaSevere() + ")");
        }
    }

    static boolean severe(SevereLevelRule rule, boolean increased, boolean mildStep) {
        return switch (rule) {
            case ABOVE_AND_INCREASED -> increased;
            case ABOVE_AND_MILD_STEP -> mildStep;
            case ABOVE -> true;
        };
    }

    /** Collects fired and unevaluated criteria and warnings. */
    static final class Acc {
        final List<SfiResult.Fired> fired = new ArrayList<>(4);
        final List<SfiResult.NotEvaluated> notEvaluated = new ArrayList<>(4);
        final List<String> warnings = new ArrayList<>(2);

        void fire(SfiCriterion c, String evidence) {
            fired.add(new SfiResult.Fired(c, evidence));
        }

        void notEvaluated(SfiCriterion c, String needs) {
            notEvaluated.add(new SfiResult.NotEvaluated(c, needs));
        }

        void warn(String w) {
            warnings.add(w);
        }

        SfiResult result(int prevSledai, int curSledai, SfiOptions o, SfiDefinition d) {
            Flare flare = Flare.NONE;
            for (SfiResult.Fired f : fired)
                if (f.criterion().level().compareTo(flare) > 0)
                    flare = f.criterion().level();
            boolean severeOpen = false;
            boolean mildOpen = false;
            for (SfiResult.NotEvaluated n : notEvaluated) {
                if (n.criterion().level() == Flare.SEVERE) severeOpen = true;
                else mildOpen = true;
            }
            boolean determinate = flare == Flare.SEVERE || (!severeOpen && (flare == Flare.MILD_MODERATE || !mildOpen));
            return new SfiResult(
                    flare,
                    fired,
                    notEvaluated,
                    determinate,
                    prevSledai,
                    curSledai,
                    o.sledai().variant(),
                    d.id() + " v" + d.version(),
                    warnings);
        }
    }

    static boolean anyIn(Group g, @Nullable List<String> drugs) {
        if (drugs == null) return false;
        for (String c : g.codes()) if (drugs.contains(c)) return true;
        return false;
    }
}
