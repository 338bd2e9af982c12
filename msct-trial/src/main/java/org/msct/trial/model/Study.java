package org.msct.trial.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.msct.trial.product.MscLot;

/**
 * The study as named in a bundle's {@code study.json}.
 *
 * @param studyId STUDYID of every dataset
 * @param title trial title
 * @param protocol protocol id and version
 * @param sites sites (SITEID unique)
 * @param plannedVisits schedule of assessments with windows (VISITNUM unique); may be empty
 * @param lots MSC product lots used by the study (lot id unique); EX.EXLOT refers to these
 */
public record Study(
        String studyId,
        String title,
        ProtocolRef protocol,
        List<Site> sites,
        List<PlannedVisit> plannedVisits,
        List<MscLot> lots) {
    public Study {
        Require.text(studyId, "studyId");
        Require.text(title, "title");
        if (protocol == null) throw new IllegalArgumentException("protocol is required");
        sites = List.copyOf(sites);
        plannedVisits = List.copyOf(plannedVisits);
        lots = List.copyOf(lots);
        unique(sites.stream().map(Site::siteId).toList(), "SITEID");
        unique(plannedVisits.stream().map(v -> Double.toString(v.visitnum())).toList(), "VISITNUM");
        unique(lots.stream().map(MscLot::lotId).toList(), "lot id");
    }

    public Optional<Site> site(String siteId) {
        return sites.stream().filter(s -> s.siteId().equals(siteId)).findFirst();
    }

    public Optional<MscLot> lot(String lotId) {
        return lots.stream().filter(l -> l.lotId().equals(lotId)).findFirst();
    }

    public Optional<PlannedVisit> plannedVisit(double visitnum) {
        return plannedVisits.stream().filter(v -> v.visitnum() == visitnum).findFirst();
    }

    private static void unique(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        for (String k : keys) if (!seen.add(k)) throw new IllegalArgumentException("duplicate " + what + ": " + k);
    }
}
