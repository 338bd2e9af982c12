package org.msct.instruments.model;

import java.util.List;

/**
 * SELENA flare-index facts of the current visit that neither SLEDAI nor the treatment fields carry (JSON member
 * {@code sfi}):
 *
 * <pre>{@code
 * {"new_or_worse": ["ARTHRITIS", "PLEURITIS"],   // new or worse features vs the previous visit
 *  "nsaid_added": true,                           // NSAID added for SLE activity
 *  "hospitalised": false}                         // hospitalisation for SLE
 * }</pre>
 *
 * <p>Feature codes (case-insensitive) are those of {@code selena-flare-index.v1.json}: mild/moderate DISCOID,
 * PHOTOSENSITIVE, PROFUNDUS, CUTANEOUS_VASCULITIS, BULLOUS, NASOPHARYNGEAL_ULCERS, PLEURITIS, PERICARDITIS, ARTHRITIS,
 * SLE_FEVER; severe CNS_SLE, VASCULITIS, NEPHRITIS, MYOSITIS, PLATELETS_LT60, HAEMOLYTIC_ANAEMIA (Hb &lt; 7 g/dL or a
 * fall &gt; 3 g/dL), REQUIRES_PREDNISONE_DOUBLING (a new/worse feature that required doubling prednisone). All members
 * are optional (absent list = none, absent flag = false). When the whole {@code sfi} object is absent the criteria
 * that need it are reported as not evaluated.
 *
 * @param newOrWorse feature codes, upper-case, in input order, without duplicates
 * @param hospitalised hospitalised for SLE since the previous visit
 * @param nsaidAdded NSAID added for SLE activity since the previous visit
 */
public record SfiInput(List<String> newOrWorse, boolean hospitalised, boolean nsaidAdded) {
    public SfiInput {
        newOrWorse = List.copyOf(newOrWorse);
    }

    public SfiInput(List<String> newOrWorse, boolean hospitalised) {
        this(newOrWorse, hospitalised, false);
    }
}
