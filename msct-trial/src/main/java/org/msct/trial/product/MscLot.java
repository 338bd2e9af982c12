package org.msct.trial.product;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A manufactured lot of allogeneic mesenchymal stem cells.
 *
 * @param lotId lot number as printed on the bag (EXLOT)
 * @param source bone marrow or umbilical cord
 * @param donorId donor code
 * @param passage culture passage number at release
 * @param viabilityPercent viable cells, % (0–100)
 * @param totalCells total nucleated cells in the lot
 * @param phenotypePercent flow-cytometry marker → % positive (CD73, CD90, CD105, CD45, CD34, CD14, CD11B, CD79A, CD19,
 *     HLA-DR)
 * @param releaseDate date the lot was released, or null if not (yet) released
 * @param released the release decision recorded by the cell lab (null = pending)
 */
public record MscLot(
        String lotId,
        MscSource source,
        @Nullable String donorId,
        @Nullable Integer passage,
        @Nullable Double viabilityPercent,
        @Nullable Double totalCells,
        Map<String, Double> phenotypePercent,
        @Nullable LocalDate releaseDate,
        @Nullable Boolean released) {
    public MscLot {
        phenotypePercent = Map.copyOf(phenotypePercent);
    }

    /** Tissue the cells were expanded from. */
    public enum MscSource {
        BONE_MARROW,
        UMBILICAL_CORD
    }
}
