package org.msct.trial.product;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;

/**
 * Release check of an MSC lot against marker criteria (ISCT 2006 by default) and the protocol's options.
 *
 * <p>Rules (finding rule ids): REL-MARKER a measured marker misses its threshold; REL-MISSING a required marker (or
 * every alternative of a marker pair) was not measured — missing data never passes; REL-VALUE a percentage outside
 * 0–100; REL-VIABILITY viability below the protocol's minimum, or not recorded when a minimum applies; REL-SOURCE the
 * lot's tissue is not one the protocol allows; REL-CELLS the lot holds fewer cells than the dose to release, or no
 * count; REL-RECORD (warning) the lab recorded the lot as released although the check fails.
 */
public final class ReleaseCheck {
    private ReleaseCheck() {}

    /**
     * Checks {@code lot}.
     *
     * @param requiredCells cells the infusion needs (e.g. {@link DoseCalculation.Computed#cellsToRelease()}), or
     *     null to skip the cell-count rule
     */
    public static ReleaseResult check(
            MscLot lot, ReleaseCriteria criteria, ReleaseOptions options, @Nullable Long requiredCells) {
        String file = lot.lotId();
        List<Finding> f = new ArrayList<>();
        Map<String, Double> markers = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : lot.phenotypePercent().entrySet()) {
            String k = ReleaseCriteria.normalise(e.getKey());
            Double v = e.getValue();
            if (v == null || !(v >= 0 && v <= 100)) {
                f.add(Finding.error(
                        file,
                        "phenotypePercent." + k,
                        String.valueOf(v),
                        "REL-VALUE",
                        "a marker percentage must be 0-100"));
            } else {
                markers.put(k, v);
            }
        }
        for (ReleaseCriteria.MarkerRule r : criteria.markers()) {
            String rule = criteria.id() + ":" + String.join("/", r.markers());
            boolean measured = false;
            for (String m : r.markers()) {
                Double v = markers.get(m);
                if (v == null) continue;
                measured = true;
                if (!r.op().test(v, r.percent())) {
                    f.add(Finding.error(
                            file,
                            "phenotypePercent." + m,
                            MscDosing.num(v),
                            "REL-MARKER",
                            m + " " + MscDosing.num(v) + " % fails " + r.label() + " (" + r.op().symbol() + " "
                                    + MscDosing.num(r.percent()) + " %) [" + rule + "]"));
                }
            }
            if (!measured) {
                f.add(Finding.error(
                        file,
                        "phenotypePercent." + String.join("|", r.markers()),
                        null,
                        "REL-MISSING",
                        String.join(" or ", r.markers()) + " not measured: required for " + r.label() + " ("
                                + r.op().symbol() + " " + MscDosing.num(r.percent()) + " %); not releasable [" + rule
                                + "]"));
            }
        }
        Double min = options.minViabilityPercent();
        if (min != null) {
            Double v = lot.viabilityPercent();
            if (v == null) {
                f.add(Finding.error(
                        file,
                        "viabilityPercent",
                        null,
                        "REL-VIABILITY",
                        "viability not recorded; the protocol requires >= " + MscDosing.num(min) + " %"));
            } else if (!(v >= 0 && v <= 100)) {
                f.add(Finding.error(
                        file, "viabilityPercent", MscDosing.num(v), "REL-VALUE", "viability must be 0-100 %"));
            } else if (v < min) {
                f.add(Finding.error(
                        file,
                        "viabilityPercent",
                        MscDosing.num(v),
                        "REL-VIABILITY",
                        "viability " + MscDosing.num(v) + " % is below the protocol's minimum " + MscDosing.num(min)
                                + " %"));
            }
        }
        if (!options.allowedSources().isEmpty()
                && options.allowedSources().stream()
                        .noneMatch(s -> s.name().equals(lot.source().name()))) {
            f.add(Finding.error(
                    file,
                    "source",
                    lot.source().name(),
                    "REL-SOURCE",
                    "source not allowed by the protocol;" + " allowed: "
                            + options.allowedSources().stream()
                                    .map(Enum::name)
                                    .sorted()
                                    .toList()));
        }
        if (requiredCells != null) {
            Double total = lot.totalCells();
            if (total == null) {
                f.add(Finding.error(
                        file,
                        "totalCells",
                        null,
                        "REL-CELLS",
                        "total cells not recorded; " + requiredCells + " cells are needed"));
            } else if (total < requiredCells) {
                f.add(Finding.error(
                        file,
                        "totalCells",
                        MscDosing.num(total),
                        "REL-CELLS",
                        String.format(
                                Locale.ROOT,
                                "lot holds %s cells; the dose needs %d",
                                MscDosing.num(total),
                                requiredCells)));
            }
        }
        boolean releasable = f.stream().noneMatch(Finding::isError);
        if (!releasable && Boolean.TRUE.equals(lot.released())) {
            f.add(Finding.warning(
                    file,
                    "released",
                    "true",
                    "REL-RECORD",
                    "the lot is recorded as released but fails the release check"));
        }
        return new ReleaseResult(lot.lotId(), releasable, f);
    }
}
