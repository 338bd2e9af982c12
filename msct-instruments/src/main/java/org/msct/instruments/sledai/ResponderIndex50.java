package org.msct.instruments.sledai;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.Ri50State;
import org.msct.instruments.sledai.SledaiDefinition.Descriptor;

/**
 * SLEDAI-2K Responder Index-50 (Touma Z et al., J Rheumatol 2011;38:275-84; shared/spec/instruments.md §1.3) at a
 * follow-up visit relative to baseline. For each descriptor active at baseline: {@link Ri50State#RESOLVED} → 0,
 * {@link Ri50State#IMPROVED_GE50} → weight ÷ 2, {@link Ri50State#NOT_IMPROVED} → weight; a descriptor present at
 * follow-up but not at baseline → weight. Score stored with one decimal place.
 *
 * <p>States are investigator-entered (JSON: {@code current.sledai2k.ri50}, e.g. {@code {"PROTEINURIA":
 * "IMPROVED_GE50"}}). A baseline-active descriptor absent from the follow-up SLEDAI-2K without a state is taken as
 * resolved (that is what absence means); one still present without a state makes the score incomplete (the missing
 * descriptors are named). A state that contradicts the follow-up SLEDAI-2K is used as entered and warned about; a
 * state for a descriptor not active at baseline is ignored with a warning.
 */
public final class ResponderIndex50 {
    private ResponderIndex50() {}

    private static final BigDecimal ZERO = BigDecimal.valueOf(0, 1);

    /** Scores the follow-up {@code current} against {@code baseline} with the investigator's {@code states}. */
    public static Ri50Result score(SledaiResult baseline, SledaiResult current, Map<String, Ri50State> states) {
        SledaiDefinition d = SledaiDefinition.standard();
        List<Ri50Result.Item> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (baseline.window() != current.window()) {
            warnings.add("baseline window " + baseline.window() + " differs from follow-up window " + current.window());
        }
        int halfPoints = 0;
        for (Descriptor de : d.descriptors()) {
            String code = de.code();
            boolean atBaseline = baseline.has(code);
            boolean now = current.has(code);
            Ri50State state = states.get(code);
            if (!atBaseline) {
                if (state != null) warnings.add(code + ": RI-50 state " + state + " ignored; not active at baseline");
                if (now) {
                    items.add(new Ri50Result.Item(
                            code, de.weight(), null, points(2 * de.weight()), Ri50Result.Basis.NEW));
                    halfPoints += 2 * de.weight();
                }
                continue;
            }
            Ri50Result.Basis basis = Ri50Result.Basis.STATE;
            if (state == null) {
                if (now) {
                    missing.add(code);
                    continue;
                }
                state = Ri50State.RESOLVED;
                basis = Ri50Result.Basis.ABSENT_AT_FOLLOW_UP;
            } else if (state == Ri50State.RESOLVED && now) {
                warnings.add(code + ": state RESOLVED but the descriptor is present in the follow-up SLEDAI-2K");
            } else if (state != Ri50State.RESOLVED && !now) {
                warnings.add(code + ": state " + state + " but the descriptor is absent from the follow-up SLEDAI-2K");
            }
            int h =
                    switch (state) {
                        case RESOLVED -> 0;
                        case IMPROVED_GE50 -> de.weight();
                        case NOT_IMPROVED -> 2 * de.weight();
                    };
            halfPoints += h;
            items.add(new Ri50Result.Item(code, de.weight(), state, points(h), basis));
        }
        BigDecimal score = missing.isEmpty() ? points(halfPoints) : null;
        return new Ri50Result(score, items, missing, warnings);
    }

    /**
     * Scores from two assessments: the SLEDAI-2K of each (with {@code o}) and the states in
     * {@code current.sledai2k.ri50}. Empty when either assessment has no SLEDAI-2K section.
     */
    public static Optional<Ri50Result> score(
            @Nullable Assessment baseline, @Nullable Assessment current, SledaiOptions o) {
        if (!Sledai2k.isAssessed(baseline) || !Sledai2k.isAssessed(current)) return Optional.empty();
        SledaiResult b = Sledai2k.score(baseline, o);
        SledaiResult c = Sledai2k.score(current, baseline, o);
        return Optional.of(score(b, c, current.sledai().ri50()));
    }

    private static BigDecimal points(int halfPoints) {
        return halfPoints == 0 ? ZERO : BigDecimal.valueOf(halfPoints * 5L, 1);
    }
}
