package org.msct.derivations.tte;

import java.util.List;

/**
 * One ADTTE parameter.
 *
 * @param paramcd PARAMCD, e.g. {@code OS}
 * @param param PARAM with the unit, e.g. {@code Overall Survival (Days)}
 * @param unit unit of AVAL
 * @param population ADSL filter of the subjects analysed
 * @param origin time origin
 * @param events event sources (earliest event wins; ties: first listed source)
 * @param censors censoring sources (latest date wins when there is no event; ties: first listed source)
 */
public record TteParameter(
        String paramcd,
        String param,
        TimeUnit unit,
        List<Where> population,
        OriginSource origin,
        List<EventSource> events,
        List<CensorSource> censors) {
    public TteParameter {
        population = List.copyOf(population);
        events = List.copyOf(events);
        censors = List.copyOf(censors);
    }

    /** AVAL unit: days, or months of 30.4375 days (365.25 / 12). */
    public enum TimeUnit {
        DAYS,
        MONTHS;

        /** AVAL for {@code days} days. */
        public double of(long days) {
            return this == DAYS ? days : days / 30.4375;
        }
    }
}
