package org.msct.derivations.rules;

import java.util.List;
import java.util.Set;
import org.msct.instruments.model.BilagGrade;

/**
 * A structured condition of a definition file (never a code string). Leaves read numeric values or BILAG grades;
 * {@link AllOf}, {@link AnyOf} and {@link Not} combine them. Evaluated by {@link Conditions#evaluate}.
 */
public sealed interface Condition {

    /** {@code <anchor value of param> <op> value}, e.g. current 24-h proteinuria &lt; 0.5 g. */
    record Compare(String param, Anchor of, Op op, double value, IfMissing ifMissing) implements Condition {}

    /**
     * {@code current / <to value> <op> value}, e.g. proteinuria ratio to baseline ≤ 0.5 (a ≥ 50 % reduction). A
     * reference value ≤ 0 makes the ratio undefined, which counts as missing.
     */
    record Ratio(String param, Anchor to, Op op, double value, IfMissing ifMissing) implements Condition {
        public Ratio {
            if (to == Anchor.CURRENT) throw new IllegalArgumentException("ratio needs baseline or reference");
        }
    }

    /** {@code current − <from value> <op> value}, e.g. a rise of proteinuria ≥ 2 g/24 h over the reference. */
    record Change(String param, Anchor from, Op op, double value, IfMissing ifMissing) implements Condition {
        public Change {
            if (from == Anchor.CURRENT) throw new IllegalArgumentException("change needs baseline or reference");
        }
    }

    /** The number of BILAG systems whose current grade is in {@code grades} {@code <op> count}. */
    record GradeCount(Set<BilagGrade> grades, Op op, int count) implements Condition {
        public GradeCount {
            grades = Set.copyOf(grades);
        }
    }

    /**
     * The number of "new" grades {@code <op> count}: systems whose current grade is in {@code grades} and more severe
     * than their grade at {@code relativeTo} (e.g. a new A = A now, B–E at the response visit).
     */
    record NewGrades(Set<BilagGrade> grades, Anchor relativeTo, Op op, int count) implements Condition {
        public NewGrades {
            grades = Set.copyOf(grades);
            if (relativeTo == Anchor.CURRENT)
                throw new IllegalArgumentException("newGrades needs baseline or reference");
        }
    }

    /** Every system whose current grade is in {@code now} had a baseline grade in {@code baselineIn}. */
    record GradesHeldAtBaseline(Set<BilagGrade> now, Set<BilagGrade> baselineIn) implements Condition {
        public GradesHeldAtBaseline {
            now = Set.copyOf(now);
            baselineIn = Set.copyOf(baselineIn);
        }
    }

    /** The visit's response state is one of {@code states} (event definitions only, e.g. loss of remission). */
    record StateIn(Set<String> states) implements Condition {
        public StateIn {
            states = Set.copyOf(states);
        }
    }

    /** All of the conditions. */
    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one of the conditions. */
    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** The negation. */
    record Not(Condition condition) implements Condition {}
}
