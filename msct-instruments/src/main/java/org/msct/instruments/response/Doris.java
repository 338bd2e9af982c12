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
            Set<String> clinical = new TreeSet<>(present);
            int serology = 0;
            for (Map.Entry<String, Integer> e : d.serologyWeights().entrySet()) {
                if (clinical.remove(e.getKey())) serology += e.getValue();
            }
            Integer total = current.sledai2k();
            String observed = clinical.isEmpty() ? "none" : "present: " + clinical;
            if (total != null) {
                int cs = total - serology;
                if (cs < 0 || (cs == 0) != clinical.isEmpty()) {
                    throw new FieldException("sledai2k.score", "value " + total + " is not consistent with descriptors "
                            + new TreeSet<>(present) + " (serology weighs " + serology + ")");
                }
                observed = "clinical SLEDAI-2K " + cs + " (total " + total + " − serology " + serology + "); " + observed;
            }
            criteria.add(CriterionResult.of("CLINICAL_SLEDAI_ZERO", "clinical SLEDAI-2K " + d.clinicalSledai(),
                    clinical.isEmpty(), observed));
        }
        Double pga = current.pga();
        if (pga == null) missing.add("current.pga");
        else criteria.add(Criteria.threshold("PGA", "PGA", d.pga(), pga));
        Double pred = current.prednisoneMgDay();
        if (pred == null) missing.add("current.prednisone_mg_day");
        else criteria.add(Criteria.threshold("PREDNISONE", "prednisolone-equivalent mg/day",
                d.prednisone().withOp(options.prednisoneBoundary()), pred));
        criteria.add(new CriterionResult("TREATMENT_ALLOWED", "stable antimalarials, immunosuppressives and biologics allowed",
                CriterionResult.Outcome.MET, "antimalarial: " + yesNo(current.antimalarial()) + "; immunosuppressants: "
                        + (current.immunosuppressants() == null ? "not given" : current.immunosuppressants())));
        return ResponseResult.of("DORIS 2021", "doris v" + d.version(), criteria, missing, warnings);
    }

    private static String yesNo(@Nullable Boolean b) {
        return b == null ? "not given" : b ? "yes" : "no";
    }
}
