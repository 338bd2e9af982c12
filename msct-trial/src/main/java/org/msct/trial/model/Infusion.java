package org.msct.trial.model;

import org.jspecify.annotations.Nullable;

/**
 * One MSC infusion: an EX record plus its SUPPEX qualifiers (cdisc-terms.md §2 EX platform notes).
 *
 * <p>{@code dose} is the protocol dose per kg as prescribed ({@code EXDOSE}, e.g. 1 with {@code EXDOSU =
 * "10^6/kg"}, C198380). The actually infused amount is {@code cellsGiven} (absolute number of cells, SUPPEX
 * {@code EXTOTCEL}), and {@code weightKg} is the body weight used to compute it (SUPPEX {@code EXWTKG}); so the
 * expected cells are {@code weightKg × dose × 10^6} when EXDOSU is {@code 10^6/kg}.
 *
 * @param usubjid USUBJID
 * @param seq EXSEQ, unique within the subject
 * @param trt EXTRT, e.g. {@code UMBILICAL CORD MSC}
 * @param dose EXDOSE, prescribed dose in {@code dosu}
 * @param dosu EXDOSU (C71620), {@code 10^6/kg}
 * @param dosfrm EXDOSFRM (C66726), {@code INJECTION, SUSPENSION}
 * @param dosfrq EXDOSFRQ (C71113), {@code ONCE}
 * @param route EXROUTE (C66729), {@code INTRAVENOUS}
 * @param lot EXLOT: lot id of a lot in study.json
 * @param epoch EPOCH (C99079), {@code TREATMENT}
 * @param stdtc EXSTDTC infusion start
 * @param endtc EXENDTC infusion end
 * @param weightKg body weight used for dosing, kg (SUPPEX EXWTKG)
 * @param cellsGiven cells infused, absolute count (SUPPEX EXTOTCEL)
 * @param reaction infusion reaction as recorded, {@code NONE} when none (SUPPEX EXREACT); a reaction that is an
 *     adverse event is also an AE record
 * @param row 1-based data row in ex.csv / ex.json, 0 when not read from a file
 */
public record Infusion(
        String usubjid,
        int seq,
        String trt,
        @Nullable Double dose,
        @Nullable String dosu,
        @Nullable String dosfrm,
        @Nullable String dosfrq,
        @Nullable String route,
        @Nullable String lot,
        @Nullable String epoch,
        @Nullable IsoDate stdtc,
        @Nullable IsoDate endtc,
        @Nullable Double weightKg,
        @Nullable Double cellsGiven,
        @Nullable String reaction,
        int row) {
    public Infusion {
        Require.text(usubjid, "USUBJID");
        Require.seq(seq, "EXSEQ");
        Require.text(trt, "EXTRT");
        Require.finite(dose, "EXDOSE");
        Require.finite(weightKg, "EXWTKG");
        Require.finite(cellsGiven, "EXTOTCEL");
        Require.row(row);
    }

    /** The same infusion with the SUPPEX qualifiers set. */
    public Infusion withSupplement(@Nullable Double weightKg, @Nullable Double cellsGiven, @Nullable String reaction) {
        return new Infusion(
                usubjid,
                seq,
                trt,
                dose,
                dosu,
                dosfrm,
                dosfrq,
                route,
                lot,
                epoch,
                stdtc,
                endtc,
                weightKg,
                cellsGiven,
                reaction,
                row);
    }
}
