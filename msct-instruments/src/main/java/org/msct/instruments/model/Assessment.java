package org.msct.instruments.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assessment (visit) as entered: instrument items, labs and treatment. Sections that were not entered are
 * {@code null}, and an instrument that needs them is not scored.
 *
 * @param pga physician global assessment 0.0–3.0
 * @param prednisoneMgDay prednisone-equivalent dose mg/day
 * @param immunosuppressants codes of immunosuppressants taken (e.g. MMF, AZA, MTX, CYC, TAC, CSA)
 * @param antimalarial hydroxychloroquine or another antimalarial taken
 */
public record Assessment(
        @Nullable SledaiInput sledai,
        Labs labs,
        @Nullable BilagInput bilag,
        @Nullable SdiInput sdi,
        @Nullable SfiInput sfi,
        @Nullable Double pga,
        @Nullable Double prednisoneMgDay,
        @Nullable List<String> immunosuppressants,
        @Nullable Boolean antimalarial) {
    public Assessment {
        if (labs == null) labs = Labs.EMPTY;
        if (immunosuppressants != null) immunosuppressants = List.copyOf(immunosuppressants);
    }
}
