package org.msct.instruments.sfi;

import static org.msct.instruments.sledai.Numbers.format;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.Assessment;
import org.msct.instruments.model.Patient;
import org.msct.instruments.sfi.SfiDefinition.Group;

/** The treatment criteria of the SELENA flare index: prednisone, NSAID/antimalarial added, new immunosuppressant. */
final class Treatment {
    private Treatment() {}

    static void prednisone(
            SfiDefinition d, Patient p, Assessment previous, Assessment current, SfiOptions o, FlareIndex.Acc acc) {
        Double cur = current.prednisoneMgDay();
        Double prev = previous.prednisoneMgDay();
        Double w = p.weightKg();
        if (cur == null) {
            acc.notEvaluated(SfiCriterion.MILD_PREDNISONE_INCREASE, "current.prednisone_mg_day");
            acc.notEvaluated(SfiCriterion.SEVERE_PREDNISONE_ABOVE_HALF_MG_KG, "current.prednisone_mg_day");
            if (o.prednisoneDoublingSevere())
                acc.notEvaluated(SfiCriterion.SEVERE_PREDNISONE_DOUBLED, "current.prednisone_mg_day");
            return;
        }
        Boolean above = cur == 0
                ? Boolean.FALSE
                : w == null ? null : d.prednisoneSevere().test(cur / w);
        Boolean increased = prev == null ? null : cur > prev;
        String dose = "prednisone " + (prev == null ? "" : format(prev) + " -> ") + format(cur) + " mg/day"
                + (w == null || cur == 0 ? "" : " = " + format(cur / w) + " mg/kg/day");
        Boolean severe =
                switch (o.prednisoneSevere()) {
                    case ABOVE -> above;
                    case ABOVE_AND_INCREASED, ABOVE_AND_MILD_STEP -> and(above, increased);
                };
        if (Boolean.TRUE.equals(severe)) {
            acc.fire(
                    SfiCriterion.SEVERE_PREDNISONE_ABOVE_HALF_MG_KG,
                    dose + " " + d.prednisoneSevere() + " mg/kg/day (" + o.prednisoneSevere() + ")");
        } else if (severe == null) {
            acc.notEvaluated(
                    SfiCriterion.SEVERE_PREDNISONE_ABOVE_HALF_MG_KG,
                    above == null ? "patient.weight_kg" : "previous.prednisone_mg_day");
        }
        if (increased == null) {
            acc.notEvaluated(SfiCriterion.MILD_PREDNISONE_INCREASE, "previous.prednisone_mg_day");
        } else if (increased && !Boolean.TRUE.equals(above)) {
            acc.fire(
                    SfiCriterion.MILD_PREDNISONE_INCREASE,
                    dose
                            + (above == null
                                    ? " (weight unknown: whether it is " + d.prednisoneSevere()
                                            + " mg/kg/day is not known)"
                                    : ", not " + d.prednisoneSevere() + " mg/kg/day"));
        }
        if (o.prednisoneDoublingSevere()) {
            if (prev == null) acc.notEvaluated(SfiCriterion.SEVERE_PREDNISONE_DOUBLED, "previous.prednisone_mg_day");
            else if (prev > 0 && d.prednisoneDoubling().test(cur / prev)) {
                acc.fire(
                        SfiCriterion.SEVERE_PREDNISONE_DOUBLED,
                        dose + ", ratio " + format(cur / prev) + " " + d.prednisoneDoubling());
            }
        }
    }

    private static @Nullable Boolean and(@Nullable Boolean a, @Nullable Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) return Boolean.FALSE;
        return a == null || b == null ? null : Boolean.TRUE;
    }

    /** Mild 4: NSAID added (sfi.nsaid_added) or antimalarial added (false/absent before, true now). */
    static void additions(Assessment previous, Assessment current, FlareIndex.Acc acc) {
        Boolean nsaid = current.sfi() == null ? null : current.sfi().nsaidAdded();
        Boolean am = current.antimalarial() == null
                ? null
                : current.antimalarial() && !Boolean.TRUE.equals(previous.antimalarial());
        List<String> added = new ArrayList<>(2);
        if (Boolean.TRUE.equals(nsaid)) added.add("NSAID added for SLE activity");
        if (Boolean.TRUE.equals(am)) {
            added.add("antimalarial added (previous " + (previous.antimalarial() == null ? "absent" : "false") + ")");
            if (previous.antimalarial() == null)
                acc.warn("previous.antimalarial absent: taken as not taking an antimalarial");
        }
        if (!added.isEmpty()) acc.fire(SfiCriterion.MILD_NSAID_OR_ANTIMALARIAL_ADDED, String.join("; ", added));
        else if (nsaid == null || am == null) {
            acc.notEvaluated(
                    SfiCriterion.MILD_NSAID_OR_ANTIMALARIAL_ADDED,
                    nsaid == null ? "current.sfi.nsaid_added" : "current.antimalarial");
        }
    }

    /** Severe 4: a new immunosuppressant group (CYC, AZA, MTX, mycophenolate). */
    static void immunosuppressants(SfiDefinition d, Assessment previous, Assessment current, FlareIndex.Acc acc) {
        List<String> cur = current.immunosuppressants();
        if (cur == null) {
            acc.notEvaluated(SfiCriterion.SEVERE_NEW_IMMUNOSUPPRESSANT, "current.immunosuppressants");
            return;
        }
        List<String> prev = previous.immunosuppressants();
        List<String> added = new ArrayList<>(1);
        for (Group g : d.groups()) {
            if (FlareIndex.anyIn(g, cur) && !FlareIndex.anyIn(g, prev)) added.add(g.name());
        }
        if (added.isEmpty()) return;
        if (prev == null) acc.warn("previous.immunosuppressants absent: taken as none");
        acc.fire(
                SfiCriterion.SEVERE_NEW_IMMUNOSUPPRESSANT,
                "new " + String.join(", ", added) + " (previous " + (prev == null ? "absent" : prev.toString())
                        + ", current " + cur + ")");
    }
}
