package org.msct.instruments.sledai;

import java.util.List;

/**
 * A SLEDAI-2K score with its explanation.
 *
 * @param score total 0–105: sum of the weights of the present descriptors
 * @param clinicalScore clinical SLEDAI-2K 0–101: the total without LOW_COMPLEMENT and INCREASED_DNA_BINDING
 * @param descriptors codes of the present descriptors, in descriptor-table order
 * @param contributions one entry per present descriptor (table order): weight and where it came from
 * @param notAttributed lab evidence that crossed a threshold but was excluded because the investigator marked the
 *     descriptor not attributable to SLE (e.g. {@code "THROMBOCYTOPENIA: platelets_10e9_l 45 < 100"})
 * @param window recall window the score refers to
 * @param variant SLEDAI variant tag
 * @param definition definition id and version, e.g. {@code sledai-2k v1}
 * @param warnings inconsistencies worth a query (never change the score)
 */
public record SledaiResult(
        int score,
        int clinicalScore,
        List<String> descriptors,
        List<Contribution> contributions,
        List<String> notAttributed,
        RecallWindow window,
        SledaiVariant variant,
        String definition,
        List<String> warnings) {

    /** Where a present descriptor came from. */
    public enum Source {
        /** Listed in {@code present} by the investigator. */
        INVESTIGATOR,
        /** A lab rule of the definition held and the descriptor was not marked not attributable. */
        LABS,
        /** The inflamed-joint count reached the arthritis threshold. */
        JOINT_COUNT
    }

    /**
     * One present descriptor.
     *
     * @param code descriptor code
     * @param weight points it contributes
     * @param source where it came from
     * @param evidence the value and threshold for {@link Source#LABS} and {@link Source#JOINT_COUNT} (e.g.
     *     {@code "platelets_10e9_l 99 < 100"}); empty for the investigator
     */
    public record Contribution(String code, int weight, Source source, String evidence) {}

    public SledaiResult {
        descriptors = List.copyOf(descriptors);
        contributions = List.copyOf(contributions);
        notAttributed = List.copyOf(notAttributed);
        warnings = List.copyOf(warnings);
    }

    /** Whether descriptor {@code code} is present. */
    public boolean has(String code) {
        return descriptors.contains(code);
    }
}
