package org.msct.instruments.sfi;

import static org.msct.instruments.sledai.Numbers.format;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.SfiInput;
import org.msct.instruments.sfi.SfiDefinition.Feature;
import org.msct.instruments.sledai.Comparison;
import org.msct.instruments.sledai.LabRule;

/** The new/worse feature criteria (mild 2, severe 2) of the SELENA flare index. */
final class FlareFeatures {
    private FlareFeatures() {}

    static void evaluate(SfiDefinition d, Assessment previous, Assessment current, SfiOptions o, FlareIndex.Acc acc) {
        SfiInput in = current.sfi();
        List<String> mild = new ArrayList<>(2);
        List<String> severe = new ArrayList<>(2);
        if (in != null) {
            for (String code : in.newOrWorse()) {
                Feature f = d.featureByCode().get(code);
                (f.flare() == Flare.SEVERE ? severe : mild).add(code);
                if (f.hbLevel() != null) checkHaemoglobin(f, previous, current, acc);
            }
        }
        if (o.plateletsFromLabs()) {
            for (Feature f : d.features()) {
                if (f.labDerivation() == null || severe.contains(f.code()) || mild.contains(f.code())) continue;
                String derived = derive(f, previous, current, acc);
                if (derived != null) (f.flare() == Flare.SEVERE ? severe : mild).add(derived);
            }
        }
        if (!mild.isEmpty()) acc.fire(SfiCriterion.MILD_NEW_OR_WORSE_FEATURE, "new/worse " + String.join(", ", mild));
        else if (in == null) acc.notEvaluated(SfiCriterion.MILD_NEW_OR_WORSE_FEATURE, "current.sfi.new_or_worse");
        if (!severe.isEmpty())
            acc.fire(SfiCriterion.SEVERE_NEW_OR_WORSE_FEATURE, "new/worse " + String.join(", ", severe));
        else if (in == null) acc.notEvaluated(SfiCriterion.SEVERE_NEW_OR_WORSE_FEATURE, "current.sfi.new_or_worse");
    }

    /** The feature with its lab evidence when the labs show it new or worse, else null. */
    private static @Nullable String derive(Feature f, Assessment previous, Assessment current, FlareIndex.Acc acc) {
        LabRule rule = f.labDerivation();
        if (!rule.matches(current.labs())) return null;
        String evidence = rule.explain(current.labs());
        if (f.notAttributableIf() != null
                && current.sledai() != null
                && current.sledai().notAttributable().contains(f.notAttributableIf())) {
            acc.warn(f.code() + " not derived: " + evidence + " but " + f.notAttributableIf()
                    + " is marked not attributable to SLE");
            return null;
        }
        double cur = rule.valueIn(current.labs());
        Double prev = rule.valueIn(previous.labs());
        if (prev == null) {
            acc.warn(f.code() + " not derived: " + evidence + " but the previous "
                    + rule.field().json() + " is absent, so new/worse is unknown; list " + f.code()
                    + " in sfi.new_or_worse if new or worse");
            return null;
        }
        boolean isNew = !rule.matches(previous.labs());
        boolean isWorse = rule.op() == Comparison.LT || rule.op() == Comparison.LE ? cur < prev : cur > prev;
        if (!isNew && !isWorse) return null;
        return f.code() + " (" + evidence + (isNew ? ", new" : ", worse") + "; previous " + format(prev) + ")";
    }

    /** Warns when the haemoglobin values contradict "Hb &lt; 7 g/dL or fall &gt; 3 g/dL". */
    private static void checkHaemoglobin(Feature f, Assessment previous, Assessment current, FlareIndex.Acc acc) {
        Double cur = f.hbLevel().valueIn(current.labs());
        Double prev = f.hbLevel().valueIn(previous.labs());
        if (cur == null || prev == null) return;
        if (!f.hbLevel().matches(current.labs()) && !f.hbFall().test(prev - cur)) {
            acc.warn(f.code() + " entered but hemoglobin_g_dl " + format(prev) + " -> " + format(cur) + " is neither "
                    + f.hbLevel().op().symbol() + " " + format(f.hbLevel().value()) + " nor a fall " + f.hbFall());
        }
    }
}
