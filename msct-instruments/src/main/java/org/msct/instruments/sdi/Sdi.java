package org.msct.instruments.sdi;

import static org.msct.instruments.sledai.Numbers.format;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.SdiInput;
import org.msct.instruments.sdi.SdiDefinition.Domain;
import org.msct.instruments.sdi.SdiDefinition.Item;
import org.msct.instruments.sdi.SdiResult.ItemScore;
import org.msct.instruments.sdi.SdiResult.Status;

/**
 * SLICC/ACR Damage Index (Gladman D et al., Arthritis Rheum 1996;39:363-9; shared/spec/instruments.md §5): the sum of
 * the recorded damage items (0–47), scored regardless of attribution. Rules applied: persistence (a non-"ever" item
 * present for less than 6 months per {@code months_present} does not count); ESRD (3 points) replaces the other renal
 * items; with a previous SDI, an item that was counted before and is no longer counted is warned about (damage does
 * not regress). "Repeat episodes at least 6 months apart" for 2 points is the investigator's judgement.
 */
public final class Sdi {
    private Sdi() {}

    /** Scores one SDI. */
    public static SdiResult score(SdiInput in, SdiOptions o) {
        SdiDefinition d = SdiDefinition.standard();
        List<Item> all = d.items();
        int[] counted = new int[all.size()];
        Status[] status = new Status[all.size()];
        String[] reason = new String[all.size()];
        List<String> warnings = new ArrayList<>(0);
        for (Item it : all) {
            Integer p = in.items().get(it.code());
            if (p == null || p == 0) continue;
            int i = it.index();
            Double months = in.monthsPresent().get(it.code());
            if (o.applyPersistenceRule()
                    && it.persistence() == SdiDefinition.Persistence.SIX_MONTHS
                    && months != null
                    && !d.persistenceMonths().test(months)) {
                status[i] = Status.NOT_PERSISTENT;
                reason[i] = "present " + format(months) + " months; needs " + d.persistenceMonths() + " months";
            } else {
                status[i] = Status.COUNTED;
                counted[i] = p;
            }
        }
        for (Item it : all) {
            if (status[it.index()] != Status.COUNTED) continue;
            for (String r : it.replaces()) {
                int j = d.itemByCode().get(r).index();
                if (status[j] == Status.COUNTED) {
                    status[j] = Status.REPLACED;
                    counted[j] = 0;
                    reason[j] = "replaced by " + it.code();
                }
            }
        }
        for (String code : in.monthsPresent().keySet()) {
            Integer p = in.items().get(code);
            if (p == null || p == 0) warnings.add("months_present." + code + " ignored: item not recorded in items");
        }
        List<ItemScore> items = new ArrayList<>();
        List<SdiResult.DomainScore> domains = new ArrayList<>(d.domains().size());
        int total = 0;
        for (Domain dom : d.domains()) {
            int sum = 0;
            for (Item it : dom.items()) {
                int i = it.index();
                if (status[i] == null) continue;
                items.add(new ItemScore(
                        it.code(),
                        dom.code(),
                        in.items().get(it.code()),
                        counted[i],
                        status[i],
                        reason[i] == null ? "" : reason[i]));
                sum += counted[i];
            }
            if (sum > dom.max()) throw new IllegalStateException("domain " + dom.code() + " exceeds its maximum");
            domains.add(new SdiResult.DomainScore(dom.code(), sum, dom.max()));
            total += sum;
        }
        return new SdiResult(total, items, domains, d.id() + " v" + d.version(), warnings);
    }

    /**
     * Scores {@code current} and, when {@code previous} is given, warns about every item counted at the previous
     * assessment with more points than now (unless an item counted now replaces it, e.g. ESRD).
     */
    public static SdiResult score(SdiInput current, @Nullable SdiInput previous, SdiOptions o) {
        SdiResult cur = score(current, o);
        if (previous == null) return cur;
        SdiResult prev = score(previous, o);
        List<String> warnings = new ArrayList<>(cur.warnings());
        SdiDefinition d = SdiDefinition.standard();
        List<String> replacedNow = new ArrayList<>();
        for (ItemScore c : cur.items()) {
            if (c.status() == Status.COUNTED)
                replacedNow.addAll(d.itemByCode().get(c.code()).replaces());
        }
        for (ItemScore p : prev.items()) {
            if (p.status() != Status.COUNTED || replacedNow.contains(p.code())) continue;
            ItemScore now = null;
            for (ItemScore c : cur.items()) if (c.code().equals(p.code())) now = c;
            int nowPoints = now == null ? 0 : now.counted();
            if (nowPoints < p.counted()) {
                warnings.add(p.code() + " counted " + p.counted() + " at the previous assessment and " + nowPoints
                        + " now; SDI damage does not regress");
            }
        }
        if (prev.score() > cur.score()) {
            warnings.add("SDI fell from " + prev.score() + " to " + cur.score() + "; the SDI is non-decreasing");
        }
        return new SdiResult(cur.score(), cur.items(), cur.domainScores(), cur.definition(), warnings);
    }
}
