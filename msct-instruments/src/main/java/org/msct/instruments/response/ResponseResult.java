package org.msct.instruments.response;

import java.util.ArrayList;
import java.util.List;

/**
 * Result of SRI-4, BICLA, LLDAS or DORIS: status, every criterion evaluated (the explanation), the inputs that were
 * missing, and warnings. When an input is missing the status is {@link ResponseStatus#INCOMPLETE} and
 * {@link #met()} is false; the criteria that could be evaluated are still listed. {@code met()} and
 * {@code responder()} are synonyms (state definitions vs responder indices).
 *
 * @param index index name, e.g. {@code SRI-4}, {@code SRI-6}, {@code BICLA}, {@code LLDAS}, {@code DORIS 2021}
 * @param version definition file and version, e.g. {@code sri-4 v1}, plus the options that differ from the default
 * @param status outcome
 * @param criteria every evaluated criterion, in definition order
 * @param missing names of missing inputs (e.g. {@code baseline.pga}, {@code current.bilag2004.RENAL}); empty unless
 *     INCOMPLETE
 * @param warnings remarks that do not change the outcome (e.g. a criterion not evaluated)
 */
public record ResponseResult(
        String index,
        String version,
        ResponseStatus status,
        List<CriterionResult> criteria,
        List<String> missing,
        List<String> warnings) {
    public ResponseResult {
        criteria = List.copyOf(criteria);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    /** True only when status is MET. */
    public boolean met() {
        return status == ResponseStatus.MET;
    }

    /** Same as {@link #met()}. */
    public boolean responder() {
        return met();
    }

    /** False when INCOMPLETE (the index is then left out of the score output). */
    public boolean complete() {
        return status != ResponseStatus.INCOMPLETE;
    }

    /** The criteria that failed. */
    public List<CriterionResult> failed() {
        List<CriterionResult> out = new ArrayList<>();
        for (CriterionResult c : criteria) {
            if (c.failed()) out.add(c);
        }
        return out;
    }

    static ResponseResult of(
            String index, String version, List<CriterionResult> criteria, List<String> missing, List<String> warnings) {
        ResponseStatus s;
        if (!missing.isEmpty()) {
            s = ResponseStatus.INCOMPLETE;
        } else {
            s = ResponseStatus.MET;
            for (CriterionResult c : criteria) {
                if (c.failed()) s = ResponseStatus.NOT_MET;
            }
        }
        return new ResponseResult(index, version, s, criteria, missing, warnings);
    }
}
