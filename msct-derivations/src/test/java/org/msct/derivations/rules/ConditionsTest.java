package org.msct.derivations.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.msct.derivations.rules.Condition.AllOf;
import org.msct.derivations.rules.Condition.AnyOf;
import org.msct.derivations.rules.Condition.Compare;
import org.msct.derivations.rules.Condition.GradeCount;
import org.msct.derivations.rules.Condition.GradesHeldAtBaseline;
import org.msct.derivations.rules.Condition.NewGrades;
import org.msct.derivations.rules.Condition.Not;
import org.msct.derivations.rules.Condition.Ratio;
import org.msct.instruments.model.BilagGrade;

/** Three-valued evaluation of conditions on hand-made values (Kleene logic; missing grades as count ranges). */
class ConditionsTest {
    static final List<String> SYSTEMS = List.of("S1", "S2", "S3");

    static EvalContext ctx(Map<String, String> now, Map<String, String> base, Map<String, String> ref) {
        return new EvalContext(
                new Snapshot(Map.of("P", 1.0), now),
                Optional.of(new Snapshot(Map.of("P", 2.0), base)),
                Optional.of(new Snapshot(Map.of("P", 0.0), ref)),
                Optional.empty(),
                SYSTEMS);
    }

    @Test
    void l01_kleene_truth_tables() {
        assertThat(Truth.MET.and(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.NOT_MET.and(Truth.UNKNOWN)).isEqualTo(Truth.NOT_MET);
        assertThat(Truth.MET.or(Truth.UNKNOWN)).isEqualTo(Truth.MET);
        assertThat(Truth.NOT_MET.or(Truth.UNKNOWN)).isEqualTo(Truth.UNKNOWN);
        assertThat(Truth.UNKNOWN.not()).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void l02_missing_numeric_values_follow_if_missing() {
        EvalContext c = ctx(Map.of(), Map.of(), Map.of());
        assertThat(Conditions.evaluate(new Compare("Q", Anchor.CURRENT, Op.LT, 1, IfMissing.UNKNOWN), c))
                .isEqualTo(Truth.UNKNOWN);
        assertThat(Conditions.evaluate(new Compare("Q", Anchor.CURRENT, Op.LT, 1, IfMissing.MET), c))
                .isEqualTo(Truth.MET);
        assertThat(Conditions.evaluate(new Compare("Q", Anchor.CURRENT, Op.LT, 1, IfMissing.NOT_MET), c))
                .isEqualTo(Truth.NOT_MET);
        // P: current 1.0, baseline 2.0 -> ratio 0.5; reference 0.0 -> ratio undefined, treated as missing
        assertThat(Conditions.evaluate(new Ratio("P", Anchor.BASELINE, Op.LE, 0.5, IfMissing.UNKNOWN), c))
                .isEqualTo(Truth.MET);
        assertThat(Conditions.evaluate(new Ratio("P", Anchor.REFERENCE, Op.LE, 0.5, IfMissing.NOT_MET), c))
                .isEqualTo(Truth.NOT_MET);
        // combinators: NOT_MET dominates allOf, MET dominates anyOf
        Condition unknown = new Compare("Q", Anchor.CURRENT, Op.LT, 1, IfMissing.UNKNOWN);
        Condition no = new Compare("P", Anchor.CURRENT, Op.GT, 5, IfMissing.UNKNOWN);
        Condition yes = new Compare("P", Anchor.CURRENT, Op.EQ, 1, IfMissing.UNKNOWN);
        assertThat(Conditions.evaluate(new AllOf(List.of(unknown, no)), c)).isEqualTo(Truth.NOT_MET);
        assertThat(Conditions.evaluate(new AnyOf(List.of(unknown, yes)), c)).isEqualTo(Truth.MET);
        assertThat(Conditions.evaluate(new Not(yes), c)).isEqualTo(Truth.NOT_MET);
    }

    @Test
    void l03_grade_counts_with_a_missing_system() {
        // S1 = A, S2 missing, S3 = E: the count of A/B is 1 or 2
        EvalContext c = ctx(Map.of("S1", "A", "S3", "E"), Map.of(), Map.of());
        Set<BilagGrade> ab = Set.of(BilagGrade.A, BilagGrade.B);
        assertThat(Conditions.evaluate(new GradeCount(ab, Op.EQ, 0), c)).isEqualTo(Truth.NOT_MET);
        assertThat(Conditions.evaluate(new GradeCount(ab, Op.EQ, 1), c)).isEqualTo(Truth.UNKNOWN);
        assertThat(Conditions.evaluate(new GradeCount(ab, Op.LE, 2), c)).isEqualTo(Truth.MET);
        // a grade that is not A-E counts as missing
        assertThat(Conditions.evaluate(
                        new GradeCount(ab, Op.EQ, 1), ctx(Map.of("S1", "A", "S2", "X", "S3", "E"), Map.of(), Map.of())))
                .isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void l04_new_grades_and_grades_held_from_baseline() {
        // now: S1 A (ref C: new A), S2 B (ref A: improved, not new), S3 B (ref missing: unknown)
        EvalContext c = ctx(
                Map.of("S1", "A", "S2", "B", "S3", "B"),
                Map.of("S1", "D", "S2", "A", "S3", "C"),
                Map.of("S1", "C", "S2", "A"));
        assertThat(Conditions.evaluate(new NewGrades(Set.of(BilagGrade.A), Anchor.REFERENCE, Op.GE, 1), c))
                .isEqualTo(Truth.MET);
        assertThat(Conditions.evaluate(new NewGrades(Set.of(BilagGrade.B), Anchor.REFERENCE, Op.GE, 1), c))
                .isEqualTo(Truth.UNKNOWN);
        assertThat(Conditions.evaluate(new NewGrades(Set.of(BilagGrade.B), Anchor.BASELINE, Op.GE, 1), c))
                .isEqualTo(Truth.MET);
        // every B now was A/B at baseline? S2 (A) yes, S3 (C) no
        assertThat(Conditions.evaluate(
                        new GradesHeldAtBaseline(Set.of(BilagGrade.B), Set.of(BilagGrade.A, BilagGrade.B)), c))
                .isEqualTo(Truth.NOT_MET);
    }

    @Test
    void l05_describe() {
        Condition c = new AllOf(List.of(
                new Compare("PROT24H", Anchor.CURRENT, Op.LT, 0.4, IfMissing.UNKNOWN),
                new AnyOf(List.of(
                        new Ratio("CREAT", Anchor.BASELINE, Op.LE, 1.15, IfMissing.MET),
                        new NewGrades(Set.of(BilagGrade.A), Anchor.REFERENCE, Op.GE, 1)))));
        assertThat(Conditions.describe(c))
                .isEqualTo(
                        "PROT24H < 0.4 AND (CREAT/CREAT@baseline <= 1.15 (if missing: met) OR count(new BILAG A vs reference) >= 1)");
    }
}
