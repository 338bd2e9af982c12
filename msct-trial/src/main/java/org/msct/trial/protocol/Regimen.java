package org.msct.trial.protocol;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The MSC regimen.
 *
 * @param cells what is infused: sources and donors
 * @param dose the prescribed cell dose per infusion
 * @param infusions the planned infusions (study day 0 = first infusion)
 * @param conditioning drugs given before the MSC (may be empty)
 * @param release lot release specifications; exactly one applies under any option setting
 */
public record Regimen(
        Cells cells,
        MscDose dose,
        List<Infusion> infusions,
        List<Conditioning> conditioning,
        List<ReleaseSpec> release) {
    public Regimen {
        infusions = infusions == null ? List.of() : List.copyOf(infusions);
        conditioning = conditioning == null ? List.of() : List.copyOf(conditioning);
        release = release == null ? List.of() : List.copyOf(release);
    }

    /**
     * What is infused.
     *
     * @param sources allowed MSC sources (one or both)
     * @param donor donor type as published (e.g. "matched family donor", "unrelated umbilical cord")
     * @param provenance how it is known
     */
    public record Cells(List<CellSource> sources, String donor, Provenance provenance) {
        public Cells {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /**
     * The cell dose.
     *
     * @param value dose in {@code unit}, e.g. 1
     * @param unit {@code 10^6/kg} (CDISC C198380, i.e. 10⁶ cells per kg body weight) or {@code cells/kg}
     * @param basis {@code PER_INFUSION}: each infusion gives the dose
     * @param route CDISC route, e.g. {@code INTRAVENOUS}
     * @param tolerancePercent allowed deviation of the infused from the prescribed dose, % (default 10)
     * @param provenance how it is known
     */
    public record MscDose(
            Double value, String unit, String basis, String route, Double tolerancePercent, Provenance provenance) {}

    /**
     * One planned infusion.
     *
     * @param number 1, 2, …
     * @param studyDay planned study day (0 = first infusion)
     * @param provenance how it is known
     * @param when the option setting under which it applies; null = always
     */
    public record Infusion(Integer number, Integer studyDay, Provenance provenance, @Nullable When when) {}

    /**
     * A conditioning or premedication drug.
     *
     * @param drug the drug
     * @param doseMin lowest dose in {@code unit}
     * @param doseMax highest dose in {@code unit} (= doseMin for a fixed dose)
     * @param unit dose unit
     * @param per {@code total} for a total course dose, or an interval ({@code day}) for a daily dose
     * @param route CDISC route
     * @param studyDays study days it is given on (negative = before the first infusion)
     * @param text the wording of the source
     * @param provenance how it is known
     * @param when the option setting under which it applies; null = always
     */
    public record Conditioning(
            Drug drug,
            Double doseMin,
            Double doseMax,
            Units.Dose unit,
            String per,
            String route,
            List<Integer> studyDays,
            String text,
            Provenance provenance,
            @Nullable When when) {
        public Conditioning {
            studyDays = studyDays == null ? List.of() : List.copyOf(studyDays);
        }
    }

    /**
     * How a lot is released.
     *
     * @param criteria id of the marker criteria file in {@code trial/criteria/} (e.g. {@code isct-msc-2006})
     * @param minViabilityPercent lowest viability %, or null for no viability requirement
     * @param provenance how it is known
     * @param when the option setting under which it applies; null = always
     */
    public record ReleaseSpec(
            String criteria, @Nullable Double minViabilityPercent, Provenance provenance, @Nullable When when) {}
}
