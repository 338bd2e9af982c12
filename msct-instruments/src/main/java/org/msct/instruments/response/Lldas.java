package org.msct.instruments.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;
import org.msct.instruments.model.BilagSystem;

/**
 * Lupus Low Disease Activity State (Franklyn K et al., Ann Rheum Dis 2016;75:1615-21; instruments.md §6.2), rules in
 * {@code instruments/lldas.v1.json}. Met if all of:
 * <ol>
 *   <li>{@code SLEDAI_TOTAL} SLEDAI-2K ≤ 4; {@code NO_MAJOR_ORGAN_ACTIVITY} none of the renal, CNS, cardiopulmonary,
 *       vasculitis or fever descriptors; {@code NO_HAEMOLYTIC_ANAEMIA}; {@code NO_GI_ACTIVITY} (flag, else BILAG
 *       gastrointestinal grade A–C, else per option);
 *   <li>{@code NO_NEW_FEATURES}: no descriptor present now that was absent at the previous assessment (serology
 *       included);
 *   <li>{@code PGA} ≤ 1 (0–3);
 *   <li>{@code PREDNISONE} prednisolone-equivalent ≤ 7.5 mg/day;
 *   <li>{@code NO_EXCLUDED_TREATMENT}: maintenance immunosuppressants and approved biologics allowed; codes listed in
 *       {@link LldasOptions#excludedTreatments()} (investigational) are not.
 * </ol>
 * Missing current SLEDAI-2K total or descriptors, PGA or prednisone dose → INCOMPLETE; see {@link LldasOptions} for
 * the previous visit and the non-SLEDAI activity.
 */
public final class Lldas {
    private Lldas() {}

    /** {@link #evaluate(VisitSummary, VisitSummary, LldasOptions)} with {@link LldasOptions#DEFAULT}. */
    public static ResponseResult evaluate(VisitSummary current, @Nullable VisitSummary previous) {
        return evaluate(current, previous, LldasOptions.DEFAULT);
    }

    public static ResponseResult evaluate(VisitSummary current, @Nullable VisitSummary previous, LldasOptions options) {
        LldasDefinition d = LldasDefinition.standard();
        List<CriterionResult> criteria = new ArrayList<>(8);
        List<String> missing = new ArrayList<>(0);
        List<String> warnings = new ArrayList<>(0);
        Integer score = current.sledai2k();
        Set<String> present = current.sledaiDescriptors();
        if (score == null) {
            missing.add("current.sledai2k");
        } else {
            criteria.add(Criteria.threshold("SLEDAI_TOTAL", "SLEDAI-2K", d.sledai(), score));
        }
        if (present == null) {
            if (score != null) missing.add("current.sledai2k.descriptors");
        } else {
            boolean none = true;
            for (String code : present) {
                if (d.majorOrgan().contains(code)) none = false;
            }
            boolean ok = none;
            criteria.add(CriterionResult.of(
                    "NO_MAJOR_ORGAN_ACTIVITY",
                    ok,
                    () -> MAJOR_RULE,
                    () -> ok ? "none" : "present: " + Criteria.sorted(present, d.majorOrgan(), true)));
        }
        criteria.add(other(
                "NO_HAEMOLYTIC_ANAEMIA",
                HAEMOLYSIS_RULE,
                current.haemolyticAnaemia(),
                null,
                "current.haemolytic_anaemia",
                options,
                missing));
        criteria.add(other(
                "NO_GI_ACTIVITY",
                GI_RULE,
                current.giActivity(),
                giFromBilag(current, d),
                "current.gi_activity",
                options,
                missing));
        criteria.add(newFeatures(present, previous, options, missing, warnings));
        Double pga = current.pga();
        if (pga == null) missing.add("current.pga");
        else criteria.add(Criteria.threshold("PGA", "PGA", d.pga(), pga));
        Double pred = current.prednisoneMgDay();
        if (pred == null) missing.add("current.prednisone_mg_day");
        else criteria.add(Criteria.threshold("PREDNISONE", "prednisolone-equivalent mg/day", d.prednisone(), pred));
        criteria.add(treatments(current, options, missing));
        return ResponseResult.of("LLDAS", VERSION, criteria, missing, warnings);
    }

