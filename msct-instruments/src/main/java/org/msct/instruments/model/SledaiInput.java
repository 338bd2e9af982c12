package org.msct.instruments.model;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * SLEDAI-2K section of an assessment (JSON member {@code sledai2k}, shared/spec/cli-contract.md §2).
 *
 * <pre>{@code
 * {"present": ["ARTHRITIS", "RASH"],            // descriptors the investigator marked present (attributed to SLE)
 *  "not_attributable": ["THROMBOCYTOPENIA"],    // present by value but not due to SLE activity (drug, infection)
 *  "arthritis_joints": 4,                        // optional: number of joints with pain and inflammation
 *  "ri50": {"PROTEINURIA": "IMPROVED_GE50"}}     // optional: S2K RI-50 states of descriptors active at baseline
 * }</pre>
 *
 * <p>Codes are those of {@code sledai-2k.v1.json}, checked by {@code SledaiInputParser} (instruments.md §1.2), matched case-insensitively. Both lists are
 * optional (absent = empty). A descriptor may not be both present and not attributable. {@code ri50} states are
 * {@link Ri50State} names, given at the follow-up (current) assessment for descriptors active at baseline; see
 * {@code org.msct.instruments.sledai.ResponderIndex50}.
 *
 * @param present codes marked present by the investigator
 * @param notAttributable codes whose lab evidence is not attributable to SLE (lab derivation suppressed)
 * @param arthritisJoints number of inflamed joints 0–68, or {@code null}
 * @param ri50 S2K RI-50 state per baseline-active descriptor code (empty when not given)
 */
public record SledaiInput(
        Set<String> present,
        Set<String> notAttributable,
        @Nullable Integer arthritisJoints,
        Map<String, Ri50State> ri50) {

    public SledaiInput {
        present = Set.copyOf(present);
        notAttributable = Set.copyOf(notAttributable);
        ri50 = Map.copyOf(ri50);
        for (String c : notAttributable) {
            if (present.contains(c)) throw new IllegalArgumentException(c + " is both present and not attributable");
        }
        if (arthritisJoints != null && (arthritisJoints < 0 || arthritisJoints > 68)) {
            throw new IllegalArgumentException("arthritisJoints " + arthritisJoints + " outside 0-68");
        }
    }

    /** Descriptors present and not-attributable lists only. */
    public SledaiInput(Set<String> present, Set<String> notAttributable) {
        this(present, notAttributable, null, Map.of());
    }

    /** Only descriptors marked present. */
    public static SledaiInput of(String... present) {
        return new SledaiInput(Set.of(present), Set.of());
    }
}
