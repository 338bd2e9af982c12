package org.msct.trial.product;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.msct.trial.finding.Finding;
import org.msct.trial.protocol.Comparison;
import org.msct.trial.protocol.CriteriaFiles;
import org.msct.trial.protocol.Provenance;
import org.msct.trial.protocol.SourceBlock;

/**
 * Surface-marker release criteria of an MSC lot, as data ({@code trial/criteria/isct-msc-2006.v1.json}: Dominici M
 * et al., Cytotherapy 2006;8:315-7 — CD105, CD73, CD90 ≥ 95 %; CD45, CD34, CD14 or CD11b, CD79α or CD19, HLA-DR
 * ≤ 2 %).
 *
 * @param id criteria id
 * @param version file version
 * @param name readable name
 * @param source citations
 * @param remarks how the rules are read
 * @param provenance how the thresholds are known
 * @param markers the marker rules
 */
public record ReleaseCriteria(
        String id,
        String version,
        String name,
        SourceBlock source,
        List<String> remarks,
        Provenance provenance,
        List<MarkerRule> markers) {
    public ReleaseCriteria {
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
        markers = markers == null ? List.of() : List.copyOf(markers);
    }

    /**
     * One marker threshold.
     *
     * @param markers the marker, or alternative markers of which at least one must be measured (e.g. CD14, CD11B);
     *     every measured one must meet the threshold. Names upper case; CD79α is {@code CD79A}
     * @param op {@code ge} for positive markers, {@code le} for negative ones
     * @param percent threshold, % of cells (0–100)
     * @param label readable rule
     */
    public record MarkerRule(List<String> markers, Comparison op, Double percent, String label) {
        public MarkerRule {
            markers = markers == null ? List.of() : List.copyOf(markers);
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Loads shipped release criteria by id.
     *
     * @throws IllegalArgumentException for an unknown id
     * @throws IllegalStateException if the shipped file does not validate ({@link #validate})
     */
    public static ReleaseCriteria load(String id) {
        String file = CriteriaFiles.RELEASE.get(id);
        if (file == null) {
            throw new IllegalArgumentException("unknown release criteria '" + id + "'; allowed: "
                    + String.join(", ", CriteriaFiles.RELEASE.keySet()));
        }
        try (InputStream in = ReleaseCriteria.class.getResourceAsStream(CriteriaFiles.FOLDER + file)) {
            if (in == null) throw new IllegalStateException("resource not found: " + file);
            ReleaseCriteria c = MAPPER.readValue(in, ReleaseCriteria.class);
            List<Finding> f = c.validate(file);
            if (!f.isEmpty()) throw new IllegalStateException(file + " is invalid: " + f);
            return c;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks header and rules: REL-DEF findings (missing members, thresholds outside 0–100, duplicate markers). */
    public List<Finding> validate(String file) {
        List<Finding> f = new ArrayList<>();
        if (blank(id)) f.add(def(file, "id", null, "required"));
        if (blank(version)) f.add(def(file, "version", null, "required"));
        if (source == null || source.citations().isEmpty()) f.add(def(file, "source.citations", null, "required"));
        if (remarks.isEmpty()) f.add(def(file, "remarks", null, "required"));
        if (markers.isEmpty()) f.add(def(file, "markers", null, "required"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < markers.size(); i++) {
            MarkerRule m = markers.get(i);
            String p = "markers[" + i + "]";
            if (m.markers().isEmpty()) f.add(def(file, p + ".markers", null, "required"));
            for (String k : m.markers()) {
                if (!k.equals(normalise(k))) f.add(def(file, p + ".markers", k, "write markers as " + normalise(k)));
                if (!seen.add(k)) f.add(def(file, p + ".markers", k, "marker listed twice"));
            }
            if (m.op() == null) f.add(def(file, p + ".op", null, "required: ge or le"));
            if (m.percent() == null || !(m.percent() >= 0 && m.percent() <= 100)) {
                f.add(def(file, p + ".percent", String.valueOf(m.percent()), "must be 0-100"));
            }
            if (blank(m.label())) f.add(def(file, p + ".label", null, "required"));
        }
        return f;
    }

    /** Canonical marker name: upper case, no spaces, {@code α} → {@code A}, {@code HLA_DR}/{@code HLADR} → {@code HLA-DR}. */
    public static String normalise(String marker) {
        String s = marker.strip()
                .toUpperCase(java.util.Locale.ROOT)
                .replace(" ", "")
                .replace("Α", "A");
        if (s.equals("HLA_DR") || s.equals("HLADR")) s = "HLA-DR";
        return s;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static Finding def(String file, String variable, @Nullable String value, String message) {
        return Finding.error(file, variable, value, "REL-DEF", message);
    }
}
