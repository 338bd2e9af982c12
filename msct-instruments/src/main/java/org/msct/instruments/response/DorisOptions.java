package org.msct.instruments.response;

import org.msct.instruments.units.Comparison;

/**
 * Options of {@link Doris}. {@link #DEFAULT}: prednisolone {@code ≤ 5} mg/day.
 *
 * @param prednisoneBoundary {@link Comparison#LE} (default): ≤ 5 mg/day, the wording of the 2021 abstract (and
 *     instruments.md §6.3); {@link Comparison#LT}: &lt; 5 mg/day, the task-force table wording (clinical-definitions.md
 *     §7.2 notes the discrepancy inside the source). The value 5 is in the definition file.
 */
public record DorisOptions(Comparison prednisoneBoundary) {
    public static final DorisOptions DEFAULT =
            new DorisOptions(DorisDefinition.standard().prednisone().op());

    public DorisOptions {
        if (prednisoneBoundary != Comparison.LE && prednisoneBoundary != Comparison.LT) {
            throw new IllegalArgumentException(
                    "prednisoneBoundary " + prednisoneBoundary + " is not allowed; allowed: LE, LT");
        }
    }
}
