package org.msct.cli.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.msct.trial.model.ConMed;

/**
 * Prednisone-equivalent daily doses from CM ({@code derivations/treatment/prednisone-equivalents.v1.json}: factor per
 * drug and administrations per day per CMDOSFRQ, with the source citation). SCR-REM-1 (and the SLEDAI / steroid
 * remission rules) compare the dose on the assessment date with 10 and 15 mg/day.
 *
 * @param factors mg of prednisone per mg of the drug, by upper-case drug name
 * @param perDay administrations per day by CMDOSFRQ code
 */
record PrednisoneEquivalents(Map<String, Double> factors, Map<String, Double> perDay) {
    static final String RESOURCE = "/derivations/treatment/prednisone-equivalents.v1.json";

    PrednisoneEquivalents {
        factors = Map.copyOf(factors);
        perDay = Map.copyOf(perDay);
    }

    static PrednisoneEquivalents load() {
        try (InputStream in = PrednisoneEquivalents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource not found: " + RESOURCE);
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Double> f = new HashMap<>();
            root.get("factors")
                    .properties()
                    .forEach(e -> f.put(e.getKey(), e.getValue().asDouble()));
            Map<String, Double> p = new HashMap<>();
            root.get("perDay")
                    .properties()
                    .forEach(e -> p.put(e.getKey(), e.getValue().asDouble()));
            return new PrednisoneEquivalents(f, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The factor of a CM record's drug (CMDECOD, else CMTRT; whole word), empty when it is not a listed steroid. */
    OptionalDouble factor(ConMed cm) {
        for (String name : new String[] {cm.decod(), cm.trt()}) {
            if (name == null) continue;
            String up = name.toUpperCase(Locale.ROOT);
            for (var e : factors.entrySet())
                if (up.matches(".*\\b" + e.getKey() + "\\b.*")) return OptionalDouble.of(e.getValue());
        }
        return OptionalDouble.empty();
    }

    /**
     * One steroid course: prednisone-equivalent mg/day over [start, end] (end null = ongoing). A record without a
     * start, dose or known unit / frequency cannot be converted and is left out (empty).
     */
    record Course(LocalDate start, @Nullable LocalDate end, double mgPerDay) {
        boolean covers(LocalDate d) {
            return !d.isBefore(start) && (end == null || !d.isAfter(end));
        }
    }

    /** The steroid courses of one subject's CM records. */
    List<Course> courses(List<ConMed> cms) {
        List<Course> out = new ArrayList<>();
        for (ConMed cm : cms) {
            OptionalDouble f = factor(cm);
            if (f.isEmpty() || cm.dose() == null || cm.stdtc() == null) continue;
            double unit = unitToMg(cm.dosu());
            Double freq = perDay.get(cm.dosfrq() == null ? "QD" : cm.dosfrq().toUpperCase(Locale.ROOT));
            if (Double.isNaN(unit) || freq == null) continue;
            LocalDate start = BundleMapper.approx(cm.stdtc());
            LocalDate end = cm.endtc() == null ? null : BundleMapper.approx(cm.endtc());
            out.add(new Course(start, end, cm.dose() * unit * freq * f.getAsDouble()));
        }
        return out;
    }

    /** Prednisone-equivalent mg/day on {@code d}: the sum over the courses covering it (0 when none does). */
    static double doseOn(List<Course> courses, LocalDate d) {
        double s = 0;
        for (Course c : courses) if (c.covers(d)) s += c.mgPerDay();
        return s;
    }

    private static double unitToMg(@Nullable String u) {
        if (u == null) return Double.NaN;
        return switch (u.trim().toLowerCase(Locale.ROOT)) {
            case "mg" -> 1;
            case "g" -> 1000;
            case "ug", "µg", "mcg" -> 0.001;
            default -> Double.NaN;
        };
    }
}
