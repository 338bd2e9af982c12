package org.msct.instruments.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.FieldException;

/**
 * DORIS 2021 definition of remission (van Vollenhoven RF et al., Lupus Sci Med 2021;8:e000538; instruments.md §6.3),
 * rules in {@code instruments/doris.v1.json}. Met if all of:
 * <ol>
 *   <li>{@code CLINICAL_SLEDAI_ZERO}: no SLEDAI-2K descriptor other than low complement and increased DNA binding;
 *   <li>{@code PGA}: PGA &lt; 0.5 (0–3);
 *   <li>{@code PREDNISONE}: prednisolone-equivalent ≤ 5 mg/day (option: &lt; 5);
 *   <li>{@code TREATMENT_ALLOWED}: antimalarials, immunosuppressives and biologics are allowed (informational; their
 *       stability cannot be checked without doses and is left to the protocol).
 * </ol>
 * Missing descriptors, PGA or dose → INCOMPLETE. When the SLEDAI-2K total is also given it must equal the serology
 * weights if no clinical descriptor is present (and exceed them otherwise), else FieldException.
 */
public final class Doris {
    private Doris() {}

    /** {@link #evaluate(VisitSummary, DorisOptions)} with {@link DorisOptions#DEFAULT}. */
    public static ResponseResult evaluate(VisitSummary current) {
        return evaluate(current, DorisOptions.DEFAULT);
    }

    public static ResponseResult evaluate(VisitSummary current, DorisOptions options) {
        DorisDefinition d = DorisDefinition.standard();
        List<CriterionResult> criteria = new ArrayList<>(4);
        List<String> missing = new ArrayList<>(0);
        List<String> warnings = new ArrayList<>(0);
        Set<String> present = current.sledaiDescriptors();
        if (present == null) {
            missing.add("current.sledai2k");
        } else {
            Map<String, Integer> weights = d.serologyWeights();
            int serology = 0;
            int clinical = 0;
            for (String code : present) {
                Integer w = weights.get(code);
                if (w == null) clinical++;
                else serology += w;
            }
            Integer total = current.sledai2k();
            if (total != null) {
                int cs = total - serology;
                if (cs < 0 || (cs == 0) != (clinical == 0)) {
                    throw new FieldException(
                            "sledai2k.score",
                            "value " + total + " is not consistent with descriptors " + new TreeSet<>(present)
                                    + " (serology weighs " + serology + ")");
                }
            }
            boolean zero = clinical == 0;
            int ser = serology;
            criteria.add(CriterionResult.of(
                    "CLINICAL_SLEDAI_ZERO",
                    zero,
                    () -> "clinical SLEDAI-2K " + d.clinicalSledai(),
                    () -> observed(present, weights.keySet(), total, ser)));
        }
        Double pga = current.pga();
        if (pga == null) missing.add("current.pga");
        else criteria.add(Criteria.threshold("PGA", "PGA", d.pga(), pga));
        Double pred = current.prednisoneMgDay();
        if (pred == null) missing.add("current.prednisone_mg_day");
        else
            criteria.add(Criteria.threshold(
                    "PREDNISONE",
                    "prednisolone-equivalent mg/day",
                    options.prednisoneBoundary() == d.prednisone().op()
                            ? d.prednisone()
                            : d.prednisone().withOp(options.prednisoneBoundary()),
                    pred));
        Boolean am = current.antimalarial();
        List<String> is = current.immunosuppressants();
        criteria.add(new CriterionResult(
                "TREATMENT_ALLOWED",
                CriterionResult.Outcome.MET,
                () -> TREATMENT_RULE,
                () -> "antimalarial: " + yesNo(am) + "; immunosuppressants: " + (is == null ? "not given" : is)));
        return ResponseResult.of("DORIS 2021", VERSION, criteria, missing, warnings);
    }

    private static final String VERSION = "doris v" + DorisDefinition.standard().version();
    private static final String TREATMENT_RULE = "stable antimalarials, immunosuppressives and biologics allowed";

    private static String observed(
            Set<String> present, Set<String> serology, @Nullable Integer total, int serologyWeight) {
        String clinical = Criteria.sorted(present, serology, false);
        String list = clinical.equals("[]") ? "none" : "present: " + clinical;
        if (total == null) return list;
        return "clinical SLEDAI-2K " + (total - serologyWeight) + " (total " + total + " − serology " + serologyWeight
                + "); " + list;
    }

    private static String yesNo(@Nullable Boolean b) {
        return b == null ? "not given" : b ? "yes" : "no";
    }
}
