package org.msct.instruments.bilag;

import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.BilagGrade;

/** One finding that contributed to a system grade; {@link #describe()} renders it for explanations (lazily). */
public sealed interface BilagTrigger {
    /** The grade (or, for renal category-A criteria, the category) this finding supports. */
    BilagGrade grade();

    /** Human-readable description. */
    String describe();

    /** Item {@code item} recorded as {@code code} 0–4, or as yes when {@code code} is -1. */
    record Item(int item, int code, BilagGrade grade) implements BilagTrigger {
        private static final String[] LABELS = {"not present", "improving", "same", "worse", "new"};

        @Override
        public String describe() {
            String name = Bilag2004Definition.standard().item(item).name();
            String value = code < 0 ? "yes" : code + " (" + LABELS[code] + ")";
            return "item " + item + " " + name + " = " + value + " → " + grade;
        }
    }

    /**
     * A renal rule that held, with the current and previous values it used and the threshold applied to the current
     * value (null when not a value rule or not applicable).
     */
    record Renal(RenalRule rule, @Nullable Double value, @Nullable Double previous, @Nullable Threshold threshold)
            implements BilagTrigger {
        @Override
        public BilagGrade grade() {
            return rule.category();
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append(rule.criterion() > 0 ? "criterion " + rule.criterion() : "grade " + rule.category() + " rule")
                    .append(": ")
                    .append(rule.description());
            if (value != null) sb.append(" (current ").append(Exact.format(value));
            if (value != null && threshold != null) sb.append(' ').append(threshold);
            if (value != null && previous != null) sb.append(", previous ").append(Exact.format(previous));
            if (value != null) sb.append(')');
            return sb.toString();
        }
    }

    /** A haematological value of item {@code item} that passed {@code threshold}. */
    record HaemValue(int item, double value, Threshold threshold, BilagGrade grade) implements BilagTrigger {
        @Override
        public String describe() {
            String name = Bilag2004Definition.standard().item(item).name();
            return "item " + item + " " + name + " " + Exact.format(value) + " " + threshold + " → " + grade
                    + " (UNVERIFIED cut-off)";
        }
    }

    /** Grade D or E from the history of the system. */
    record History(BilagGrade grade, String basis) implements BilagTrigger {
        @Override
        public String describe() {
            return "no current activity; " + basis + " → " + grade;
        }
    }
}