    private static final String VERSION = "lldas v" + LldasDefinition.standard().version();
    private static final String MAJOR_RULE = "no renal, CNS, cardiopulmonary, vasculitis or fever descriptor";
    private static final String HAEMOLYSIS_RULE = "no haemolytic anaemia";
    private static final String GI_RULE = "no gastrointestinal activity";
    private static final String NEW_RULE = "no SLEDAI-2K descriptor present that was absent at the previous assessment";
    private static final String NO_PREVIOUS = "no previous assessment: criterion NO_NEW_FEATURES not evaluated";

    private static @Nullable Boolean giFromBilag(VisitSummary v, LldasDefinition d) {
        if (v.bilag() == null) return null;
        BilagGrade g = v.bilag().get(BilagSystem.GASTROINTESTINAL);
        return g == null ? null : d.giActivityGrades().contains(g);
    }

    private static CriterionResult other(
            String id,
            String rule,
            @Nullable Boolean flag,
            @Nullable Boolean fromBilag,
            String field,
            LldasOptions options,
            List<String> missing) {
        if (flag != null) {
            boolean f = flag;
            return CriterionResult.of(id, !f, () -> rule, () -> f ? "present (reported)" : "absent (reported)");
        }
        if (fromBilag != null) {
            boolean f = fromBilag;
            return CriterionResult.of(
                    id,
                    !f,
                    () -> rule,
                    () -> f
                            ? "present (BILAG-2004 gastrointestinal grade A–C)"
                            : "absent (BILAG-2004 gastrointestinal grade D/E)");
        }
        if (options.otherActivity() == LldasOptions.OtherActivityRule.REQUIRED) {
            missing.add(field);
            return new CriterionResult(id, CriterionResult.Outcome.NOT_EVALUATED, () -> rule, () -> "not given");
        }
        return CriterionResult.of(id, true, () -> rule, () -> "not reported (absent)");
    }

    private static CriterionResult newFeatures(
            @Nullable Set<String> present,
            @Nullable VisitSummary previous,
            LldasOptions options,
            List<String> missing,
            List<String> warnings) {
        String id = "NO_NEW_FEATURES";
        Set<String> before = previous == null ? null : previous.sledaiDescriptors();
        if (before == null) {
            if (options.withoutPrevious() == LldasOptions.PreviousVisitRule.INCOMPLETE) {
                missing.add("previous.sledai2k");
            } else {
                warnings.add(NO_PREVIOUS);
            }
            return new CriterionResult(
                    id, CriterionResult.Outcome.NOT_EVALUATED, () -> NEW_RULE, () -> "no previous assessment");
        }
        if (present == null) {
            return new CriterionResult(
                    id, CriterionResult.Outcome.NOT_EVALUATED, () -> NEW_RULE, () -> "no current descriptors");
        }
        boolean none = before.containsAll(present);
        return CriterionResult.of(
                id, none, () -> NEW_RULE, () -> none ? "none" : "new: " + Criteria.sorted(present, before, false));
    }

    private static CriterionResult treatments(VisitSummary v, LldasOptions options, List<String> missing) {
        String id = "NO_EXCLUDED_TREATMENT";
        List<String> taken = v.immunosuppressants();
        Set<String> excluded = options.excludedTreatments();
        if (excluded.isEmpty()) {
            return CriterionResult.of(
                    id,
                    true,
                    () -> "standard maintenance immunosuppressants and approved biologics allowed",
                    () -> taken == null ? "not given" : "taken: " + taken);
        }
        Supplier<String> rule = () -> "no investigational treatment among " + new TreeSet<>(excluded);
        if (taken == null) {
            missing.add("current.immunosuppressants");
            return new CriterionResult(id, CriterionResult.Outcome.NOT_EVALUATED, rule, () -> "not given");
        }
        boolean clean = true;
        for (String code : taken) {
            if (excluded.contains(code)) clean = false;
        }
        boolean ok = clean;
        return CriterionResult.of(
                id, ok, rule, () -> ok ? "taken: " + taken : "excluded: " + Criteria.sorted(taken, excluded, true));
    }
}
