package org.msct.trial.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.msct.trial.eligibility.ClassificationCriteria.Group;
import org.msct.trial.eligibility.ClassificationCriteria.Item;
import org.msct.trial.eligibility.ClassificationResult.ItemStatus;

/**
 * Classifies a subject by one criteria set (clinical-definitions.md §7.1), item by item.
 *
 * <p>Missing items: the rule is evaluated twice, once with every missing item not met and once with every missing
 * item met. Because every rule is monotone, the subject is classified (MET) when the first holds, not classified
 * (NOT_MET) when the second fails, and MISSING_DATA otherwise: a missing item is never counted as met.
 *
 * <p>Without items, a recorded {@code fulfilled} statement is used as recorded; with neither, the status is
 * MISSING_DATA.
 */
public final class ClassificationEvaluator {
    private ClassificationEvaluator() {}

    public static ClassificationResult evaluate(ClassificationCriteria c, @Nullable ClassificationFindings f) {
        if (f == null || (f.items().isEmpty() && f.fulfilled() == null)) {
            return new ClassificationResult(
                    c.id(), Status.MISSING_DATA, items(c, Set.of(), Set.of()), null, null, c.id() + ": not recorded");
        }
        if (f.items().isEmpty()) {
            Status s = Status.of(f.fulfilled());
            return new ClassificationResult(
                    c.id(),
                    s,
                    items(c, Set.of(), Set.of()),
                    null,
                    null,
                    c.id() + ": recorded by the investigator as " + (f.fulfilled() ? "fulfilled" : "not fulfilled")
                            + " (no items given)");
        }
        Set<String> met = new HashSet<>();
        Set<String> notMet = new HashSet<>();
        f.items().forEach((k, v) -> (v ? met : notMet).add(k));
        Set<String> optimistic = new HashSet<>(met);
        for (String code : c.codes()) if (!notMet.contains(code)) optimistic.add(code);
        boolean pessimistic = holds(c.rule(), c, met);
        boolean possible = holds(c.rule(), c, optimistic);
        Status status = pessimistic ? Status.MET : possible ? Status.MISSING_DATA : Status.NOT_MET;
        Integer points = null;
        Integer maxPoints = null;
        if (c.rule() instanceof ClassificationRule.Weighted) {
            points = points(c, met);
            maxPoints = points(c, optimistic);
        }
        List<ItemStatus> items = items(c, met, notMet);
        long nMet = items.stream().filter(i -> i.status() == Status.MET).count();
        long nMissing =
                items.stream().filter(i -> i.status() == Status.MISSING_DATA).count();
        StringBuilder sb = new StringBuilder(c.id())
                .append(": ")
                .append(nMet)
                .append(" of ")
                .append(items.size())
                .append(" items met");
        if (nMissing > 0) {
            sb.append(", ")
                    .append(nMissing)
                    .append(" not assessed (")
                    .append(items.stream()
                            .filter(i -> i.status() == Status.MISSING_DATA)
                            .map(ItemStatus::code)
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        if (points != null) {
            sb.append("; ").append(points).append(" points");
            if (!maxPoints.equals(points))
                sb.append(" (up to ").append(maxPoints).append(" with the missing items)");
        }
        if (f.fulfilled() != null && Status.of(f.fulfilled()) != status) {
            sb.append("; the recorded statement '")
                    .append(f.fulfilled() ? "fulfilled" : "not fulfilled")
                    .append("' disagrees with the items, which are used");
        }
        return new ClassificationResult(c.id(), status, items, points, maxPoints, sb.toString());
    }

    /** The readable rule of a set. */
    public static String describe(ClassificationRule r) {
        return switch (r) {
            case ClassificationRule.Count n -> ">= " + n.min() + (n.items().isEmpty() ? "" : " of " + n.items())
                    + (n.groups().isEmpty() ? "" : " " + n.groups())
                    + (n.minPerGroup().isEmpty()
                            ? ""
                            : " with "
                                    + n.minPerGroup().entrySet().stream()
                                            .map(e -> ">= " + e.getValue() + " " + e.getKey())
                                            .sorted()
                                            .collect(Collectors.joining(" and ")));
            case ClassificationRule.Item i -> i.code();
            case ClassificationRule.All a -> a.of().stream()
                    .map(ClassificationEvaluator::describe)
                    .collect(Collectors.joining(" and ", "(", ")"));
            case ClassificationRule.Any a -> a.of().stream()
                    .map(ClassificationEvaluator::describe)
                    .collect(Collectors.joining(" or ", "(", ")"));
            case ClassificationRule.Weighted w -> "entry " + w.entry() + ", >= " + w.minPoints()
                    + " points (highest weight per domain)"
                    + (w.minPerGroup().isEmpty()
                            ? ""
                            : " with "
                                    + w.minPerGroup().entrySet().stream()
                                            .map(e -> ">= " + e.getValue() + " " + e.getKey())
                                            .sorted()
                                            .collect(Collectors.joining(" and ")));
        };
    }

    static boolean holds(ClassificationRule r, ClassificationCriteria c, Set<String> met) {
        return switch (r) {
            case ClassificationRule.Count n -> {
                List<Item> pool = c.items().stream()
                        .filter(i -> n.items().isEmpty()
                                ? n.groups().isEmpty() || n.groups().contains(i.group())
                                : n.items().contains(i.code()))
                        .filter(i -> met.contains(i.code()))
                        .toList();
                yield pool.size() >= n.min() && perGroup(pool, n.minPerGroup());
            }
            case ClassificationRule.Item i -> met.contains(i.code());
            case ClassificationRule.All a -> a.of().stream().allMatch(x -> holds(x, c, met));
            case ClassificationRule.Any a -> a.of().stream().anyMatch(x -> holds(x, c, met));
            case ClassificationRule.Weighted w -> {
                List<Item> scored = c.items().stream()
                        .filter(i -> i.weight() != null && met.contains(i.code()))
                        .toList();
                yield met.contains(w.entry()) && points(c, met) >= w.minPoints() && perGroup(scored, w.minPerGroup());
            }
        };
    }

    private static boolean perGroup(List<Item> metItems, Map<Group, Integer> minPerGroup) {
        for (Map.Entry<Group, Integer> e : minPerGroup.entrySet()) {
            if (metItems.stream().filter(i -> i.group() == e.getKey()).count() < e.getValue()) return false;
        }
        return true;
    }

    /** Highest weight met in each domain, summed over domains. */
    static int points(ClassificationCriteria c, Set<String> met) {
        Map<String, Integer> best = new HashMap<>();
        for (Item i : c.items()) {
            if (i.weight() == null || i.domain() == null || !met.contains(i.code())) continue;
            best.merge(i.domain(), i.weight(), Math::max);
        }
        return best.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static List<ItemStatus> items(ClassificationCriteria c, Set<String> met, Set<String> notMet) {
        Map<String, String> countedInDomain = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        for (Item i : c.items()) {
            if (i.weight() == null || i.domain() == null || !met.contains(i.code())) continue;
            if (i.weight() > best.getOrDefault(i.domain(), 0)) {
                best.put(i.domain(), i.weight());
                countedInDomain.put(i.domain(), i.code());
            }
        }
        List<ItemStatus> out = new ArrayList<>();
        for (Item i : c.items()) {
            Status s = met.contains(i.code())
                    ? Status.MET
                    : notMet.contains(i.code()) ? Status.NOT_MET : Status.MISSING_DATA;
            boolean counted = i.domain() != null && i.code().equals(countedInDomain.get(i.domain()));
            out.add(new ItemStatus(i.code(), s, i.weight(), counted));
        }
        return out;
    }
}
