package org.msct.instruments.sledai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.msct.instruments.model.FieldException;

/**
 * Physician Global Assessment (SELENA-SLEDAI PGA; shared/spec/instruments.md §3): a decimal on 0.0–3.0 (0 none, 1
 * mild, 2 moderate, 3 severe), compared without rounding. A 0–100 mm record is converted ({@code mm × 3 / 100}) only
 * when the protocol says so: pass {@link Scale#MILLIMETRES} explicitly. Bounds come from {@code pga.v1.json}.
 */
public final class Pga {
    private Pga() {}

    /** Unit of a recorded PGA value. */
    public enum Scale {
        /** The 0.0–3.0 visual analogue scale (default). */
        VAS_0_3,
        /** 0–100 mm, converted to 0–3 (protocol option). */
        MILLIMETRES
    }

    /** Definition bounds. */
    public record Definition(String version, double min, double max, double mmMin, double mmMax) {}

    /** Result of validating a definition: the definition (when valid) and its findings. */
    public record Parsed(@Nullable Definition definition, List<String> findings) {}

    public static final String RESOURCE = "/instruments/pga.v1.json";

    private static final class Holder {
        static final Definition STANDARD = load();

        private static Definition load() {
            Parsed p = validateResource(RESOURCE);
            if (p.definition() == null) throw new IllegalStateException("invalid " + RESOURCE + ": " + p.findings());
            return p.definition();
        }
    }

    /** The shipped definition. */
    public static Definition standard() {
        return Holder.STANDARD;
    }

    /**
     * The PGA on the 0–3 scale from a value recorded on {@code scale}; FieldException naming {@code path}, the value and
     * the allowed range when outside it (or not finite).
     */
    public static double validate(double value, Scale scale, String path) {
        Definition d = standard();
        double lo = scale == Scale.VAS_0_3 ? d.min() : d.mmMin();
        double hi = scale == Scale.VAS_0_3 ? d.max() : d.mmMax();
        if (!(value >= lo && value <= hi)) {
            throw new FieldException(
                    path,
                    "value " + Numbers.format(value) + " is not allowed; allowed " + Numbers.format(lo) + " to "
                            + Numbers.format(hi) + (scale == Scale.VAS_0_3 ? " (PGA 0-3 scale)" : " mm"));
        }
        return scale == Scale.VAS_0_3 ? value : value * d.max() / d.mmMax();
    }

    /** Validates a PGA already on the 0–3 scale. */
    public static double validate(double value, String path) {
        return validate(value, Scale.VAS_0_3, path);
    }

    /** Reads and validates a PGA definition resource. */
    public static Parsed validateResource(String resource) {
        DefinitionReader r = new DefinitionReader();
        JsonNode root = r.readResource(resource);
        if (root == null) return new Parsed(null, r.findings());
        r.header(root, "pga");
        JsonNode scale = r.object(root, "scale", "");
        JsonNode mm = r.object(root, "millimetres", "");
        Double min = scale == null ? null : r.number(scale, "min", "scale");
        Double max = scale == null ? null : r.number(scale, "max", "scale");
        Double mmMin = mm == null ? null : r.number(mm, "min", "millimetres");
        Double mmMax = mm == null ? null : r.number(mm, "max", "millimetres");
        if (min != null && max != null && !(min < max)) r.problem("scale", "min must be below max");
        if (mmMin != null && mmMax != null && !(mmMin < mmMax)) r.problem("millimetres", "min must be below max");
        if (min != null && min != 0.0) r.problem("scale.min", "must be 0 (conversion is proportional)");
        if (mmMin != null && mmMin != 0.0) r.problem("millimetres.min", "must be 0 (conversion is proportional)");
        if (!r.ok()) return new Parsed(null, r.findings());
        return new Parsed(new Definition(root.get("version").textValue(), min, max, mmMin, mmMax), List.of());
    }
}
