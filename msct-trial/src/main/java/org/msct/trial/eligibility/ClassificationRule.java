package org.msct.trial.eligibility;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import org.msct.trial.eligibility.ClassificationCriteria.Group;

/**
 * The decision rule of a classification criteria set, as data. Every rule is monotone: meeting one more item never
 * turns a classification into a non-classification, which lets the evaluator decide with missing items.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ClassificationRule.Count.class, name = "count"),
    @JsonSubTypes.Type(value = ClassificationRule.Item.class, name = "item"),
    @JsonSubTypes.Type(value = ClassificationRule.All.class, name = "all"),
    @JsonSubTypes.Type(value = ClassificationRule.Any.class, name = "any"),
    @JsonSubTypes.Type(value = ClassificationRule.Weighted.class, name = "weighted")
})
public sealed interface ClassificationRule {

    /**
     * At least {@code min} items met among {@code items} (or, when empty, among the items of {@code groups}, or all
     * items), with at least {@code minPerGroup[g]} of them in group g.
     */
    record Count(Integer min, List<String> items, List<Group> groups, Map<Group, Integer> minPerGroup)
            implements ClassificationRule {
        public Count {
            items = items == null ? List.of() : List.copyOf(items);
            groups = groups == null ? List.of() : List.copyOf(groups);
            minPerGroup = minPerGroup == null ? Map.of() : Map.copyOf(minPerGroup);
        }
    }

    /** One item is met. */
    record Item(String code) implements ClassificationRule {}

    /** Every rule of {@code of} holds. */
    record All(List<ClassificationRule> of) implements ClassificationRule {
        public All {
            of = of == null ? List.of() : List.copyOf(of);
        }
    }

    /** At least one rule of {@code of} holds. */
    record Any(List<ClassificationRule> of) implements ClassificationRule {
        public Any {
            of = of == null ? List.of() : List.copyOf(of);
        }
    }

    /**
     * EULAR/ACR-style weighted score: the {@code entry} item is met; the points — the highest weight met in each
     * domain, summed over domains — reach {@code minPoints}; and at least {@code minPerGroup[g]} items of group g are
     * met.
     */
    record Weighted(String entry, Integer minPoints, Map<Group, Integer> minPerGroup) implements ClassificationRule {
        public Weighted {
            minPerGroup = minPerGroup == null ? Map.of() : Map.copyOf(minPerGroup);
        }
    }
}
